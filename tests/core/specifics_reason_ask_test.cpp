// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// no-specifics (would read the same sent to anyone), no-reason (never says why) and
// no-ask (no question or invitation to reply; only a hint).
#include "test_support.hpp"

using namespace overture;
using overture::test::lint;

namespace {

Recipient priya(Relationship rel = Relationship::NeverInteracted, std::string company = {}) {
    return test::card(rel, "Priya Shah", std::move(company));
}

void expectSpecific(const std::string& text, const Recipient& c = priya()) {
    const Report r = lint(text, c);
    INFO("text: " << text << test::describe(r, text));
    CHECK_FALSE(test::has(r, "no-specifics"));
}

void expectNotSpecific(const std::string& text, const Recipient& c = priya()) {
    const Report r = lint(text, c);
    INFO("text: " << text << test::describe(r, text));
    const auto fs = test::findingsOf(r, "no-specifics");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0]->severity == Severity::Warning);
    CHECK(fs[0]->reason == Reason::Indistinguishable);
    CHECK(r.grade(Reason::Indistinguishable) == Grade::Warn);
}

} // namespace

TEST_CASE("no-specifics: a note that could go to anyone") {
    expectNotSpecific("Hi Priya, I would like to connect with you. I think we could learn a lot "
                      "from each other.");
    expectNotSpecific("Hi Priya, I liked your post and would like to connect. Let me know.");
    expectNotSpecific("Hi Priya, I also work in data at a bank. Would you like to connect?");
    expectNotSpecific("Hello Priya, Thanks for everything. Would you like to connect?");
    expectNotSpecific("Your profile caught my eye and I'd love to add you to my network of "
                      "talented professionals.");
}

TEST_CASE("no-specifics: a number inside boilerplate is not a detail") {
    expectNotSpecific("Hello, I came across your profile and was impressed by your experience. "
                      "Let me know if you're open to a quick 15-minute call this week!");
    expectNotSpecific("Hi Priya, are you open to a quick 15 minute call?");
    // A number outside the formula still is one.
    expectSpecific("Hi Priya, we both ran the 2024 Leeds half marathon. Open to a quick call?");
}

TEST_CASE("no-specifics: the recipient's name alone is not enough") {
    expectNotSpecific("Hi Priya Shah, I think you are great. Would you like to connect?");
    expectNotSpecific("Dear Priya, Priya, I think you are great. Would you like to connect?");
}

TEST_CASE("no-specifics: capitalised ordinary words and LinkedIn are not details") {
    expectNotSpecific("Hi Priya, I think you are Great and Wonderful. Would you like to connect?");
    expectNotSpecific("Hi Priya, I saw you on LinkedIn. Would you like to connect?");
}

TEST_CASE("no-specifics: any one real detail is enough") {
    SUBCASE("a word from the card's company, role or context") {
        expectSpecific("Hi Priya, I also work on data at Northwind's rival. Would you connect?",
                       priya(Relationship::NeverInteracted, "Northwind"));
        Recipient c = priya();
        c.context = "the streaming meetup";
        expectSpecific("Hi Priya, I enjoyed the streaming chat. Would you connect?", c);
    }
    SUBCASE("a proper noun inside a sentence") {
        expectSpecific("Hi Priya, I read about your move to Leeds. Would you like to connect?");
        expectSpecific("Hi Priya, we were both at the Peak District Runners meet. Connect?");
    }
    SUBCASE("a number or a number word") {
        expectSpecific("Hi Priya, I run a meetup with 300 members. Would you like to connect?");
        expectSpecific("Hi Priya, I have followed your writing for three years. Connect?");
        expectSpecific("Hi Priya, thanks for the quick turnaround on the samples last week. "
                       "Let's stay connected for the spring run.",
                       priya(Relationship::DidBusiness));
    }
    SUBCASE("a named piece of their work") {
        expectSpecific("Hi Priya, I liked your post on streaming joins. Would you like to "
                       "connect?",
                       priya(Relationship::FollowsTheirWork));
        expectSpecific("Hi Priya, your talk about backpressure stayed with me. Connect?",
                       priya(Relationship::FollowsTheirWork));
    }
    SUBCASE("a link, a tag or a handle") {
        expectSpecific("Hi Priya, I saw https://acme.com/talk and enjoyed it. Connect?");
        expectSpecific("Hi Priya, I follow #dataengineering and enjoyed it. Connect?");
        expectSpecific("Hi Priya, I follow @streamingpriya and enjoyed it. Connect?");
    }
}

TEST_CASE("no-specifics: a placeholder is not a detail") {
    const Report r =
        lint("Hi Priya, I loved your post about {topic}. Would you like to connect?", priya());
    CHECK(test::has(r, "placeholder"));
    CHECK(test::has(r, "no-specifics"));
}

TEST_CASE("no-reason: a note that never says why") {
    const std::string text = "Hi Priya, I think you are great. Would you like to connect?";
    Recipient c = priya();
    c.reason = "I am hiring data engineers in Leeds";
    const Report r = lint(text, c);
    INFO(test::describe(r, text));
    const auto fs = test::findingsOf(r, "no-reason");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0]->severity == Severity::Warning);
    CHECK(fs[0]->reason == Reason::Lazy);
    CHECK(test::hasSerious(lint("Hi.", priya()), "no-reason"));
    CHECK(test::hasSerious(lint("Hi Priya, I would like to connect with you.", priya()),
                           "no-reason"));
}

TEST_CASE("no-reason: any stated reason or shared context is enough") {
    for (const std::string text : {
             "Hi Priya, I'm hiring data engineers in Leeds. Would you like to connect?",
             "Hi Priya, thanks for the advice on Kafka. Would you like to connect?",
             "Hi Priya, I work on streaming at a bank too. Would you like to connect?",
             "Hi Priya, Elena mentioned you are moving to Leeds. Would you like to connect?",
             "Hi Priya, I'd like to connect because we both run Leeds meetups.",
             "Hi Priya, I read your post on joins. Would you like to connect?",
         }) {
        const Report r = lint(text, priya());
        INFO("text: " << text << test::describe(r, text));
        CHECK_FALSE(test::has(r, "no-reason"));
    }
}

TEST_CASE("no-reason: two sentences around a specific shared detail carry their reason") {
    const std::string text = "Hi Victor, it's been three years since the Umbrella billing "
                             "rewrite. Working with you on the Dublin launch taught me a lot.";
    const Report r = lint(text, test::card(Relationship::WorkedTogether, "Victor", "Umbrella"));
    INFO(test::describe(r, text));
    CHECK_FALSE(test::has(r, "no-reason"));
}

TEST_CASE("no-ask: only a hint, and gone with a question or an invitation") {
    const std::string text = "Hi Priya, I read your post on Kafka joins. It saved my team a week.";
    const Report r = lint(text, priya(Relationship::FollowsTheirWork));
    INFO(test::describe(r, text));
    const auto fs = test::findingsOf(r, "no-ask");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0]->severity == Severity::Hint);
    CHECK(fs[0]->reason == Reason::Lazy);
    CHECK(test::covered(text, *fs[0]) == "It saved my team a week.");
    REQUIRE(fs[0]->replacements.size() == 1);
    CHECK(fs[0]->replacements[0] == "It saved my team a week. Would you be open to connecting?");
    CHECK(r.ready); // a missing question alone does not stop a note

    for (const std::string asked : {
             "Hi Priya, I read your post on Kafka joins. How did you test them?",
             "Hi Priya, I read your post on Kafka joins. I would like to stay in touch.",
             "Hi Priya, I read your post on Kafka joins. Happy to swap notes.",
             "Hi Priya, I read your post on Kafka joins. Let me know if you need a tester.",
             "Hi Priya, I read your post on Kafka joins\xEF\xBC\x9F", // fullwidth question mark
         }) {
        const Report ok = lint(asked, priya(Relationship::FollowsTheirWork));
        INFO("text: " << asked << test::describe(ok, asked));
        CHECK_FALSE(test::has(ok, "no-ask"));
    }
}

TEST_CASE("no-specifics, no-reason and no-ask say nothing about an empty note") {
    const Report r = lint("", priya());
    CHECK_FALSE(test::has(r, "no-specifics"));
    CHECK_FALSE(test::has(r, "no-reason"));
    CHECK_FALSE(test::has(r, "no-ask"));
    CHECK(test::has(r, "sentence-count"));
}
