// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// default-text: LinkedIn's stock invitation sentences, every historic variant, whole or
// in part, exact or paraphrased, with the "<Name> has indicated..." prefixes and a
// "- Name" signature. The fuzzy thresholds in default_text_rule.hpp were chosen here.
#include "test_support.hpp"

using namespace overture;
using overture::test::lint;

namespace {

const Recipient kStranger = test::card(Relationship::NeverInteracted);

void expectDefaultText(const std::string& text, const Recipient& c = kStranger) {
    const Report r = lint(text, c);
    INFO("text: " << text << test::describe(r, text));
    const auto fs = test::findingsOf(r, "default-text");
    REQUIRE_FALSE(fs.empty());
    CHECK(fs.front()->severity == Severity::Error);
    CHECK(fs.front()->reason == Reason::LackingCreativity);
    CHECK_FALSE(fs.front()->explanation.empty());
    CHECK_FALSE(r.ready);
    CHECK(r.grade(Reason::LackingCreativity) == Grade::Fail);
}

void expectNoDefaultText(const std::string& text, const Recipient& c = kStranger) {
    const Report r = lint(text, c);
    INFO("text: " << text << test::describe(r, text));
    CHECK_FALSE(test::has(r, "default-text"));
}

} // namespace

TEST_CASE("default-text: every historic stock text, exactly") {
    expectDefaultText("I'd like to add you to my professional network on LinkedIn.");
    expectDefaultText("I'd like to connect with you on LinkedIn.");
    expectDefaultText("I'd like to join your LinkedIn network.");
    expectDefaultText("You are a person I trust. I'd like to invite you to join my network on "
                      "LinkedIn.");
    expectDefaultText("I'd like to add you to my LinkedIn network.");
}

TEST_CASE("default-text: the span covers the stock sentence, not the whole note") {
    const std::string text = "Hi Priya, loved your talk on Kafka at Leeds Data. I'd like to add "
                             "you to my professional network on LinkedIn.";
    const Report r = lint(text, kStranger);
    const auto fs = test::findingsOf(r, "default-text");
    REQUIRE(fs.size() == 1);
    CHECK(test::covered(text, *fs[0]) ==
          "I'd like to add you to my professional network on LinkedIn");
}

TEST_CASE("default-text: typography and case do not hide it") {
    expectDefaultText("I\xE2\x80\x99"
                      "d like to add you to my professional network on LinkedIn.");
    expectDefaultText("i'd LIKE to add you to my professional network on linkedin");
    expectDefaultText("I would like to add you to my professional network on LinkedIn.");
    expectDefaultText("I'd  like to add\nyou to my professional network   on LinkedIn.");
}

TEST_CASE("default-text: parts and close paraphrases") {
    expectDefaultText("I would like to add you to my professional network");
    expectDefaultText("Hi Sam, I'd like to add you to my professional network.");
    expectDefaultText("I want to add you to my professional LinkedIn network.");
    expectDefaultText("I wanted to invite you to join my network on LinkedIn.");
    expectDefaultText("Please join my LinkedIn network.");
    expectDefaultText("Hello, I would love to connect with you on LinkedIn!");
}

TEST_CASE("default-text: the automatic prefixes and a signature") {
    expectDefaultText("Sam Jones has indicated you are a Friend: I'd like to add you to my "
                      "professional network on LinkedIn. - Sam Jones");
    expectDefaultText("Sam has indicated you are a fellow group member of Rust Devs: I'd like "
                      "to add you to my professional network on LinkedIn.");
    expectDefaultText("Sam has indicated you are a Colleague at Acme.");
    expectDefaultText("Sam has indicated you've done business together.");
    expectDefaultText("I'd like to add you to my professional network on LinkedIn. - Sam");
}

TEST_CASE("default-text: a note that mentions LinkedIn or a network in its own words is fine") {
    expectNoDefaultText("Hi Priya, your LinkedIn post on streaming joins saved my team a week. I "
                        "run data platforms at a Leeds startup and would like to connect.");
    expectNoDefaultText("Hi Priya, I run the Leeds data network, a meetup of 300 engineers, and "
                        "we would love you to give a talk on Kafka next spring.");
    expectNoDefaultText("Hi Priya, thanks for the advice on joining the network team at Acme. I "
                        "start in June and would be glad to stay in touch.");
    expectNoDefaultText("Hi Priya, I saw you on the Kafka Summit panel about LinkedIn's "
                        "streaming stack. Would you be open to connecting?");
}

TEST_CASE("default-text: a long sentence that merely shares some words is not a paraphrase") {
    expectNoDefaultText("I would like to hear how you moved the LinkedIn data pipeline to Flink, "
                        "since my professional focus is exactly that.");
}
