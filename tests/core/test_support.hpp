// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Shared helpers for the engine tests: the shipped data and the real Hunspell en_US,
// each loaded once per test process, and small queries over a Report.
#pragma once

#include "data/data_error.hpp"
#include "data/data_locator.hpp"
#include "engine/linter.hpp"
#include "engine/load_lint_data.hpp"
#include "engine/spellers.hpp"
#include "model/report.hpp"
#include "rules/lint_data.hpp"
#include "spelling/hunspell_speller.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace overture::test {

inline std::filesystem::path sourceDir() {
    return std::filesystem::path(OVERTURE_SOURCE_DIR);
}
inline std::filesystem::path testDataDir() {
    return std::filesystem::path(OVERTURE_TEST_DATA_DIR);
}

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open " << path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The shipped English language pack, read from the source tree.
inline std::shared_ptr<const LintData> shippedData() {
    static const std::shared_ptr<const LintData> data = [] {
        LoadedLintData loaded = loadLintData(sourceDir(), "en");
        REQUIRE_MESSAGE(loaded.problems.empty(),
                        "shipped data failed to load: " << loaded.problems.front());
        return loaded.data;
    }();
    return data;
}

// The real en_US dictionary (the README's setup installs hunspell-en-us).
inline std::shared_ptr<const HunspellSpeller> englishSpeller(const std::string& lang = "en_US") {
    static std::shared_ptr<const HunspellSpeller> us;
    static std::shared_ptr<const HunspellSpeller> gb;
    auto& slot = lang == "en_GB" ? gb : us;
    if (!slot) {
        std::string error;
        slot = HunspellSpeller::open(lang, error);
        REQUIRE_MESSAGE(slot != nullptr, "Hunspell " << lang << " is not installed: " << error);
    }
    return slot;
}

// A linter over the shipped data with the real en_US speller (and en_GB as the
// alternate, as the CLI and the editor set it up).
inline const Linter& spellingLinter() {
    static const Linter linter = [] {
        Linter l(shippedData(), englishSpeller());
        l.setAlternateSpeller(alternateSpellerFor(*shippedData(), "en_US"));
        return l;
    }();
    return linter;
}

// A linter over the shipped data without a speller (spelling off).
inline const Linter& plainLinter() {
    static const Linter linter(shippedData());
    return linter;
}

inline Recipient card(std::optional<Relationship> rel = std::nullopt, std::string name = {},
                      std::string company = {}, std::string context = {}) {
    Recipient r;
    r.relationship = rel;
    r.name = std::move(name);
    r.company = std::move(company);
    r.context = std::move(context);
    return r;
}

// Lints with the shipped data and the real en_US dictionary.
inline Report lint(std::string_view text, const Recipient& r = {}, const LintOptions& o = {}) {
    return spellingLinter().lint(text, r, o);
}

// Pointers into `report`: keep the report in a variable (a temporary one is refused).
std::vector<const Finding*> findingsOf(const Report&& report, std::string_view rule) = delete;
inline std::vector<const Finding*> findingsOf(const Report& report, std::string_view rule) {
    std::vector<const Finding*> out;
    for (const Finding& f : report.findings)
        if (f.rule == rule)
            out.push_back(&f);
    return out;
}

inline bool has(const Report& report, std::string_view rule) {
    return !findingsOf(report, rule).empty();
}

// True when `rule` reported at warning or above (what blocks "ready").
inline bool hasSerious(const Report& report, std::string_view rule) {
    const auto fs = findingsOf(report, rule);
    return std::any_of(fs.begin(), fs.end(),
                       [](const Finding* f) { return f->severity != Severity::Hint; });
}

// The ids of every finding at warning or above.
inline std::set<std::string> seriousRules(const Report& report) {
    std::set<std::string> out;
    for (const Finding& f : report.findings)
        if (f.severity != Severity::Hint)
            out.insert(f.rule);
    return out;
}

inline std::set<std::string> allRules(const Report& report) {
    std::set<std::string> out;
    for (const Finding& f : report.findings)
        out.insert(f.rule);
    return out;
}

// The text a finding covers.
inline std::string_view covered(std::string_view text, const Finding& f) {
    return text.substr(f.span.begin, f.span.end - f.span.begin);
}

// "rule@[begin,end) severity: message" for every finding, for failure messages.
inline std::string describe(const Report& report, std::string_view text = {}) {
    std::string out;
    for (const Finding& f : report.findings) {
        out += "\n  " + f.rule + " " + std::string(severityId(f.severity)) + " [" +
               std::to_string(f.span.begin) + "," + std::to_string(f.span.end) + ")";
        if (!text.empty() && f.span.end <= text.size())
            out += " \"" + std::string(covered(text, f)) + "\"";
        out += ": " + f.message;
    }
    return out.empty() ? std::string("\n  (no findings)") : out;
}

} // namespace overture::test
