// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs the rule fixtures of tests/rules/<rule-id>/*.txt (README.md there): each file a
// note, its card, the rules it must trigger and the rules it must leave alone.
//   overture_rule_fixtures <folder>               every case of one rule's folder
//   overture_rule_fixtures --check-folders <dir>  every rule of the catalogue has a folder
// Prints one line per case that does not hold; exit 1 when there is one.
#include "data/data_locator.hpp"
#include "engine/linter.hpp"
#include "engine/load_lint_data.hpp"
#include "engine/spellers.hpp"
#include "model/relationship.hpp"
#include "rules/rule_catalog.hpp"
#include "spelling/hunspell_speller.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace overture;

namespace {

std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string part;
    while (std::getline(in, part, sep))
        if (!trim(part).empty())
            out.push_back(trim(part));
    return out;
}

struct Expectation {
    std::string rule;
    std::optional<Severity> severity;
};

struct Case {
    std::string text;
    Recipient card;
    std::vector<Expectation> expect;
    std::vector<std::string> absent;
};

// Parses one fixture; an empty string is success, otherwise the problem.
std::string parseCase(const fs::path& path, Case& c) {
    std::ifstream in(path);
    if (!in)
        return "cannot read";
    std::string line;
    bool body = false;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (body) {
            c.text += line + "\n";
            continue;
        }
        if (trim(line) == "---") {
            body = true;
            continue;
        }
        if (trim(line).empty() || trim(line)[0] == '#')
            continue;
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            return "line " + std::to_string(lineNo) + ": expected 'card:', 'expect:' or 'absent:'";
        const std::string key = trim(line.substr(0, colon));
        const std::string value = line.substr(colon + 1);
        if (key == "card") {
            for (const std::string& field : split(value, ';')) {
                const auto eq = field.find('=');
                if (eq == std::string::npos)
                    return "line " + std::to_string(lineNo) + ": card field without '='";
                const std::string name = trim(field.substr(0, eq));
                const std::string v = trim(field.substr(eq + 1));
                if (name == "relationship") {
                    c.card.relationship = parseRelationship(v);
                    if (!c.card.relationship)
                        return "line " + std::to_string(lineNo) + ": unknown relationship " + v;
                } else if (name == "limit") {
                    c.card.limit = std::stoi(v);
                } else if (name == "name" || name == "company" || name == "role" ||
                           name == "context" || name == "reason") {
                    (name == "name"      ? c.card.name
                     : name == "company" ? c.card.company
                     : name == "role"    ? c.card.role
                     : name == "context" ? c.card.context
                                         : c.card.reason) = v;
                } else {
                    return "line " + std::to_string(lineNo) + ": unknown card field " + name;
                }
            }
        } else if (key == "expect" || key == "absent") {
            for (const std::string& item : split(value, ',')) {
                const auto at = item.find('@');
                const std::string rule = item.substr(0, at);
                if (findRuleInfo(rule) == nullptr)
                    return "line " + std::to_string(lineNo) + ": unknown rule " + rule;
                if (key == "absent") {
                    c.absent.push_back(rule);
                    continue;
                }
                Expectation e{rule, std::nullopt};
                if (at != std::string::npos) {
                    e.severity = parseSeverity(item.substr(at + 1));
                    if (!e.severity)
                        return "line " + std::to_string(lineNo) + ": unknown severity in " + item;
                }
                c.expect.push_back(e);
            }
        } else {
            return "line " + std::to_string(lineNo) + ": unknown key " + key;
        }
    }
    if (!body)
        return "no '---' line before the note";
    while (!c.text.empty() && c.text.back() == '\n')
        c.text.pop_back();
    if (c.expect.empty() && c.absent.empty())
        return "expects nothing (add 'expect:' or 'absent:')";
    return {};
}

int checkFolders(const fs::path& dir) {
    int missing = 0;
    for (const RuleInfo& info : ruleCatalog()) {
        const fs::path folder = dir / std::string(info.id);
        bool hasCase = false;
        if (fs::is_directory(folder))
            for (const auto& entry : fs::directory_iterator(folder))
                hasCase = hasCase || entry.path().extension() == ".txt";
        if (!hasCase) {
            std::cout << folder.string() << ": no fixture for rule " << info.id << '\n';
            ++missing;
        }
    }
    return missing == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "--check-folders")
        return checkFolders(argv[2]);
    if (argc != 2) {
        std::cerr << "usage: overture_rule_fixtures <folder> | --check-folders <dir>\n";
        return 2;
    }
    const LoadedLintData loaded = loadLintData(findDataDir(), kDefaultLanguage);
    for (const auto& p : loaded.problems)
        std::cout << "data: " << p << '\n';
    std::string error;
    std::shared_ptr<const Speller> speller = HunspellSpeller::open("en_US", error);
    if (!speller) {
        std::cout << "en_US: " << error << '\n';
        return 1;
    }
    Linter linter(loaded.data, speller);
    linter.setAlternateSpeller(alternateSpellerFor(*loaded.data, "en_US"));

    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(argv[1]))
        if (entry.path().extension() == ".txt")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    int failures = loaded.problems.empty() ? 0 : 1;
    for (const fs::path& path : files) {
        Case c;
        if (const std::string problem = parseCase(path, c); !problem.empty()) {
            std::cout << path.string() << ": " << problem << '\n';
            ++failures;
            continue;
        }
        const Report report = linter.lint(c.text, c.card);
        std::vector<std::string> problems;
        for (const Expectation& e : c.expect) {
            const bool found =
                std::any_of(report.findings.begin(), report.findings.end(), [&](const Finding& f) {
                    return f.rule == e.rule && (!e.severity || f.severity == *e.severity);
                });
            if (!found)
                problems.push_back("expected " + e.rule +
                                   (e.severity ? "@" + std::string(severityId(*e.severity)) : ""));
        }
        for (const std::string& rule : c.absent)
            for (const Finding& f : report.findings)
                if (f.rule == rule)
                    problems.push_back("unexpected " + rule + "@" +
                                       std::string(severityId(f.severity)) + " \"" + f.message +
                                       "\"");
        for (const std::string& p : problems)
            std::cout << path.filename().string() << ": " << p << '\n';
        failures += problems.empty() ? 0 : 1;
    }
    std::cout << files.size() << " cases, " << failures << " failed\n";
    return failures == 0 && !files.empty() ? 0 : 1;
}
