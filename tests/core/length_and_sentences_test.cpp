// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// length (over LinkedIn's limit, counted in UTF-16 code units) and sentence-count (one
// sentence is too little, more than four too much), and the counts in Report::stats.
#include "test_support.hpp"

using namespace overture;
using overture::test::lint;

namespace {

const std::string kGood = "Hi Hannah, thanks for the tour of the Bristol maker space on Saturday. "
                          "Your laser-cutter safety checklist was brilliant, and I'd like to "
                          "stay in touch while I set one up in Bath.";

Recipient withLimit(int limit) {
    Recipient c = test::card(Relationship::MetInPerson, "Hannah");
    c.limit = limit;
    return c;
}

} // namespace

TEST_CASE("length: a note within the limit has no length finding") {
    const Report r = lint(kGood, withLimit(300));
    CHECK(r.stats.characters == kGood.size());
    CHECK(r.stats.limit == 300);
    CHECK_FALSE(test::has(r, "length"));
}

TEST_CASE("length: exactly at the limit is fine, one over is an error") {
    const std::string text(200, 'a');
    CHECK_FALSE(test::has(lint(text, withLimit(200)), "length"));
    const std::string over = text + "b";
    const Report r = lint(over, withLimit(200));
    const auto fs = test::findingsOf(r, "length");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0]->severity == Severity::Error);
    CHECK(fs[0]->reason == Reason::Lazy);
    CHECK(test::covered(over, *fs[0]) == "b"); // what LinkedIn would cut off
    CHECK(fs[0]->message.find("201 characters") != std::string::npos);
    CHECK(fs[0]->message.find("1 over the limit of 200") != std::string::npos);
    CHECK(r.grade(Reason::Lazy) == Grade::Fail);
    CHECK_FALSE(r.ready);
}

TEST_CASE("length: the free-account limit of 200 catches a note that 300 allows") {
    REQUIRE(kGood.size() > 150);
    const std::string longer = kGood + " I also run the Bath maker group and would love to swap "
                                       "notes on the safety checklist.";
    REQUIRE(longer.size() > 200);
    REQUIRE(longer.size() <= 300);
    CHECK_FALSE(test::has(lint(longer, withLimit(300)), "length"));
    CHECK(test::has(lint(longer, withLimit(200)), "length"));
}

TEST_CASE("length: an emoji counts two, as LinkedIn counts it") {
    // 149 letters and one emoji: 151 UTF-16 units, 153 bytes.
    const std::string text = std::string(149, 'a') + "\xF0\x9F\x91\x8B";
    const Report r = lint(text, withLimit(150));
    CHECK(r.stats.characters == 151);
    const auto fs = test::findingsOf(r, "length");
    REQUIRE(fs.size() == 1);
    CHECK(test::covered(text, *fs[0]) == "\xF0\x9F\x91\x8B"); // the emoji, never half of it
    // Accented letters count one each, however many bytes they take.
    const std::string accents = std::string(148, 'a') + "\xC3\xA9\xC3\xA9"; // 150 units
    CHECK_FALSE(test::has(lint(accents, withLimit(150)), "length"));
}

TEST_CASE("length: the corpus's over-long note") {
    const std::string text =
        "Hello, my name is Jordan and I am a seasoned professional with more than twenty years "
        "of experience in sales, marketing, business development, customer success, operations "
        "and strategy across a wide range of industries including retail, healthcare, finance, "
        "education and technology. I am always looking to meet new people and I believe we "
        "could benefit from knowing each other. Please accept my invitation.";
    const Report r = lint(text, test::card(Relationship::NeverInteracted));
    CHECK(test::hasSerious(r, "length"));
}

TEST_CASE("sentence-count: an empty note and a single sentence are warnings") {
    for (const std::string text : {"", "   \n ", "\xF0\x9F\x91\x8B"}) {
        const Report r = lint(text);
        const auto fs = test::findingsOf(r, "sentence-count");
        REQUIRE(fs.size() == 1);
        CHECK(fs[0]->severity == Severity::Warning);
        CHECK(fs[0]->message == "The note is empty");
        CHECK_FALSE(r.ready);
    }
    const Report greeting = lint("Hi.");
    REQUIRE(test::findingsOf(greeting, "sentence-count").size() == 1);
    CHECK(test::findingsOf(greeting, "sentence-count")[0]->message == "Only a greeting");
    CHECK(greeting.stats.sentences == 0); // a greeting alone is no sentence of the note
    const Report one = lint("I read your post on Kafka joins.");
    REQUIRE(test::findingsOf(one, "sentence-count").size() == 1);
    CHECK(test::findingsOf(one, "sentence-count")[0]->message == "Only one sentence");
    CHECK(test::hasSerious(lint("Hi Ana, I read your post on Kafka joins and would like to "
                                "connect with you."),
                           "sentence-count"));
}

TEST_CASE("sentence-count: two to four sentences are what recipients accept") {
    const Report r = lint(kGood, test::card(Relationship::MetInPerson, "Hannah"));
    CHECK(r.stats.sentences == 2);
    CHECK_FALSE(test::has(r, "sentence-count"));
    const Report four = lint("Hi Ana. I read your post. It helped. Shall we connect? Best, Sam");
    // The counter counts what sentence-count judges: the greeting and the sign-off frame
    // the note, they are not sentences of it.
    CHECK(four.stats.sentences == 3);
    CHECK_FALSE(test::has(four, "sentence-count"));
}

TEST_CASE("sentence-count: more than four sentences is only a hint") {
    const std::string text = "I read your post. It helped. My team agreed. We changed our joins. "
                             "It worked. Shall we connect?";
    const Report r = lint(text);
    CHECK(r.stats.sentences == 6);
    const auto fs = test::findingsOf(r, "sentence-count");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0]->severity == Severity::Hint);
    CHECK(fs[0]->message.find("6 sentences") != std::string::npos);
}

TEST_CASE("sentence-count: a greeting or a sign-off on its own is not a sentence") {
    const std::string stock = "I'd like to add you to my professional network on LinkedIn.";
    for (const std::string text : {
             "Hi Ana!\n\n" + stock,
             "Hello Ana Silva,\n\n" + stock,
             "Hi there! " + stock,
             stock + " - Sam",
             stock + " \xE2\x80\x94 Sam Jones",
             stock + "\n\nBest,\nSam",
             stock + " Kind regards, Sam Jones",
             stock + " Thanks!",
         }) {
        const Report r = lint(text, test::card(Relationship::NeverInteracted, "Ana Silva"));
        INFO("text: " << text << test::describe(r, text));
        const auto fs = test::findingsOf(r, "sentence-count");
        CHECK(fs.size() == 1);
        if (fs.size() != 1)
            continue;
        CHECK(fs[0]->severity == Severity::Warning);
        CHECK(fs[0]->message.rfind("Only one sentence", 0) == 0);
        CHECK(test::covered(text, *fs[0]) == stock);
        // The counter agrees with the finding: one sentence besides the framing.
        CHECK(r.stats.sentences == 1);
    }
    // A sentence that happens to start with a greeting or a thank-you still counts.
    const Report r = lint("Hi Ana, I read your post. Thanks for the Kafka tips!");
    CHECK(r.stats.sentences == 2);
    CHECK_FALSE(test::has(r, "sentence-count"));
}

TEST_CASE("sentence-count: abbreviations, decimals and links do not add sentences") {
    const std::string text = "Hi Dr. Shah, your talk on v2.5 of acme.io, e.g. the U.S. rollout, "
                             "was great. Would you connect?";
    const Report r = lint(text);
    CHECK(r.stats.sentences == 2);
    CHECK_FALSE(test::has(r, "sentence-count"));
}

TEST_CASE("stats: characters, words and sentences") {
    const Report r = lint("Hi Ana \xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD, I read your post. Connect?");
    CHECK(r.stats.characters == 39); // the emoji with its skin tone is 4 units
    CHECK(r.stats.words == 7);
    CHECK(r.stats.sentences == 2);
    CHECK(r.stats.limit == 300);
}
