// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A language pack: everything the rules know about one language, read from
// dictionaries/<lang>/ (docs/language-packs.md). Rules are code that never names a word
// of any language; every word, phrase, pattern, word class, message and list they use
// comes from here.
//
//   language.json      the manifest: which files, the Hunspell dictionaries, plain lists
//   classes.json       word classes for patterns (@positive-adj, @meeting-noun, ...)
//   morphology.json    inflection rules and irregular forms for ~lemma tokens
//   messages.json      each rule's name, summary and the messages of the code rules
//   patterns/*.json    pattern groups, Vale-style: a rule or a sentence role, a level,
//                      message and why, then the patterns (with exceptions and examples)
//   words.txt          words the spelling rule accepts (professional vocabulary)
#pragma once

#include "model/finding.hpp"
#include "model/relationship.hpp"
#include "model/sentence_role.hpp"
#include "phrases/morphology.hpp"
#include "phrases/pattern_compiler.hpp"
#include "text/text_rules.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overture {

// One group of patterns that share a meaning: what they report (a rule) and/or what they
// mark (a sentence role), with the message and the exceptions.
struct PatternGroup {
    std::string id;           // "<file stem>/<name>", e.g. "false-relationship/worked-together"
    std::string source;       // the file, for messages
    std::string rule;         // a rule id, or empty: evidence only (a role, or boilerplate)
    std::optional<Role> role; // the role a clause with a match plays
    bool boilerplate = false; // words inside a match are not details about the person
    Severity severity = Severity::Warning;
    std::string message; // may use {match}; the claim's message may use {claim}
    std::string why;
    std::vector<std::string> replacements;
    bool fuzzy = false; // default-text: whole stock sentences, also matched approximately
    std::string claim;  // shared-past: "that you worked together"
    std::vector<Relationship> permittedBy; // shared-past: relationships that make it honest
    std::uint32_t file = 0;                // index into LanguagePack::files
    std::vector<std::string> patterns;
    std::vector<std::string> unless; // the group's own exceptions: a match of the group
                                     // overlapping a match of one is cancelled
    std::vector<std::string> fires;  // example sentences each pattern group must match
    std::vector<std::string> passes; // example sentences it must leave alone
};

// A pattern file: its exceptions apply to every group of the file (compiled once).
struct PatternFile {
    std::string source;
    std::vector<std::string> unless;
};

struct MessageText {
    std::string message;
    std::string why;
};

// What a person reads about a rule (Settings, --list-rules, finding cards), and the
// messages of a code rule by key.
struct RuleText {
    std::string name;
    std::string summary;
    std::map<std::string, MessageText, std::less<>> messages;
};

struct LanguagePack {
    std::string code;                              // "en"
    std::string name;                              // "English"
    std::vector<std::string> spellingDictionaries; // Hunspell names, the first the default

    std::vector<PatternGroup> groups;
    std::vector<PatternFile> files;
    WordClassMap classes;
    Morphology morphology;
    std::map<std::string, RuleText, std::less<>> rules;
    std::map<std::string, std::string, std::less<>> relationshipLabels; // id -> "We met in person"
    std::map<std::string, std::string, std::less<>> roleLabels;         // id -> "how you know them"

    std::vector<std::string> functionWords;    // too common to tell sentences apart
    std::vector<std::string> acronyms;         // capitals that are not shouting ("SaaS")
    std::vector<std::string> placeholderWords; // "NAME", "COMPANY" standing in capitals
    std::map<std::string, std::string, std::less<>>
        placeholderFields;                       // "firstname" -> "first-name"
    std::vector<std::string> possessiveSuffixes; // "'s": "Acme's" is "Acme" to the speller
    std::vector<std::string> projectWords;       // words.txt
    text::TextRules text; // abbreviations, ordinals, capitalised nouns ("text" in the manifest)

    [[nodiscard]] const RuleText* ruleText(std::string_view id) const {
        const auto it = rules.find(id);
        return it == rules.end() ? nullptr : &it->second;
    }
};

// Reads one file of the pack by its path relative to the data folder
// ("dictionaries/en/classes.json") and returns its text and the name to report it by.
// The engine's loader supplies it (disk first, the built-in copy when a file is broken).
struct PackFile {
    std::string text;
    std::string source;
};
using PackReader = std::function<PackFile(const std::string& relative)>;

// Parsers of the pack's files; each throws DataError naming the file and the field or
// line. `dir` is "dictionaries/en".
void parseLanguageManifest(const std::string& json, const std::string& source, LanguagePack& pack,
                           std::vector<std::string>& patternFiles);
void parseClasses(const std::string& json, const std::string& source, LanguagePack& pack);
void parseMessages(const std::string& json, const std::string& source, LanguagePack& pack);
void parsePatternFile(const std::string& json, const std::string& source, LanguagePack& pack);

// "{limit} characters" with {"limit", "300"}: each {key} replaced; unknown keys kept.
std::string
fillMessage(std::string_view text,
            std::initializer_list<std::pair<std::string_view, std::string_view>> values);

} // namespace overture
