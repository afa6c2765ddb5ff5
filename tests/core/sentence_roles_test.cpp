// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Sentence roles (model/sentence_role.hpp): what a recipient reads each clause of a note
// for. The report lists them in text order (Report::roles), the JSON report carries them
// with UTF-16 offsets, and the editor's anatomy strip shows them; a shared-past claim
// carries the relationships that would make it honest.
#include "model/report_json.hpp"
#include "test_support.hpp"

#include <nlohmann/json.hpp>

using namespace overture;
using overture::test::lint;

namespace {

using Rels = std::vector<Relationship>;

Recipient ana(std::optional<Relationship> rel = Relationship::NeverInteracted) {
    return test::card(rel, "Ana Lima", "Acme");
}

// The clauses that play `role`, by their text.
std::vector<std::string> clausesWith(const Report& r, std::string_view text, Role role) {
    std::vector<std::string> out;
    for (const RoleSpan& s : r.roles)
        if (s.role == role)
            out.emplace_back(text.substr(s.span.begin, s.span.end - s.span.begin));
    return out;
}

std::string anatomy(const Report& r, std::string_view text) {
    std::string out;
    for (const RoleSpan& s : r.roles)
        out += "\n  " + std::string(roleId(s.role)) + " \"" +
               std::string(text.substr(s.span.begin, s.span.end - s.span.begin)) + "\"";
    return out;
}

bool plays(const Report& r, std::string_view text, Role role, std::string_view clause) {
    const auto cs = clausesWith(r, text, role);
    return std::find(cs.begin(), cs.end(), clause) != cs.end();
}

const RoleSpan* claimIn(const Report& r, std::string_view text, std::string_view clause) {
    for (const RoleSpan& s : r.roles)
        if (s.role == Role::SharedPast &&
            text.substr(s.span.begin, s.span.end - s.span.begin) == clause)
            return &s;
    return nullptr;
}

Rels sorted(Rels rels) {
    std::sort(rels.begin(), rels.end());
    return rels;
}

const Rels kEveryRelationship(kAllRelationships.begin(), kAllRelationships.end());

} // namespace

TEST_CASE("roles: role ids are stable and round-trip") {
    const std::vector<std::string> ids = {"greeting",        "shared-past", "detail",
                                          "reason",          "ask",         "pitch",
                                          "meeting-request", "sign-off",    "other"};
    REQUIRE(kAllRoles.size() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        CHECK(roleId(kAllRoles[i]) == ids[i]);
        CHECK(parseRole(ids[i]) == kAllRoles[i]);
    }
    CHECK_FALSE(parseRole("signoff").has_value());
    // Every role has a label in the language pack, for the anatomy strip.
    for (const Role role : kAllRoles)
        CHECK_FALSE(test::shippedData()->pack.roleLabels.at(std::string(roleId(role))).empty());
}

TEST_CASE("roles: the anatomy of a good note, in text order") {
    const std::string text =
        "Hi Ana, great meeting you at PyCon last week. Your talk on pgvector indexing saved my "
        "team a week. Would you be open to connecting? Best, Sam";
    const Report r = lint(text, ana(Relationship::MetInPerson));
    INFO(anatomy(r, text));
    CHECK(plays(r, text, Role::Greeting, "Hi Ana,"));
    CHECK(plays(r, text, Role::SharedPast, "great meeting you at PyCon last week."));
    CHECK(plays(r, text, Role::Detail, "Your talk on pgvector indexing saved my team a week."));
    CHECK(plays(r, text, Role::Ask, "Would you be open to connecting?"));
    CHECK(plays(r, text, Role::SignOff, "Best,"));
    CHECK(plays(r, text, Role::SignOff, "Sam"));
    CHECK(clausesWith(r, text, Role::Pitch).empty());
    CHECK(clausesWith(r, text, Role::MeetingRequest).empty());
    // In text order, inside the text, never empty; only a claim implies anything.
    std::size_t previous = 0;
    for (const RoleSpan& s : r.roles) {
        CHECK(s.span.begin >= previous);
        CHECK(s.span.begin < s.span.end);
        CHECK(s.span.end <= text.size());
        previous = s.span.begin;
        if (s.role != Role::SharedPast)
            CHECK(s.implies.empty());
    }
    // The sign-off frames the note: three sentences of its body.
    CHECK(r.stats.sentences == 3);
}

TEST_CASE("roles: a claim of a shared past carries the relationships it implies") {
    SUBCASE("having met") {
        const std::string text = "Great meeting you at PyCon last week.";
        const Report r = lint(text, ana());
        INFO(anatomy(r, text));
        const RoleSpan* claim = claimIn(r, text, text);
        REQUIRE(claim != nullptr);
        const Rels implied = sorted(claim->implies);
        CHECK(std::binary_search(implied.begin(), implied.end(), Relationship::MetInPerson));
        CHECK_FALSE(
            std::binary_search(implied.begin(), implied.end(), Relationship::NeverInteracted));
        CHECK_FALSE(
            std::binary_search(implied.begin(), implied.end(), Relationship::FollowsTheirWork));
    }
    SUBCASE("having worked together: only that") {
        const std::string text = "It was a pleasure working with you on the audit.";
        const Report r = lint(text, ana(Relationship::WorkedTogether));
        INFO(anatomy(r, text));
        const RoleSpan* claim = claimIn(r, text, text);
        REQUIRE(claim != nullptr);
        CHECK(claim->implies == Rels{Relationship::WorkedTogether});
        CHECK_FALSE(test::has(r, "false-relationship"));
    }
    SUBCASE("an honest 'we haven't met' fits every relationship") {
        const std::string text =
            "We haven't met, but your thread on pumps helped me. Would you connect?";
        const Report r = lint(text, ana());
        INFO(anatomy(r, text));
        const RoleSpan* claim = claimIn(r, text, "We haven't met,");
        REQUIRE(claim != nullptr);
        CHECK(sorted(claim->implies) == sorted(kEveryRelationship));
    }
    SUBCASE("an introduction by a named person") {
        const std::string text = "Lars Holm mentioned you built the chatbot.";
        const Report r = lint(text, ana(Relationship::MutualConnection));
        INFO(anatomy(r, text));
        const RoleSpan* claim = claimIn(r, text, text);
        REQUIRE(claim != nullptr);
        CHECK(std::find(claim->implies.begin(), claim->implies.end(),
                        Relationship::MutualConnection) != claim->implies.end());
    }
    SUBCASE("false-relationship is a claim whose implications exclude the card's") {
        const std::string text = "It was a pleasure working with you on the audit.";
        const Report r = lint(text, ana(Relationship::StudiedTogether));
        CHECK(test::hasSerious(r, "false-relationship"));
    }
}

TEST_CASE("roles: a reason, an ask, a pitch and a meeting request") {
    const std::string why = "Hi Ana, I'm reaching out because I'm moving into data engineering "
                            "and your posts on dbt helped me. Would you connect?";
    const Report r = lint(why, ana(Relationship::FollowsTheirWork));
    INFO(anatomy(r, why));
    CHECK(plays(r, why, Role::Reason, "because I'm moving into data engineering"));
    CHECK(plays(r, why, Role::Detail, "and your posts on dbt helped me."));
    CHECK(plays(r, why, Role::Ask, "Would you connect?"));
    CHECK(plays(r, why, Role::Other, "I'm reaching out"));
    CHECK_FALSE(test::has(r, "no-reason"));

    const std::string sell = "Hi Ana, we help B2B companies get reps to quota 2x faster. Do you "
                             "have 15 minutes for a quick call this week?";
    const Report s = lint(sell, ana());
    INFO(anatomy(s, sell));
    CHECK(plays(s, sell, Role::Pitch, "we help B2B companies get reps to quota 2x faster."));
    CHECK(
        plays(s, sell, Role::MeetingRequest, "Do you have 15 minutes for a quick call this week?"));
    CHECK(plays(s, sell, Role::Ask, "Do you have 15 minutes for a quick call this week?"));
    // The rules read the roles.
    CHECK(test::hasSerious(s, "sales-pitch"));
    CHECK(test::hasSerious(s, "meeting-request"));
}

TEST_CASE("roles: a note of only a greeting and a thank-you has no body") {
    const std::string text = "Hello Ana! Thanks!";
    const Report r = lint(text, ana());
    INFO(anatomy(r, text));
    CHECK(plays(r, text, Role::Greeting, "Hello Ana!"));
    CHECK(plays(r, text, Role::SignOff, "Thanks!"));
    CHECK(r.stats.sentences == 0);
    CHECK(test::hasSerious(r, "sentence-count"));
}

TEST_CASE("roles: a sign-off of two words and a name frames the note like 'Best, Sam'") {
    for (const std::string signOff :
         {"Best, Sam", "Kind regards, Sam", "Best regards,\nSam Jones", "Many thanks,\nSam"}) {
        const std::string text = "Hi Ana, I read your post on Kafka joins. " + signOff;
        const Report r = lint(text, ana());
        INFO(anatomy(r, text));
        // The name is the sender's signature, not a detail about Ana nor a sentence.
        CHECK(clausesWith(r, text, Role::Detail) ==
              std::vector<std::string>{"I read your post on Kafka joins."});
        CHECK(r.stats.sentences == 1);
        CHECK(test::hasSerious(r, "sentence-count"));
    }
}

TEST_CASE("roles: a one-word question at the end is an ask, not a signature") {
    const std::string text = "Hi Ana, I read your post on Kafka joins. Connect?";
    const Report r = lint(text, ana());
    INFO(anatomy(r, text));
    CHECK(plays(r, text, Role::Ask, "Connect?"));
    CHECK(clausesWith(r, text, Role::SignOff).empty());
    CHECK_FALSE(test::has(r, "no-ask"));
}

TEST_CASE("roles: the JSON report lists them with UTF-16 offsets, the clause and its "
          "implications") {
    // The waving hand with a skin tone is 8 bytes and 4 UTF-16 units; "ë" 2 bytes, 1 unit.
    const std::string text = "\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD Hi Zo\xC3\xAB, great meeting you "
                             "at PyCon. Would you connect?";
    const Report r = lint(text, test::card(Relationship::MetInPerson, "Zo\xC3\xAB Lima"));
    const nlohmann::json j = reportToJson(r, text);
    INFO(j.dump(1));
    REQUIRE(j.contains("roles"));
    REQUIRE(j["roles"].is_array());
    REQUIRE(j["roles"].size() == r.roles.size());
    const auto find = [&](const std::string& role) -> const nlohmann::json* {
        for (const auto& x : j["roles"])
            if (x["role"] == role)
                return &x;
        return nullptr;
    };
    const nlohmann::json* greeting = find("greeting");
    REQUIRE(greeting != nullptr);
    CHECK((*greeting)["start"] == 5); // 4 units of emoji and a space
    CHECK((*greeting)["end"] == 12);  // "Hi Zoë," is 7 units
    CHECK((*greeting)["text"] == "Hi Zo\xC3\xAB,");
    CHECK((*greeting)["implies"] == nlohmann::json::array());
    const nlohmann::json* claim = find("shared-past");
    REQUIRE(claim != nullptr);
    CHECK((*claim)["start"] == 13);
    CHECK((*claim)["end"] == 40);
    CHECK((*claim)["text"] == "great meeting you at PyCon.");
    const auto implies = (*claim)["implies"].get<std::vector<std::string>>();
    CHECK(std::find(implies.begin(), implies.end(), "met-in-person") != implies.end());
    for (const auto& rel : implies)
        CHECK(parseRelationship(rel).has_value());
    for (const auto& x : j["roles"]) {
        CHECK(parseRole(x["role"].get<std::string>()).has_value());
        CHECK(x["start"] < x["end"]);
        CHECK(x["end"] <= r.stats.characters);
    }
}
