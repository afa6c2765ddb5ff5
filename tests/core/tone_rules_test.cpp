// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The phrase-driven tone rules: generic-phrase, sales-pitch, meeting-request, flattery and
// apology. Each catches its phrases (whatever the case or apostrophes) and leaves alone
// honest notes that use the same words in another sense, such as the topic of the
// recipient's own work.
#include "test_support.hpp"

using namespace overture;
using overture::test::lint;

namespace {

const Recipient kReader = test::card(Relationship::FollowsTheirWork, "Ana Silva");

// `rule` reports on `match`: its finding underlines the phrase, the phrase with the words
// its pattern takes around it ("Check out our new course" for "Check out our"), or a
// part of it.
void expectRule(const std::string& rule, const std::string& text, const std::string& match,
                Reason reason, Severity severity = Severity::Warning) {
    const Report r = lint(text, kReader);
    INFO("text: " << text << test::describe(r, text));
    const Finding* found = nullptr;
    for (const Finding* f : test::findingsOf(r, rule)) {
        const std::string_view covered = test::covered(text, *f);
        if (covered.find(match) != std::string_view::npos ||
            match.find(covered) != std::string::npos)
            found = f;
    }
    REQUIRE_MESSAGE(found != nullptr, rule << " on \"" << match << "\" not reported");
    CHECK(found->reason == reason);
    CHECK(found->severity == severity);
    CHECK_FALSE(found->message.empty());
    CHECK_FALSE(found->explanation.empty());
}

void expectNone(const std::string& rule, const std::string& text) {
    const Report r = lint(text, kReader);
    INFO("text: " << text << test::describe(r, text));
    CHECK_FALSE(test::has(r, rule));
}

} // namespace

TEST_CASE("generic-phrase: boilerplate any sender could write") {
    const Reason lc = Reason::LackingCreativity;
    expectRule("generic-phrase", "Your profile caught my eye and I'd love to connect.",
               "Your profile caught my eye", lc);
    expectRule("generic-phrase", "I'm looking to connect with industry leaders like yourself.",
               "connect with industry leaders", lc);
    expectRule("generic-phrase", "I'm looking to connect with industry leaders like yourself.",
               "like yourself", lc);
    expectRule("generic-phrase", "Hey, I'd love to pick your brain sometime.", "pick your brain",
               lc);
    expectRule("generic-phrase", "I came across your impressive profile today.",
               "came across your impressive profile", lc); // the wildcard phrase
    expectRule("generic-phrase", "I hope this message finds you well.", "finds you well", lc);
    expectRule("generic-phrase", "Looking forward to connecting!", "Looking forward to connecting",
               lc);
}

TEST_CASE("generic-phrase: filler is only a hint and does not block sending") {
    const std::string text = "Hi Ana, I just wanted to say hello: your post on Kafka joins saved "
                             "my team a week. I work on streaming at Acme and would like to "
                             "connect.";
    const Report r = lint(text, kReader);
    INFO(test::describe(r, text));
    const auto fs = test::findingsOf(r, "generic-phrase");
    REQUIRE(fs.size() == 1);
    CHECK(test::covered(text, *fs[0]) == "just wanted to say hello");
    CHECK(fs[0]->severity == Severity::Hint);
    CHECK(r.ready);
}

TEST_CASE("generic-phrase: own words around the same nouns are fine") {
    expectNone("generic-phrase", "Hi Ana, your profile of the Leeds data scene in the Yorkshire "
                                 "Post was sharp. Would you be open to connecting?");
    expectNone("generic-phrase", "Hi Ana, I run the Leeds network of data engineers and would "
                                 "value your view on streaming joins.");
}

TEST_CASE("sales-pitch: selling in the first message") {
    const Reason d = Reason::Disingenuous;
    expectRule("sales-pitch", "Hi Dev, we help engineering teams ship 2x faster with our AI.",
               "we help engineering teams", d);
    expectRule("sales-pitch", "Check out our new course on personal branding.", "Check out our", d);
    expectRule("sales-pitch", "Use code LINK20 for a 20% discount.", "Use code", d);
    expectRule("sales-pitch", "Would you like a free trial of Acme?", "free trial", d);
    expectRule("sales-pitch", "Are you the right person to talk to about payroll?",
               "Are you the right person", d);
    expectRule("sales-pitch", "I loved your post on scaling, check out our free trial.",
               "check out our free trial", d);
    expectRule("sales-pitch", "Hi Ana, our platform helps HR teams cut hiring time by 40%.",
               "our platform helps", d);
    expectRule("sales-pitch", "Hi Ana, I run HR at Acme. Interested in a demo?",
               "Interested in a demo", d);
}

TEST_CASE("meeting-request: asking for time before there is a relationship") {
    const Reason d = Reason::Disingenuous;
    expectRule("meeting-request", "Can I grab 20 minutes on your calendar this week?",
               "grab 20 minutes", d);
    expectRule("meeting-request", "Are you free for a quick coffee?", "Are you free for", d);
    expectRule("meeting-request", "Could we hop on a call on Friday?", "Could we hop on a call", d);
    expectRule("meeting-request", "Does Tuesday work for you?", "Does Tuesday work for you", d);
    expectRule("meeting-request", "Hi Ana, I'd love to show you Acme. When works for you?",
               "When works for you", d);
    expectRule("meeting-request", "Hi Ana, your post on scaling. Quick call this week?",
               "Quick call", d);
}

TEST_CASE("flattery: praise too big to be believed") {
    const Reason d = Reason::Disingenuous;
    expectRule("flattery",
               "You are without a doubt the most inspiring genius in the industry, a legend.",
               "most inspiring", d);
    expectRule("flattery", "Hi Ana, you're a true thought leader.", "thought leader", d);
    expectRule("flattery", "It would be an honour to connect.", "would be an honour", d);
    expectRule("flattery", "Hi Ana, you are amazing.", "you are amazing", d);
    expectRule("flattery", "Hi Ana, you're clearly one of the smartest people in fintech.",
               "one of the smartest", d);
    expectRule("flattery", "Hi Ana, you\xE2\x80\x99re amazing.", "you\xE2\x80\x99re amazing", d);
}

TEST_CASE("apology: apologising for writing at all") {
    const Reason lc = Reason::LackingCreativity;
    expectRule("apology",
               "Sorry to bother you and sorry for the random request, I hope it's okay if I add "
               "you.",
               "Sorry to bother", lc);
    expectRule("apology", "I know you are busy, but I loved your Kafka talk.",
               "I know you are busy", lc);
    expectRule("apology", "Apologies for the cold message.", "Apologies for the", lc);
    expectRule("apology", "This is out of the blue, I know.", "out of the blue", lc);
}

TEST_CASE("tone rules: the topic of the recipient's own work is not the sender's tone") {
    expectNone("sales-pitch", "Hi Ana, your paper on discount rates in climate models changed how "
                              "I price risk. I work on similar models at Acme.");
    expectNone("meeting-request", "Hi Ana, your talk on video call latency at Devoxx helped my "
                                  "team. I work on WebRTC at Acme and would like to connect.");
    expectNone("meeting-request", "Hi Ana, your post about phone call scams was sharp. I work in "
                                  "fraud at Monzo and would like to connect.");
    expectNone("flattery", "Hi Ana, your essay on the genius myth in startups was great. I work "
                           "at Acme and would like to connect.");
    expectNone("apology", "Hi Ana, your talk on sorry to bother culture in support teams stayed "
                          "with me.");
}

TEST_CASE("tone rules: ordinary words near the phrases are left alone") {
    expectNone("sales-pitch", "Hi Ana, we help each other at the Leeds Rust meetup every month.");
    expectNone("sales-pitch", "Hi Ana, I lead our product team at Acme and our platform group "
                              "loved your Kafka talk.");
    expectNone("sales-pitch", "Hi Ana, I'd love to see a demo of your Kafka tool some day.");
    expectNone("meeting-request", "Hi Ana, thanks for the call-out in your Kafka newsletter.");
    expectNone("flattery", "Hi Ana, your talk was clear and useful; the demo on Kafka joins "
                           "helped my team.");
    expectNone("apology", "Hi Ana, I was sorry to hear the Leeds meetup is closing.");
}
