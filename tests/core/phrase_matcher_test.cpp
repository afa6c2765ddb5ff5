// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The phrase matcher: every phrase list compiled into one trie over normalised words and
// matched in one pass. Matching is case-, apostrophe- and contraction-insensitive, "*"
// matches one word, overlapping and nested phrases are all found, and no match crosses
// a sentence boundary. These tests use only the public interface, so the matcher's
// internals may change freely.
#include "phrases/phrase_matcher.hpp"
#include "text/match_words.hpp"
#include "text/sentences.hpp"
#include "text/tokenizer.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

using namespace overture;
using overture::text::normalisePhrase;

namespace {

struct Found {
    std::uint32_t pattern;
    std::string text;
    bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
    return os << "#" << f.pattern << " \"" << f.text << "\"";
}

class Fixture {
public:
    explicit Fixture(const std::vector<std::string>& phrases) {
        for (std::uint32_t i = 0; i < phrases.size(); ++i)
            matcher.add(normalisePhrase(phrases[i]), i);
    }

    std::vector<Found> run(const std::string& text) const {
        const auto tokens = text::tokenize(text);
        const auto sentences = text::splitSentences(text, tokens);
        const text::MatchWords words(text, tokens, sentences);
        std::vector<PhraseMatch> matches;
        matcher.match(words, matches);
        std::vector<Found> out;
        for (const auto& m : matches) {
            REQUIRE(m.firstWord < m.endWord);
            REQUIRE(m.endWord <= words.size());
            const auto begin = words[m.firstWord].begin;
            const auto end = words[m.endWord - 1].end;
            out.push_back({m.pattern, text.substr(begin, end - begin)});
        }
        return out;
    }

    PhraseMatcher matcher;
};

} // namespace

TEST_CASE("phrase matcher: finds a phrase and maps it back to the draft") {
    const Fixture f({"add you to my professional network"});
    CHECK(f.run("I'd like to add you to my professional network on LinkedIn.") ==
          std::vector<Found>{{0, "add you to my professional network"}});
    CHECK(f.run("I'd like to add you to my network.").empty());
    CHECK(f.run("").empty());
    CHECK(f.matcher.patternCount() == 1);
}

TEST_CASE("phrase matcher: case, curly apostrophes, contractions, spacing and hyphens") {
    const Fixture f({"I'd like to connect", "start up", "you are a friend"});
    CHECK(f.run("I\xE2\x80\x99"
                "D LIKE TO   CONNECT") == std::vector<Found>{{0, "I\xE2\x80\x99"
                                                                 "D LIKE TO   CONNECT"}});
    CHECK(f.run("I would like to connect") == std::vector<Found>{{0, "I would like to connect"}});
    CHECK(f.run("a start-up in Leeds") == std::vector<Found>{{1, "start-up"}});
    CHECK(f.run("You\xE2\x80\x99re a Friend") ==
          std::vector<Found>{{2, "You\xE2\x80\x99re a Friend"}});
}

TEST_CASE("phrase matcher: words must match whole, not as prefixes") {
    const Fixture f({"friend", "my friend"});
    CHECK(f.run("a friendly friendship among friends").empty());
    CHECK(f.run("my friend") == std::vector<Found>{{1, "my friend"}, {0, "friend"}});
}

TEST_CASE("phrase matcher: the wildcard matches exactly one word") {
    const Fixture f({"grab * minutes", "does * work for you"});
    CHECK(f.run("Can I grab 20 minutes?") == std::vector<Found>{{0, "grab 20 minutes"}});
    CHECK(f.run("Can I grab fifteen minutes?") == std::vector<Found>{{0, "grab fifteen minutes"}});
    CHECK(f.run("Can I grab minutes?").empty());
    CHECK(f.run("Can I grab a few minutes?").empty());
    CHECK(f.run("Does Tuesday work for you?") ==
          std::vector<Found>{{1, "Does Tuesday work for you"}});
}

TEST_CASE("phrase matcher: nested and overlapping phrases are all reported, longest first") {
    const Fixture f({"to my network", "add you to my network", "you to my", "network on linkedin"});
    const auto found = f.run("I'd like to add you to my network on LinkedIn.");
    // Ordered by first word, then longest first.
    CHECK(found == std::vector<Found>{{1, "add you to my network"},
                                      {2, "you to my"},
                                      {0, "to my network"},
                                      {3, "network on LinkedIn"}});
}

TEST_CASE("phrase matcher: one phrase found many times, and several payloads for one phrase") {
    Fixture f({"thank you"});
    f.matcher.add(normalisePhrase("thank you"), 7);
    const auto found = f.run("Thank you. Thank you again.");
    REQUIRE(found.size() == 4);
    CHECK(std::count(found.begin(), found.end(), Found{0, "Thank you"}) == 2);
    CHECK(std::count(found.begin(), found.end(), Found{7, "Thank you"}) == 2);
}

TEST_CASE("phrase matcher: a match never crosses a sentence boundary") {
    const Fixture f({"meet you at", "thanks for the chat"});
    CHECK(f.run("Nice to meet you. At the expo I saw your talk.").empty());
    CHECK(f.run("Thanks for the. Chat soon.").empty());
    CHECK(f.run("Nice to meet you at the expo.") == std::vector<Found>{{0, "meet you at"}});
}

TEST_CASE("phrase matcher: empty patterns are ignored, words outside patterns are unknown") {
    PhraseMatcher m;
    m.add({}, 0);
    CHECK(m.patternCount() == 0);
    m.add(normalisePhrase("quick call"), 1);
    CHECK(m.patternCount() == 1);
    CHECK(m.idOf("quick") != PhraseMatcher::kUnknownWord);
    CHECK(m.idOf("call") != PhraseMatcher::kUnknownWord);
    CHECK(m.idOf("quick") != m.idOf("call"));
    CHECK(m.idOf("coffee") == PhraseMatcher::kUnknownWord);
    // Interning gives a stable id without creating a pattern.
    const auto id = m.intern("coffee");
    CHECK(id != PhraseMatcher::kUnknownWord);
    CHECK(m.intern("coffee") == id);
    CHECK(m.idOf("coffee") == id);
    CHECK(m.intern("quick") == m.idOf("quick"));
    CHECK(m.patternCount() == 1);
}

TEST_CASE("phrase matcher: many patterns sharing prefixes") {
    std::vector<std::string> phrases;
    for (int i = 0; i < 300; ++i)
        phrases.push_back("we help team" + std::to_string(i) + " grow");
    phrases.emplace_back("we help");
    const Fixture f(phrases);
    CHECK(f.matcher.patternCount() == 301);
    CHECK(f.run("we help team123 grow fast") ==
          std::vector<Found>{{123, "we help team123 grow"}, {300, "we help"}});
    CHECK(f.run("we help team301 grow") == std::vector<Found>{{300, "we help"}});
}

TEST_CASE("normalisePhrase: the same normalisation as the draft") {
    CHECK(normalisePhrase("I'd like to") == std::vector<std::string>{"i", "would", "like", "to"});
    CHECK(normalisePhrase("I\xE2\x80\x99m here") == std::vector<std::string>{"i", "am", "here"});
    CHECK(normalisePhrase("can't won't let's") ==
          std::vector<std::string>{"can", "not", "will", "not", "let", "us"});
    CHECK(normalisePhrase("we've they're you'll") ==
          std::vector<std::string>{"we", "have", "they", "are", "you", "will"});
    CHECK(normalisePhrase("start-up, co-founder!") ==
          std::vector<std::string>{"start", "up", "co", "founder"});
    CHECK(normalisePhrase("grab * minutes") == std::vector<std::string>{"grab", "*", "minutes"});
    CHECK(normalisePhrase("  ").empty());
}

TEST_CASE("normalisePhrase: a '*' glued to a word is punctuation, not a wildcard") {
    // Used to recurse until the stack ran out (found by fuzz_phrases).
    CHECK(normalisePhrase("thanks*") == std::vector<std::string>{"thanks"});
    CHECK(normalisePhrase("say thanks* * now") ==
          std::vector<std::string>{"say", "thanks", "*", "now"});
    CHECK(normalisePhrase("**").empty());
}

TEST_CASE("match words: spans, tokens and sentences of each normalised word") {
    const std::string text = "Hi. I'd love a start-up!";
    const auto tokens = text::tokenize(text);
    const auto sentences = text::splitSentences(text, tokens);
    const text::MatchWords words(text, tokens, sentences);
    std::vector<std::string> folded;
    for (std::size_t i = 0; i < words.size(); ++i)
        folded.emplace_back(words.textOf(i));
    CHECK(folded == std::vector<std::string>{"hi", "i", "would", "love", "a", "start", "up"});
    CHECK(words[0].sentence == 0);
    CHECK(words[1].sentence == 1);
    // Both halves of a contraction keep the contraction's span.
    CHECK(text.substr(words[1].begin, words[1].end - words[1].begin) == "I'd");
    CHECK(text.substr(words[2].begin, words[2].end - words[2].begin) == "I'd");
    // Each part of a hyphenated word keeps its own span.
    CHECK(text.substr(words[5].begin, words[5].end - words[5].begin) == "start");
    CHECK(text.substr(words[6].begin, words[6].end - words[6].begin) == "up");
    CHECK(words[5].token == words[6].token);
}

TEST_CASE("match words: links, handles, tags and emoji are not words, numbers are") {
    const std::string text = "See acme.com @ana #kafka \xF0\x9F\x91\x8B 300 people";
    const auto tokens = text::tokenize(text);
    const auto sentences = text::splitSentences(text, tokens);
    const text::MatchWords words(text, tokens, sentences);
    std::vector<std::string> folded;
    for (std::size_t i = 0; i < words.size(); ++i)
        folded.emplace_back(words.textOf(i));
    CHECK(folded == std::vector<std::string>{"see", "300", "people"});
}
