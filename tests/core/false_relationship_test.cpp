// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// false-relationship: a claimed relationship the declared one does not support. Honest
// notes (a real meeting when the card says met-in-person, a third person who is a
// friend, "friendly") must pass untouched.
#include "test_support.hpp"

using namespace overture;
using overture::test::lint;

namespace {

// The claim's finding underlines the claim: its words are the claim, a few words more
// ("We did business together" for "did business together") or a few words fewer ("a
// person I trust" inside "you are a person I trust"), as the pattern that caught it
// spans them.
Finding expectClaim(const std::string& text, const Recipient& c, const std::string& claim) {
    const Report r = lint(text, c);
    INFO("text: " << text << test::describe(r, text));
    const auto fs = test::findingsOf(r, "false-relationship");
    REQUIRE_FALSE(fs.empty());
    const auto onClaim = std::find_if(fs.begin(), fs.end(), [&](const Finding* f) {
        const std::string_view covered = test::covered(text, *f);
        return covered.find(claim) != std::string_view::npos ||
               claim.find(covered) != std::string::npos;
    });
    REQUIRE_MESSAGE(onClaim != fs.end(), "no finding underlines \"" << claim << "\"");
    const Finding& f = **onClaim;
    CHECK(f.severity == Severity::Error);
    CHECK(f.reason == Reason::Disingenuous);
    CHECK(r.grade(Reason::Disingenuous) == Grade::Fail);
    CHECK_FALSE(r.ready);
    return f;
}

// The claim of a pattern group of the shipped pack ("that you have talked before").
std::string claimOf(const std::string& groupId) {
    for (const PatternGroup& g : test::shippedData()->pack.groups)
        if (g.id == groupId)
            return g.claim;
    FAIL("no group " << groupId);
    return {};
}

void expectNoClaim(const std::string& text, const Recipient& c) {
    const Report r = lint(text, c);
    INFO("text: " << text << test::describe(r, text));
    CHECK_FALSE(test::has(r, "false-relationship"));
}

Recipient as(Relationship rel, std::string name = "Ana Silva") {
    return test::card(rel, std::move(name));
}

} // namespace

TEST_CASE("false-relationship: friendship claimed of a stranger") {
    const Recipient stranger = as(Relationship::NeverInteracted);
    expectClaim("Good to see you again yesterday, my friend! Let's connect here as well.", stranger,
                "Good to see you again");
    expectClaim("Thanks for the Kafka tips, my friend.", stranger, "my friend");
    expectClaim("Hello friend, I loved your Kafka talk in Leeds.", stranger, "Hello friend");
    expectClaim("Sam has indicated you are a Friend: I'd like to add you.", stranger,
                "you are a Friend");
    expectClaim("Hi Ana, you are a friend who always helps.", stranger, "you are a friend");
}

TEST_CASE("false-relationship: the message names the claim and the declared relationship") {
    const Finding f = expectClaim("Hi Ana, as we discussed, here is my invite to connect.",
                                  as(Relationship::FollowsTheirWork), "as we discussed");
    CHECK(f.message.find("\"as we discussed\"") != std::string::npos);
    CHECK(f.message.find(std::string(relationshipLabel(Relationship::FollowsTheirWork))) !=
          std::string::npos);
    // ... and says what the words claim, in the words of the pack's group.
    const std::string claim = claimOf("false-relationship/talked");
    REQUIRE_FALSE(claim.empty());
    CHECK(f.message.find(claim) != std::string::npos);
}

TEST_CASE("false-relationship: each kind of claim against a relationship that does not permit it") {
    expectClaim("Following up on our conversation, I'm adding you so we can continue where we "
                "left off.",
                as(Relationship::FollowsTheirWork), "Following up on our conversation");
    expectClaim("As an old classmate, I thought you'd appreciate hearing from me.",
                as(Relationship::SharedGroup), "old classmate");
    expectClaim("Hi Ana, my former colleague! I loved your Kafka talk.",
                as(Relationship::MetInPerson), "my former colleague");
    expectClaim("Hi Ana, when we worked on the Leeds rollout you taught me a lot.",
                as(Relationship::StudiedTogether), "when we worked");
    expectClaim("Great meeting you at the Leeds Data Meetup on Tuesday.",
                as(Relationship::FollowsTheirWork), "Great meeting you");
    expectClaim("We did business together on the Acme deal.", as(Relationship::SharedGroup),
                "We did business together");
    expectClaim("Long time no see! Let's reconnect.", as(Relationship::MutualConnection),
                "Long time no see");
}

TEST_CASE("false-relationship: a claim followed by a proper noun is still about the recipient") {
    const Recipient stranger = as(Relationship::NeverInteracted);
    expectClaim("We met at KubeCon last year and I liked your talk.", stranger, "We met at");
    expectClaim("As we discussed Kafka at length, here is my invite.", stranger, "As we discussed");
    expectClaim("Great meeting you Tuesday at the Leeds meetup.", stranger, "Great meeting you");
    expectClaim("It was great to see you again at KubeCon.", stranger, "great to see you again");
}

TEST_CASE("false-relationship: 'my friend <recipient's name>' is a claim about the recipient") {
    expectClaim("Hi, my friend Ana! Loved your Kafka talk in Leeds.",
                as(Relationship::NeverInteracted, "Ana Silva"), "my friend");
}

TEST_CASE("false-relationship: no relationship permits 'a person I trust'") {
    for (const Relationship rel : kAllRelationships) {
        CAPTURE(relationshipId(rel));
        expectClaim("Hi Ana, you are a person I trust and I loved your Kafka talk.", as(rel),
                    "a person I trust");
    }
    // Even with no relationship declared.
    expectClaim("Hi Ana, you are someone I trust.", test::card(std::nullopt), "someone I trust");
}

TEST_CASE("false-relationship: honest claims for the declared relationship are left alone") {
    expectNoClaim("Hi Ana, great meeting you at the Leeds Data Meetup on Tuesday. I enjoyed your "
                  "talk on streaming joins and would like to stay in touch.",
                  as(Relationship::MetInPerson));
    expectNoClaim("Hi Ana, we met at KubeCon last year and talked about eBPF. Would you like to "
                  "stay connected?",
                  as(Relationship::MetInPerson));
    expectNoClaim("Hi Ana, it was good to see you again at the Leeds reunion.",
                  as(Relationship::StudiedTogether));
    expectNoClaim("Hi Ana, my former colleague Tom says hello; we worked together at Acme for "
                  "three years.",
                  as(Relationship::WorkedTogether));
    expectNoClaim("Hi Ana, as we discussed at the Rust Leeds group, here is the link.",
                  as(Relationship::SharedGroup));
    expectNoClaim("Hi Ana, old classmate! We studied together at Leeds.",
                  as(Relationship::StudiedTogether));
    expectNoClaim("Hi Ana, thanks for the call about the Acme renewal.",
                  as(Relationship::DidBusiness));
}

TEST_CASE("false-relationship: with no relationship declared, claims some relationship permits "
          "are not judged, only pointed out with a hint to choose one") {
    for (const std::string text : {"Hi Ana, great meeting you at the Leeds Data Meetup.",
                                   "Hi Ana, as we discussed, here is the link."}) {
        const Report r = lint(text, test::card(std::nullopt));
        INFO("text: " << text << test::describe(r, text));
        const auto fs = test::findingsOf(r, "false-relationship");
        REQUIRE(fs.size() == 1);
        CHECK(fs[0]->severity == Severity::Hint);
        CHECK(fs[0]->message.find("choose how you know them") != std::string::npos);
        CHECK(r.grade(Reason::Disingenuous) == Grade::Ok);
        CHECK(fs[0]->replacements.empty()); // nothing to fix until the card says otherwise
    }
    // A claim no relationship permits is still an error without a card.
    const Report friendClaim = lint("Hi Ana, my dear friend!", test::card(std::nullopt));
    const auto fs = test::findingsOf(friendClaim, "false-relationship");
    REQUIRE_FALSE(fs.empty());
    CHECK(fs[0]->severity != Severity::Hint);
}

TEST_CASE("false-relationship: a friend or colleague who is someone else") {
    const Recipient stranger = as(Relationship::NeverInteracted);
    expectNoClaim("Hi Ana, my friend Elena suggested I write because you are hiring data "
                  "engineers in Porto.",
                  stranger);
    expectNoClaim("Hi Ana, my friend and former colleague Elena suggested I write.", stranger);
    expectNoClaim("Hi Ana, my friend, Elena Ruiz, told me about your Kafka talk.", stranger);
    expectNoClaim("Hi Ana, my friend Dr. Ruiz told me about your Kafka talk.", stranger);
    expectNoClaim("Hi Ana, a friend of mine recommended your Kafka talk.", stranger);
    expectNoClaim("Hi Ana, my old colleague Tom recommended your Kafka talk.", stranger);
    expectNoClaim("Hi Ana, I'm a friend of Elena Ruiz, who told me about your talk.", stranger);
    expectNoClaim("Hi Ana, your friend Tom told me about your Kafka talk.", stranger);
    expectNoClaim("Hi Ana, my friend and I loved your Kafka talk in Leeds.", stranger);
    expectNoClaim("Hi Ana, my friend is hiring Kafka engineers in Leeds.", stranger);
    expectNoClaim("Hi Ana, my old colleague who runs Leeds Data suggested I write.", stranger);
    expectNoClaim("Hi Ana, my former colleague suggested I write about Kafka.", stranger);
}

TEST_CASE("false-relationship: 'friendly', 'friendship' and other senses of the words") {
    const Recipient stranger = as(Relationship::NeverInteracted);
    expectNoClaim("Hi Ana, thanks for the friendly welcome to the Leeds Data Meetup.", stranger);
    expectNoClaim("Hi Ana, your article on the friendship paradox changed how I think about "
                  "referrals.",
                  stranger);
    expectNoClaim("Hi Ana, I volunteer for Friends of the Earth and loved your talk.", stranger);
    expectNoClaim("Hi Ana, your docs are the most user-friendly I have read.", stranger);
    expectNoClaim("Hi Ana, my friend's startup uses your Kafka library.", stranger);
    expectNoClaim("Hi Ana, I met the Acme team at KubeCon and they praised your work.", stranger);
    expectNoClaim("Hi Ana, I would like to discuss your talk, as we both work on Kafka.", stranger);
}
