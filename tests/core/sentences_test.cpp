// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Sentence segmentation: what the counter shows ("2 sentences") and what sentence-count
// judges. It must survive abbreviations, initials, decimals, links and e-mail addresses.
#include "text/sentences.hpp"
#include "text/tokenizer.hpp"

#include <doctest/doctest.h>
#include <string>
#include <string_view>
#include <vector>

using namespace overture::text;

namespace {

// The text of each sentence that has at least one word.
std::vector<std::string> sentencesOf(std::string_view text) {
    const auto tokens = tokenize(text);
    std::vector<std::string> out;
    for (const Sentence& s : splitSentences(text, tokens))
        if (s.wordCount > 0)
            out.emplace_back(text.substr(s.begin, s.end - s.begin));
    return out;
}

std::string show(const std::vector<std::string>& ss) {
    std::string out;
    for (const auto& s : ss)
        out += "\n  [" + s + "]";
    return out;
}

void expectSentences(std::string_view text, const std::vector<std::string>& expected) {
    const auto got = sentencesOf(text);
    INFO("text: " << std::string(text) << "\ngot:" << show(got));
    CHECK(got == expected);
}

} // namespace

TEST_CASE("sentences: ends at . ! ? and at the end of the text") {
    expectSentences("Hi Ana. I read your post! Shall we connect?",
                    {"Hi Ana.", "I read your post!", "Shall we connect?"});
    expectSentences("No full stop at the end", {"No full stop at the end"});
    expectSentences("", {});
    expectSentences("  ...  ", {});
}

TEST_CASE("sentences: spans and word counts") {
    const std::string_view text = "Hi Ana. I read it.";
    const auto tokens = tokenize(text);
    const auto ss = splitSentences(text, tokens);
    REQUIRE(ss.size() == 2);
    CHECK(ss[0].begin == 0);
    CHECK(ss[0].end == 7);
    CHECK(ss[0].wordCount == 2);
    CHECK(ss[1].begin == 8);
    CHECK(ss[1].end == 18);
    CHECK(ss[1].wordCount == 3);
}

TEST_CASE("sentences: abbreviations and initials do not end a sentence") {
    expectSentences("I met Dr. Shah and Mr. Okafor at the expo. It was fun.",
                    {"I met Dr. Shah and Mr. Okafor at the expo.", "It was fun."});
    expectSentences("I work on tooling, e.g. linters, i.e. the boring bits. Happy to chat.",
                    {"I work on tooling, e.g. linters, i.e. the boring bits.", "Happy to chat."});
    expectSentences("J. R. Smith told me about your talk. Thanks!",
                    {"J. R. Smith told me about your talk.", "Thanks!"});
    expectSentences("I moved to the U.S. in 2019. Now I lead a team.",
                    {"I moved to the U.S. in 2019.", "Now I lead a team."});
    expectSentences("We met at 3 p.m. on Friday. It was great.",
                    {"We met at 3 p.m. on Friday.", "It was great."});
}

TEST_CASE("sentences: an abbreviation-like word that ends a sentence still ends it") {
    // "no", "fig" and month names are abbreviations only before a number ("No. 5", "Jan. 3").
    expectSentences("My answer was no. Then I read your post.",
                    {"My answer was no.", "Then I read your post."});
    expectSentences("Room No. 5 was full. We stood.", {"Room No. 5 was full.", "We stood."});
    expectSentences("See Fig. 3 in your paper. It helped.",
                    {"See Fig. 3 in your paper.", "It helped."});
}

TEST_CASE("sentences: decimals, links and e-mail addresses do not end a sentence") {
    expectSentences("We grew 3.5 times in a year. Thanks.",
                    {"We grew 3.5 times in a year.", "Thanks."});
    expectSentences("I read acme.com/blog and docs.python.org today. Great work.",
                    {"I read acme.com/blog and docs.python.org today.", "Great work."});
    expectSentences("Write to priya.shah@northwind.co.uk any time. Thanks.",
                    {"Write to priya.shah@northwind.co.uk any time.", "Thanks."});
    expectSentences("See https://example.com/a.b. Then reply.",
                    {"See https://example.com/a.b.", "Then reply."});
}

TEST_CASE("sentences: runs of marks, ellipses, closing quotes and brackets") {
    expectSentences("Really?! Yes.", {"Really?!", "Yes."});
    expectSentences("I loved it... Truly.", {"I loved it...", "Truly."});
    expectSentences("She said \"hello.\" Then left.", {"She said \"hello.\"", "Then left."});
    expectSentences("(Thanks for that.) Bye.", {"(Thanks for that.)", "Bye."});
    expectSentences("It was great\xE2\x80\xA6 Thanks.", {"It was great\xE2\x80\xA6", "Thanks."});
    expectSentences("I\xE2\x80\x99m in \xE2\x80\x9C"
                    "Data Leeds.\xE2\x80\x9D Shall we connect?",
                    {"I\xE2\x80\x99m in \xE2\x80\x9C"
                     "Data Leeds.\xE2\x80\x9D",
                     "Shall we connect?"});
}

TEST_CASE("sentences: a dot with no space after it does not end the sentence") {
    expectSentences("version 2.0.1.beta is out. Bye.", {"version 2.0.1.beta is out.", "Bye."});
}

TEST_CASE("sentences: a blank line ends a sentence, a single line break does not") {
    expectSentences("Thanks for the talk\n\nWould you connect",
                    {"Thanks for the talk", "Would you connect"});
    expectSentences("Thanks for the talk\nand the slides.",
                    {"Thanks for the talk\nand the slides."});
}

TEST_CASE("sentences: emoji and symbols are not words") {
    expectSentences("Great talk \xF0\x9F\x91\x8F\xF0\x9F\x8F\xBD. \xF0\x9F\x99\x8C",
                    {"Great talk \xF0\x9F\x91\x8F\xF0\x9F\x8F\xBD."});
}
