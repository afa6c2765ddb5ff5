// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every pattern group of every shipped language pack (dictionaries/<lang>/) carries
// sentences it must match ("examples": {"fire": [...], "pass": [...]}), as LanguageTool's
// rules carry theirs; this one test checks them all, so a pattern edit that stops matching
// its own examples, or starts matching what it must leave alone, fails here with the
// language, the group and the sentence.
#include "engine/analysis.hpp"
#include "test_support.hpp"

using namespace overture;

namespace {

// Whether a match of `group` survives in the analysis of `text` (exceptions applied).
bool groupMatches(const LintData& data, std::uint32_t group, const std::string& text) {
    const Recipient card;
    const LintOptions options;
    LintContext ctx{text, card, options, data};
    analyse(ctx);
    return std::any_of(ctx.matches.begin(), ctx.matches.end(), [&](const PhraseMatch& m) {
        return data.patterns[m.pattern].group == group;
    });
}

// Every built-in pack, read from the source tree; a pack that does not load cleanly fails.
std::vector<std::pair<std::string, std::shared_ptr<const LintData>>> shippedPacks() {
    std::vector<std::pair<std::string, std::shared_ptr<const LintData>>> out;
    for (const std::string& lang : builtInLanguages()) {
        LoadedLintData loaded = loadLintData(test::sourceDir(), lang);
        CAPTURE(lang);
        CHECK_MESSAGE(loaded.problems.empty(),
                      (loaded.problems.empty() ? std::string() : loaded.problems.front()));
        out.emplace_back(lang, loaded.data);
    }
    return out;
}

} // namespace

TEST_CASE("language pack: the German, French and Spanish packs are built in beside English") {
    const auto langs = builtInLanguages();
    for (const char* lang : {"de", "en", "es", "fr"}) {
        CAPTURE(lang);
        CHECK(std::find(langs.begin(), langs.end(), lang) != langs.end());
    }
}

TEST_CASE("language pack: every group matches its 'fire' examples and none of its 'pass' ones") {
    for (const auto& [lang, shared] : shippedPacks()) {
        CAPTURE(lang);
        const LintData& data = *shared;
        std::size_t fires = 0;
        std::size_t passes = 0;
        for (std::uint32_t g = 0; g < data.pack.groups.size(); ++g) {
            const PatternGroup& group = data.pack.groups[g];
            for (const std::string& sentence : group.fires) {
                CAPTURE(group.id);
                CAPTURE(sentence);
                CHECK(groupMatches(data, g, sentence));
                ++fires;
            }
            for (const std::string& sentence : group.passes) {
                CAPTURE(group.id);
                CAPTURE(sentence);
                CHECK_FALSE(groupMatches(data, g, sentence));
                ++passes;
            }
        }
        MESSAGE(lang << ": " << fires << " sentences that must match, " << passes
                     << " that must not, in " << data.pack.groups.size() << " groups");
        CHECK(fires >= data.pack.groups.size()); // every group shows what it is for
    }
}

TEST_CASE("language pack: every group that reports a rule has at least one example of each kind") {
    for (const auto& [lang, shared] : shippedPacks()) {
        CAPTURE(lang);
        const LintData& data = *shared;
        for (const PatternGroup& group : data.pack.groups) {
            if (group.rule.empty())
                continue;
            CAPTURE(group.id);
            CHECK_FALSE(group.fires.empty());
            CHECK_FALSE(group.passes.empty());
        }
    }
}
