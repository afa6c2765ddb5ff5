// Every pattern group of the shipped language pack carries sentences it must match
// ("examples": {"fire": [...], "pass": [...]}), as LanguageTool's rules carry theirs; this
// one test checks them all, so a pattern edit that stops matching its own examples, or
// starts matching what it must leave alone, fails here with the group and the sentence.
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

} // namespace

TEST_CASE("language pack: every group matches its 'fire' examples and none of its 'pass' ones") {
    const LintData& data = *test::shippedData();
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
    MESSAGE(fires << " sentences that must match, " << passes << " that must not, in "
                  << data.pack.groups.size() << " groups");
    CHECK(fires >= data.pack.groups.size()); // every group shows what it is for
}

TEST_CASE("language pack: every group that reports a rule has at least one example of each kind") {
    const LintData& data = *test::shippedData();
    for (const PatternGroup& group : data.pack.groups) {
        if (group.rule.empty())
            continue;
        CAPTURE(group.id);
        CHECK_FALSE(group.fires.empty());
        CHECK_FALSE(group.passes.empty());
    }
}
