// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rule catalogue and registry: every stable id exists, is built exactly once, serves
// the reason the README's table gives it, and can be turned off.
#include "rules/rule.hpp"
#include "test_support.hpp"

#include <set>

using namespace overture;
using overture::test::lint;

namespace {

// The rule ids: stable, relied on by the CLI, the tests and the UI; new ones are added,
// none is ever renamed.
const std::vector<std::string> kDesignIds = {
    "default-text",    "false-relationship", "generic-phrase", "no-specifics",   "no-reason",
    "no-ask",          "placeholder",        "length",         "sentence-count", "sales-pitch",
    "meeting-request", "flattery",           "apology",        "shouting",       "spelling",
    "repeated-note",   "already-invited",    "wrong-name"};

} // namespace

TEST_CASE("rules: every stable rule id is in the catalogue, once") {
    std::set<std::string> seen;
    for (const RuleInfo& info : ruleCatalog())
        CHECK(seen.insert(std::string(info.id)).second);
    for (const auto& id : kDesignIds) {
        CAPTURE(id);
        CHECK(seen.count(id) == 1);
        REQUIRE(findRuleInfo(id) != nullptr);
        CHECK(findRuleInfo(id)->id == id);
    }
    CHECK(findRuleInfo("no-such-rule") == nullptr);
}

TEST_CASE("rules: the registry builds one rule per catalogue entry, in catalogue order") {
    const auto rules = createAllRules();
    const auto catalog = ruleCatalog();
    REQUIRE(rules.size() == catalog.size());
    for (std::size_t i = 0; i < rules.size(); ++i)
        CHECK(rules[i]->info().id == catalog[i].id);
}

TEST_CASE("rules: reasons and default severities a user would agree with") {
    auto info = [](const char* id) { return *findRuleInfo(id); };
    // Serious: the stock text, a false claim, a placeholder, an over-limit note.
    CHECK(info("default-text").defaultSeverity == Severity::Error);
    CHECK(info("false-relationship").defaultSeverity == Severity::Error);
    CHECK(info("placeholder").defaultSeverity == Severity::Error);
    CHECK(info("length").defaultSeverity == Severity::Error);
    // A missing question is only a hint.
    CHECK(info("no-ask").defaultSeverity == Severity::Hint);

    CHECK(info("no-specifics").reason == Reason::Indistinguishable);
    CHECK(info("repeated-note").reason == Reason::Indistinguishable);
    CHECK(info("false-relationship").reason == Reason::Disingenuous);
    CHECK(info("default-text").reason == Reason::LackingCreativity);
    CHECK(info("placeholder").reason == Reason::LackingCreativity);
    CHECK(info("no-reason").reason == Reason::Lazy);
    CHECK(info("length").reason == Reason::Lazy);
    CHECK(info("spelling").reason == Reason::Spelling);

    // Exactly these rules take pattern groups from the language pack (patterns/*.json).
    std::set<std::string> phraseDriven;
    for (const RuleInfo& r : ruleCatalog())
        if (r.phraseDriven)
            phraseDriven.insert(std::string(r.id));
    CHECK(phraseDriven == std::set<std::string>{"default-text", "false-relationship",
                                                "generic-phrase", "sales-pitch", "meeting-request",
                                                "flattery", "apology"});
}

TEST_CASE("rules: every rule that takes patterns has shipped pattern groups") {
    const LanguagePack& pack = test::shippedData()->pack;
    for (const RuleInfo& r : ruleCatalog()) {
        if (!r.phraseDriven)
            continue;
        CAPTURE(r.id);
        std::size_t patterns = 0;
        for (const PatternGroup& g : pack.groups)
            if (g.rule == r.id)
                patterns += g.patterns.size();
        CHECK(patterns >= 10);
    }
    // A group only ever names a rule that takes patterns (the loader refuses the others).
    for (const PatternGroup& g : pack.groups) {
        if (g.rule.empty())
            continue;
        CAPTURE(g.id);
        REQUIRE(findRuleInfo(g.rule) != nullptr);
        CHECK(findRuleInfo(g.rule)->phraseDriven);
    }
}

TEST_CASE("rules: every rule has a name and a summary in the language pack") {
    const LintData& data = *test::shippedData();
    for (const RuleInfo& r : ruleCatalog()) {
        CAPTURE(r.id);
        CHECK_FALSE(data.ruleText(r.id).name.empty());
        CHECK_FALSE(data.ruleText(r.id).summary.empty());
    }
}

TEST_CASE("rules: a disabled rule reports nothing, the others still run") {
    const std::string text = "Hi [Name], I'd like to add you to my professional network on "
                             "LinkedIn.";
    const Report all = lint(text);
    REQUIRE(test::has(all, "placeholder"));
    REQUIRE(test::has(all, "default-text"));
    LintOptions o;
    o.disabledRules = {"placeholder", "default-text"};
    const Report some = lint(text, {}, o);
    CHECK_FALSE(test::has(some, "placeholder"));
    CHECK_FALSE(test::has(some, "default-text"));
    CHECK(test::has(some, "sentence-count"));
}

TEST_CASE("relationships: ids round-trip and every relationship has a label") {
    for (const Relationship r : kAllRelationships) {
        CHECK(parseRelationship(relationshipId(r)) == r);
        CHECK_FALSE(relationshipLabel(r).empty());
    }
    CHECK(relationshipId(Relationship::NeverInteracted) == "never-interacted");
    CHECK(relationshipId(Relationship::MetInPerson) == "met-in-person");
    CHECK_FALSE(parseRelationship("friend").has_value());
    CHECK_FALSE(parseRelationship("").has_value());
}

TEST_CASE("recipient: the first name is the first word of the name") {
    Recipient r;
    CHECK(r.firstName().empty());
    r.name = "Priya Shah";
    CHECK(r.firstName() == "Priya");
    r.name = "  Zoë  ";
    CHECK(r.firstName() == "Zoë");
    CHECK(r.limit == 300);
}
