// Command-line options of overture-lint (DESIGN.md, "The command-line face").
#pragma once

#include "model/recipient.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace overture::cli {

enum class Format { Text, Json };

struct Options {
    Recipient card;
    std::string language = "en_US";
    bool spelling = true;
    std::optional<bool> suggestions; // default: on for text output, off for JSON
    Format format = Format::Text;
    std::string input = "-"; // a path, or "-" for standard input
    std::string historyFile;
    std::string personalDictionary; // default: <user data>/personal.dic
    std::set<std::string, std::less<>> disabledRules;
    bool listRules = false;
    bool listOpeners = false;
    bool help = false;
    bool version = false;
};

// Parses argv; on a usage error returns nullopt and sets `error` to one line.
std::optional<Options> parseOptions(const std::vector<std::string>& args, std::string& error);

extern const char* const kUsage;

} // namespace overture::cli
