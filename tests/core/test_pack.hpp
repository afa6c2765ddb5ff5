// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A small language pack built in a test from a few word classes and pattern groups (the
// shipped manifest supplies the morphology and the plain lists), compiled by the real
// LintData::build and read by the real analysis, so a test can show what one pattern
// matches in a sentence without the rest of the shipped pack in the way.
#pragma once

#include "engine/analysis.hpp"
#include "phrases/language_pack.hpp"
#include "test_support.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace overture::test {

struct TestGroup {
    std::string name;
    std::vector<std::string> patterns;
    std::vector<std::string> unless = {};
};

// The classes the engine's code asks about by name must exist in every pack.
inline const std::map<std::string, std::vector<std::string>>& codeClasses() {
    static const std::map<std::string, std::vector<std::string>> classes = {
        {"not-specific", {"linkedin"}},
        {"not-a-name", {"there"}},
        {"title", {"dr"}},
        {"clause-break", {"and", "but", "because"}},
        {"first-person", {"i"}},
    };
    return classes;
}

// The text of a pattern file whose groups mark the role "other" (evidence only: no rule
// reports them), with the file's own exceptions `fileUnless`.
inline std::string patternFileJson(const std::vector<TestGroup>& groups,
                                   const std::vector<std::string>& fileUnless = {}) {
    nlohmann::json doc = {{"role", "other"}, {"groups", nlohmann::json::array()}};
    if (!fileUnless.empty())
        doc["unless"] = fileUnless;
    for (const TestGroup& g : groups) {
        nlohmann::json group = {{"name", g.name}, {"patterns", g.patterns}};
        if (!g.unless.empty())
            group["unless"] = g.unless;
        doc["groups"].push_back(group);
    }
    return doc.dump();
}

// Builds the pack; throws DataError as the loader would see it. `files` maps a file name
// ("a" becomes patterns/a.json, its groups "a/<name>") to its text.
inline std::shared_ptr<const LintData>
buildTestPackFiles(const std::map<std::string, std::vector<std::string>>& classes,
                   const std::map<std::string, std::string>& files) {
    LanguagePack pack;
    std::vector<std::string> shippedFiles;
    parseLanguageManifest(readFile(sourceDir() / languagePackDir("en") / kLanguageManifest),
                          "language.json", pack, shippedFiles);
    nlohmann::json classDoc = {{"classes", nlohmann::json::object()}};
    for (const auto& [name, members] : codeClasses())
        classDoc["classes"][name] = members;
    for (const auto& [name, members] : classes)
        classDoc["classes"][name] = members;
    parseClasses(classDoc.dump(), "classes.json", pack);
    for (const auto& [name, text] : files)
        parsePatternFile(text, "patterns/" + name + ".json", pack);
    return LintData::build(std::move(pack));
}

inline std::shared_ptr<const LintData>
buildTestPack(const std::vector<TestGroup>& groups,
              const std::map<std::string, std::vector<std::string>>& classes = {}) {
    return buildTestPackFiles(classes, {{"test", patternFileJson(groups)}});
}

// "group: matched words" for every match that survives its exceptions, in text order,
// e.g. "test/met: met Ana".
inline std::vector<std::string> matchesIn(const LintData& data, const std::string& text,
                                          const Recipient& card = {}) {
    const LintOptions options;
    LintContext ctx{text, card, options, data};
    analyse(ctx);
    std::vector<std::string> out;
    for (const PhraseMatch& m : ctx.matches) {
        const Span s = ctx.spanOfWords(m.firstWord, m.endWord);
        out.push_back(ctx.groupOf(m).id + ": " + std::string(ctx.slice(s)));
    }
    return out;
}

} // namespace overture::test
