// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The tokenizer keeps whole what a naive split breaks: URLs, e-mail addresses, handles,
// tags, numbers, contractions (straight and curly), hyphenated words and emoji clusters.
#include "text/tokenizer.hpp"

#include <doctest/doctest.h>
#include <string>
#include <string_view>
#include <vector>

using overture::text::Token;
using overture::text::tokenize;
using overture::text::TokenKind;

namespace {

struct Tok {
    std::string text;
    TokenKind kind;
    bool operator==(const Tok&) const = default;
};

std::vector<Tok> toks(std::string_view text) {
    std::vector<Tok> out;
    for (const Token& t : tokenize(text))
        out.push_back({std::string(t.in(text)), t.kind});
    return out;
}

const char* kindName(TokenKind k) {
    switch (k) {
    case TokenKind::Word:
        return "Word";
    case TokenKind::Number:
        return "Number";
    case TokenKind::Url:
        return "Url";
    case TokenKind::Email:
        return "Email";
    case TokenKind::Handle:
        return "Handle";
    case TokenKind::Hashtag:
        return "Hashtag";
    case TokenKind::Symbol:
        return "Symbol";
    case TokenKind::Punct:
        return "Punct";
    }
    return "?";
}

std::string show(const std::vector<Tok>& ts) {
    std::string out;
    for (const auto& t : ts)
        out += std::string(" ") + kindName(t.kind) + "(" + t.text + ")";
    return out;
}

// The single token `text` is read as, or a failure naming what it was split into.
void expectOneToken(std::string_view text, TokenKind kind) {
    const auto ts = toks(text);
    INFO("tokens of \"" << std::string(text) << "\":" << show(ts));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].kind == kind);
    CHECK(ts[0].text == text);
}

} // namespace

TEST_CASE("tokenizer: words and punctuation with byte spans") {
    const std::string_view text = "Hi Ana, thanks!";
    const auto ts = tokenize(text);
    REQUIRE(ts.size() == 5);
    CHECK(ts[0].in(text) == "Hi");
    CHECK(ts[0].kind == TokenKind::Word);
    CHECK(ts[0].capitalized);
    CHECK_FALSE(ts[0].allCaps);
    CHECK(ts[1].in(text) == "Ana");
    CHECK(ts[2].kind == TokenKind::Punct);
    CHECK(ts[2].first == U',');
    CHECK(ts[3].begin == 8);
    CHECK(ts[3].end == 14);
    CHECK(ts[4].first == U'!');
    CHECK(tokenize("").empty());
    CHECK(tokenize("  \n\t ").empty());
}

TEST_CASE("tokenizer: contractions stay one word with straight and curly apostrophes") {
    expectOneToken("I'd", TokenKind::Word);
    expectOneToken("I\xE2\x80\x99"
                   "d",
                   TokenKind::Word); // I’d
    expectOneToken("don\xE2\x80\x99t", TokenKind::Word);
    expectOneToken("O'Brien", TokenKind::Word);
    // A quote that closes a word is not part of it.
    const auto ts = toks("'quoted'");
    REQUIRE(ts.size() == 3);
    CHECK(ts[1] == Tok{"quoted", TokenKind::Word});
}

TEST_CASE("tokenizer: hyphenated words, abbreviations and words with digits") {
    expectOneToken("start-up", TokenKind::Word);
    expectOneToken("e.g", TokenKind::Word);
    expectOneToken("Q3", TokenKind::Word);
    expectOneToken("B2B", TokenKind::Word);
    const auto q3 = tokenize("Q3");
    CHECK(q3[0].hasDigit);
    // A dash between spaces is punctuation, not part of a word.
    CHECK(toks("Sam - Acme") == std::vector<Tok>{{"Sam", TokenKind::Word},
                                                 {"-", TokenKind::Punct},
                                                 {"Acme", TokenKind::Word}});
}

TEST_CASE("tokenizer: capitals are recorded for names, acronyms and shouting") {
    const auto ts = tokenize("NASA hello Élodie X");
    REQUIRE(ts.size() == 4);
    CHECK(ts[0].allCaps);
    CHECK(ts[0].capitalized);
    CHECK_FALSE(ts[1].capitalized);
    CHECK(ts[2].capitalized);   // an accented capital counts
    CHECK_FALSE(ts[3].allCaps); // one letter is not "all caps"
}

TEST_CASE("tokenizer: numbers, percentages, decimals, times and thousands") {
    expectOneToken("2019", TokenKind::Number);
    expectOneToken("20%", TokenKind::Number);
    expectOneToken("100%", TokenKind::Number);
    expectOneToken("3.5", TokenKind::Number);
    expectOneToken("1,000", TokenKind::Number);
    expectOneToken("9:30", TokenKind::Number);
    // A sentence-ending dot after a number is punctuation.
    CHECK(toks("in 2019.") == std::vector<Tok>{{"in", TokenKind::Word},
                                               {"2019", TokenKind::Number},
                                               {".", TokenKind::Punct}});
}

TEST_CASE("tokenizer: links, domains, e-mail addresses, handles and tags") {
    expectOneToken("https://example.com/a/b?c=1&d=2", TokenKind::Url);
    expectOneToken("http://acme.io", TokenKind::Url);
    expectOneToken("www.acme.com", TokenKind::Url);
    expectOneToken("acme.com", TokenKind::Url);
    expectOneToken("docs.python.org", TokenKind::Url);
    expectOneToken("priya.shah@northwind.co.uk", TokenKind::Email);
    expectOneToken("@priya_shah", TokenKind::Handle);
    expectOneToken("#DevOps", TokenKind::Hashtag);

    SUBCASE("trailing punctuation belongs to the sentence, not the link") {
        CHECK(toks("see https://acme.com/talk.") ==
              std::vector<Tok>{{"see", TokenKind::Word},
                               {"https://acme.com/talk", TokenKind::Url},
                               {".", TokenKind::Punct}});
        CHECK(toks("(acme.com)") == std::vector<Tok>{{"(", TokenKind::Punct},
                                                     {"acme.com", TokenKind::Url},
                                                     {")", TokenKind::Punct}});
    }
    SUBCASE("an @ inside a word is an e-mail, not a handle; # after a letter is no tag") {
        const auto ts = toks("C# and a@b.io");
        CHECK(ts[0] == Tok{"C", TokenKind::Word});
        CHECK(ts.back() == Tok{"a@b.io", TokenKind::Email});
    }
}

TEST_CASE("tokenizer: an emoji is one symbol however many code points it has") {
    expectOneToken("\xF0\x9F\x91\x8B", TokenKind::Symbol);                 // 👋
    expectOneToken("\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD", TokenKind::Symbol); // 👋🏽 skin tone
    // 👩‍💻 woman technologist: woman, ZWJ, laptop
    expectOneToken("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB", TokenKind::Symbol);
    // 👨‍👩‍👧 family: three people joined by two ZWJs
    expectOneToken("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7",
                   TokenKind::Symbol);
    expectOneToken("\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7", TokenKind::Symbol); // 🇬🇧 flag
    expectOneToken("\xE2\x9D\xA4\xEF\xB8\x8F", TokenKind::Symbol);         // ❤️ with VS16

    SUBCASE("emoji between words leave the words alone") {
        const std::string text = "Great\xF0\x9F\x91\x8F\xF0\x9F\x8F\xBFtalk";
        const auto ts = toks(text);
        REQUIRE(ts.size() == 3);
        CHECK(ts[0] == Tok{"Great", TokenKind::Word});
        CHECK(ts[1].kind == TokenKind::Symbol);
        CHECK(ts[2] == Tok{"talk", TokenKind::Word});
    }
    SUBCASE("two flags are two symbols") {
        CHECK(toks("\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7").size() == 2);
    }
}

TEST_CASE("tokenizer: accents, combining marks and non-Latin letters stay inside words") {
    expectOneToken("café", TokenKind::Word);
    expectOneToken("Zoë", TokenKind::Word);
    expectOneToken("cafe\xCC\x81", TokenKind::Word); // e + combining acute
    expectOneToken("Łódź", TokenKind::Word);
    expectOneToken("東京", TokenKind::Word);
    expectOneToken("Ελένη", TokenKind::Word);
}

TEST_CASE("tokenizer: invisible characters never become tokens and never split words") {
    // zero-width space between words, a BOM at the start, a direction mark
    const std::string text = "\xEF\xBB\xBFHi\xE2\x80\x8B"
                             "Ana \xE2\x80\x8Fthere";
    const auto ts = toks(text);
    for (const auto& t : ts)
        CHECK(t.kind == TokenKind::Word);
    CHECK(ts.size() == 3);
}

TEST_CASE("tokenizer: invalid UTF-8 is read as symbols without running past the end") {
    const std::string text = "ok \xC3 \xFF\xFE end \xE2\x82";
    const auto ts = tokenize(text);
    REQUIRE_FALSE(ts.empty());
    CHECK(ts.front().in(text) == "ok");
    for (const auto& t : ts) {
        CHECK(t.begin < t.end);
        CHECK(t.end <= text.size());
    }
}
