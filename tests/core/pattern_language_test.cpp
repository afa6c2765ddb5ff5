// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The pattern language of the language packs (phrases/pattern.hpp, docs/patterns.md), from
// the pattern text to what it matches in a note: each token kind, optional and repeated
// tokens, gaps, negation, the flags the engine computes from the card, anchors, and the
// exceptions that cancel a match. The packs here are built in the test (test_pack.hpp),
// compiled and matched by the real engine.
#include "phrases/pattern.hpp"
#include "test_pack.hpp"

using namespace overture;
using test::buildTestPack;
using test::matchesIn;
using test::TestGroup;
using Found = std::vector<std::string>;

namespace {

// The byte offset (0-based) PatternError reports for `pattern`, or npos when it parses.
std::size_t errorAt(std::string_view pattern, std::string* message = nullptr) {
    try {
        (void)parsePattern(pattern);
    } catch (const PatternError& e) {
        if (message != nullptr)
            *message = e.what();
        return e.offset();
    }
    return std::string::npos;
}

// One group "p" holding one pattern.
std::shared_ptr<const LintData>
one(const std::string& pattern,
    const std::map<std::string, std::vector<std::string>>& classes = {}) {
    return buildTestPack({TestGroup{"p", {pattern}}}, classes);
}

} // namespace

TEST_CASE("pattern language: a parse error says what is wrong and where") {
    std::string message;
    CHECK(errorAt("we met (at|in the", &message) == 7); // the '(' that is never closed
    CHECK(message == "'(' is never closed");
    CHECK(errorAt("we met [at|in", &message) == 7);
    CHECK(errorAt("we met at)", &message) == 9);
    CHECK(message == "unexpected ')'");
    CHECK(errorAt("* met you") == 0); // a pattern may not start where any word starts it
    CHECK(errorAt("[so] great") == 0);
    CHECK(errorAt("great? day") == 0);
    CHECK(errorAt("!not happy") == 0);
    CHECK(errorAt("") == 0);
    CHECK(errorAt("we (met|) you", &message) == 8);
    CHECK(message == "empty alternative");
    CHECK(errorAt("very{2,1} good") == 4); // at the '{'
    CHECK(errorAt("very{9} good") == 4);   // more than kMaxGap repeats
    CHECK(errorAt("very{2 good", &message) == 6);
    CHECK(errorAt("we @ met", &message) == 3);
    CHECK(message == "a token needs a word after its sign");
    CHECK(errorAt("we wild*card", &message) == 3);
    CHECK(errorAt("we met ^ you") == 7);
    CHECK(errorAt("we !(met|saw) you", &message) == 3); // '!' takes one word
    // What parses.
    CHECK(errorAt("^ we (met|saw) [you|them] at? *{0,3} @event-noun %cap{1,3} !~work $") ==
          std::string::npos);
    CHECK(kMaxGap == 8);
    CHECK(errorAt("we *{0,8} met") == std::string::npos);
}

TEST_CASE("pattern language: the column of a parse error reaches the person as file, field and "
          "column") {
    LanguagePack pack;
    const std::string json =
        R"({"role": "other", "groups": [{"name": "a", "patterns": ["we met", "we met (at|in"]}]})";
    try {
        parsePatternFile(json, "patterns/a.json", pack);
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()) ==
              "patterns/a.json: groups[0].patterns[1]: \"we met (at|in\" at column 8: '(' is "
              "never closed");
    }
    // A class member is checked the same way.
    try {
        parseClasses(R"({"classes": {"meal": ["lunch", "a (quick coffee"]}})", "classes.json",
                     pack);
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()).rfind(
                  "classes.json: classes.meal[1]: \"a (quick coffee\" at column 3: ", 0) == 0);
    }
}

TEST_CASE("pattern language: words match whatever their case, apostrophes and contractions") {
    const auto data = one("i would love to meet");
    CHECK(matchesIn(*data, "I\xE2\x80\x99"
                           "d LOVE to meet you.") == Found{"test/p: I\xE2\x80\x99"
                                                           "d LOVE to meet"});
    CHECK(matchesIn(*data, "I would love to meet.") == Found{"test/p: I would love to meet"});
    CHECK(matchesIn(*data, "I would not love to meet.").empty());
}

TEST_CASE("pattern language: ~lemma matches every form of the word") {
    const auto data = one("we ~work together");
    for (const char* form : {"work", "works", "worked", "working"}) {
        CAPTURE(form);
        const std::string text = std::string("Yes, we ") + form + " together.";
        CHECK(matchesIn(*data, text) == Found{"test/p: we " + std::string(form) + " together"});
    }
    CHECK(matchesIn(*data, "We walked together.").empty());
    // Irregular forms come from the manifest's table, doubled consonants from its rules.
    const auto met = one("we ~meet");
    CHECK(matchesIn(*met, "We met in Leeds.") == Found{"test/p: We met"});
    CHECK(matchesIn(*met, "We meet in Leeds.") == Found{"test/p: We meet"});
    const auto chat = one("we ~chat");
    CHECK(matchesIn(*chat, "We chatted in Leeds.") == Found{"test/p: We chatted"});
    CHECK(matchesIn(*chat, "We are chatting.").empty()); // "are" stands between
    CHECK(matchesIn(*one("~chat about"), "We were chatting about Kafka.") ==
          Found{"test/p: chatting about"});
}

TEST_CASE("pattern language: a class may hold several-word members and other classes") {
    const std::map<std::string, std::vector<std::string>> classes = {
        {"meal", {"lunch", "dinner", "a bite to eat"}},
        {"meet-up", {"@meal", "grab a coffee", "~catch up", "coffee"}},
    };
    const auto data = one("(let's|shall we) @meet-up", classes);
    CHECK(matchesIn(*data, "Let's grab a coffee.") == Found{"test/p: Let's grab a coffee"});
    CHECK(matchesIn(*data, "Shall we catch up?") == Found{"test/p: Shall we catch up"});
    CHECK(matchesIn(*data, "Shall we have lunch?").empty());
    CHECK(matchesIn(*data, "Let's have lunch.").empty());
    CHECK(matchesIn(*data, "Shall we lunch?") == Found{"test/p: Shall we lunch"});
    CHECK(matchesIn(*data, "Let's a bite to eat.") == Found{"test/p: Let's a bite to eat"});
    CHECK(matchesIn(*data, "Let's a bite.").empty());
    // "coffee" on its own and "grab a coffee" are both members: the longest is first.
    CHECK(matchesIn(*one("@meet-up", classes), "Grab a coffee?") ==
          Found{"test/p: Grab a coffee", "test/p: coffee"});
}

TEST_CASE("pattern language: a class that names an unknown class or itself is refused") {
    CHECK_THROWS_WITH_AS(one("@nope"), doctest::Contains("unknown word class @nope"), DataError);
    CHECK_THROWS_WITH_AS(one("let's @a", {{"a", {"lunch", "@b"}}, {"b", {"@a"}}}),
                         doctest::Contains("contains itself"), DataError);
    CHECK_THROWS_WITH_AS(one("let's @a", {{"a", {"lunch", "^ dinner"}}}),
                         doctest::Contains("not allowed in a class"), DataError);
}

TEST_CASE("pattern language: optional tokens and groups") {
    const auto data = one("it was (so|very)? (great|good) [to see|meeting] you");
    CHECK(matchesIn(*data, "It was great to see you.") == Found{"test/p: It was great to see you"});
    CHECK(matchesIn(*data, "It was so good meeting you.") ==
          Found{"test/p: It was so good meeting you"});
    CHECK(matchesIn(*data, "It was very great you.") == Found{"test/p: It was very great you"});
    CHECK(matchesIn(*data, "It was so good to you.").empty());
    // A contraction made optional takes all its words or none.
    const auto maybe = one("you (love|like) i'd? cake");
    CHECK(matchesIn(*maybe, "You like cake.") == Found{"test/p: You like cake"});
    CHECK(matchesIn(*maybe, "You like I'd cake.") == Found{"test/p: You like I'd cake"});
    CHECK(matchesIn(*maybe, "You like I cake.").empty());
}

TEST_CASE("pattern language: repeats and gaps") {
    const auto data = one("very{2,3} good");
    CHECK(matchesIn(*data, "Very good.").empty());
    CHECK(matchesIn(*data, "Very very good.") == Found{"test/p: Very very good"});
    CHECK(matchesIn(*data, "Very very very good.") ==
          Found{"test/p: Very very very good", "test/p: very very good"});
    CHECK(matchesIn(*data, "Very very very very good.").size() == 2); // not from the first
    const auto gap = one("we *{0,2} met");
    CHECK(matchesIn(*gap, "We met.") == Found{"test/p: We met"});
    CHECK(matchesIn(*gap, "We finally met.") == Found{"test/p: We finally met"});
    CHECK(matchesIn(*gap, "We had once met.") == Found{"test/p: We had once met"});
    CHECK(matchesIn(*gap, "We had not once met.").empty());
    // A gap never reaches into the next sentence.
    CHECK(matchesIn(*gap, "We did. Met Ana.").empty());
    const auto exact = one("we * met");
    CHECK(matchesIn(*exact, "We met.").empty());
    CHECK(matchesIn(*exact, "We once met.") == Found{"test/p: We once met"});
}

TEST_CASE("pattern language: negation takes any one word but the one named") {
    const std::map<std::string, std::vector<std::string>> classes = {{"hedge", {"not", "never"}}};
    const auto word = one("i am !not happy");
    CHECK(matchesIn(*word, "I am very happy.") == Found{"test/p: I am very happy"});
    CHECK(matchesIn(*word, "I am not happy.").empty());
    CHECK(matchesIn(*word, "I am happy.").empty()); // it takes a word
    const auto cls = one("i am !@hedge happy", classes);
    CHECK(matchesIn(*cls, "I am never happy.").empty());
    CHECK(matchesIn(*cls, "I am so happy.") == Found{"test/p: I am so happy"});
    const auto lemma = one("we !~work together");
    CHECK(matchesIn(*lemma, "We worked together.").empty());
    CHECK(matchesIn(*lemma, "We sang together.") == Found{"test/p: We sang together"});
}

TEST_CASE("pattern language: flags come from the card and the word's place") {
    const Recipient ana = test::card(Relationship::MetInPerson, "Ana Lima", "Acme Corp");
    const auto name = one("thanks %name");
    const auto recipient = one("thanks %recipient");
    // %name: a capitalised word inside a sentence that is not the recipient's.
    CHECK(matchesIn(*name, "Say thanks Elena.", ana) == Found{"test/p: thanks Elena"});
    CHECK(matchesIn(*name, "Say thanks Ana.", ana).empty());
    CHECK(matchesIn(*name, "Say thanks elena.", ana).empty());
    CHECK(matchesIn(*name, "Say thanks I guess.", ana).empty()); // the sender's "I"
    // %recipient: a word of the card's name, whatever its case.
    CHECK(matchesIn(*recipient, "Say thanks Ana.", ana) == Found{"test/p: thanks Ana"});
    CHECK(matchesIn(*recipient, "Say thanks lima.", ana) == Found{"test/p: thanks lima"});
    CHECK(matchesIn(*recipient, "Say thanks Elena.", ana).empty());
    CHECK(matchesIn(*recipient, "Say thanks Ana.", Recipient{}).empty()); // no card, no name
    // %number: a word that starts with a digit (a name with a digit is no count: "the
    // Cas9 off-target" is not "20 off"); %money: a number with a currency sign.
    const auto number = one("in %number");
    CHECK(matchesIn(*number, "We met in 2024.") == Found{"test/p: in 2024"});
    CHECK(matchesIn(*number, "We met in 4th grade.") == Found{"test/p: in 4th"});
    CHECK(matchesIn(*number, "We met in Q3.").empty());
    CHECK(matchesIn(*number, "We met in May.").empty());
    const auto money = one("for %money");
    CHECK(matchesIn(*money, "Yours for $299 a month.") == Found{"test/p: for $299"});
    CHECK(matchesIn(*money, "Yours for \xE2\x82\xAC"
                            "99 a month.") == Found{"test/p: for \xE2\x82\xAC"
                                                    "99"});
    CHECK(matchesIn(*money, "Yours for 299 a month.").empty());
    // %card: a word of the card's company or role (what a mail merge fills in).
    const auto card = one("at %card");
    CHECK(matchesIn(*card, "Your work at Acme is great.", ana) == Found{"test/p: at Acme"});
    CHECK(matchesIn(*card, "Your work at Globex is great.", ana).empty());
    // %first: the sentence's first word; !%flag: a word without it.
    CHECK(matchesIn(*one("%first"), "Hi. Yes.") == Found{"test/p: Hi", "test/p: Yes"});
    CHECK(matchesIn(*one("thanks !%cap"), "Say thanks Elena. Say thanks again.") ==
          Found{"test/p: thanks again"});
    CHECK_THROWS_WITH_AS(one("thanks %nobody"), doctest::Contains("unknown flag %nobody"),
                         DataError);
}

TEST_CASE("pattern language: ^ and $ anchor a match to its sentence's first and last word") {
    const auto start = one("^ hello there");
    CHECK(matchesIn(*start, "Hello there, Ana.") == Found{"test/p: Hello there"});
    CHECK(matchesIn(*start, "I said hello there.").empty());
    CHECK(matchesIn(*start, "I said hi. Hello there!") == Found{"test/p: Hello there"});
    const auto end = one("see you soon $");
    CHECK(matchesIn(*end, "Hope to see you soon!") == Found{"test/p: see you soon"});
    CHECK(matchesIn(*end, "See you soon at PyCon.").empty());
    const auto both = one("^ thanks $");
    CHECK(matchesIn(*both, "Thanks!") == Found{"test/p: Thanks"});
    CHECK(matchesIn(*both, "Thanks for the talk.").empty());
}

TEST_CASE("pattern language: an exception cancels the overlapping matches of its own group only") {
    const auto data = buildTestPack({
        TestGroup{"claim", {"my friend"}, {"my friend %name"}},
        TestGroup{"word", {"friend"}},
    });
    // The exception overlaps the claim: the claim is cancelled, the other group's match
    // of the same words is not.
    CHECK(matchesIn(*data, "Hi, my friend Elena told me.") == Found{"test/word: friend"});
    // A match of the group that the exception does not overlap stays.
    CHECK(matchesIn(*data, "My friend Elena says hi to my friend.") ==
          Found{"test/word: friend", "test/claim: my friend", "test/word: friend"});
    CHECK(matchesIn(*data, "Hi, my friend!") ==
          Found{"test/claim: my friend", "test/word: friend"});
}

TEST_CASE("pattern language: a file's exceptions cancel the matches of every group of that file "
          "and no other") {
    const auto data = test::buildTestPackFiles(
        {}, {{"claims", test::patternFileJson({TestGroup{"friend", {"my friend"}},
                                               TestGroup{"colleague", {"my colleague"}}},
                                              {"my (friend|colleague) %name"})},
             {"other", test::patternFileJson({TestGroup{"person", {"my friend"}}})}});
    CHECK(matchesIn(*data, "My friend Elena and my colleague Tom say hi.") ==
          Found{"other/person: My friend"});
    CHECK(matchesIn(*data, "Hi, my colleague!") == Found{"claims/colleague: my colleague"});
}

TEST_CASE("pattern language: a pattern that grows too many paths is refused, not compiled") {
    // An alternation of more two-word paths than a pattern may grow.
    std::string alternation = "(";
    for (std::size_t i = 0; i <= PatternCompiler::kMaxPaths; ++i)
        alternation += (i == 0 ? "" : "|") + std::string("w") + std::to_string(i) + " x";
    alternation += ") y";
    CHECK_THROWS_WITH_AS(one(alternation), doctest::Contains("grows more than"), DataError);
    // The same members as a class, each of two words.
    std::vector<std::string> members;
    for (std::size_t i = 0; i <= PatternCompiler::kMaxPaths; ++i)
        members.push_back("w" + std::to_string(i) + " x");
    CHECK_THROWS_WITH_AS(one("let's @many y", {{"many", members}}),
                         doctest::Contains("grows more than"), DataError);
    // Alternations in a row join their ends: their paths add up, they do not multiply.
    std::string chain;
    for (int k = 0; k < 6; ++k) {
        chain += k == 0 ? "(" : " (";
        for (int i = 0; i < 40; ++i)
            chain += (i == 0 ? "" : "|") + std::string("a") + std::to_string(i) + " b" +
                     std::to_string(k);
        chain += ")";
    }
    const auto joined = one(chain); // 40^6 paths if they multiplied
    CHECK(joined->matcher.nodeCount() < 10 * 40 * 6);
    CHECK(matchesIn(*joined, "a1 b0 a2 b1 a3 b2 a4 b3 a5 b4 a6 b5.").size() == 1);
}

TEST_CASE("pattern language: a hostile pattern set costs a bounded number of matches per word") {
    // Every sequence of "you" and "*" up to twelve words that starts with "you": 4095
    // patterns, all of which match at every word of "you you you ...".
    std::vector<std::string> patterns;
    for (unsigned length = 1; length <= 12; ++length)
        for (unsigned bits = 0; bits < (1U << (length - 1)); ++bits) {
            std::string p = "you";
            for (unsigned i = 0; i + 1 < length; ++i)
                p += (bits >> i & 1U) != 0 ? " *" : " you";
            patterns.push_back(p);
        }
    REQUIRE(patterns.size() == 4095);
    // And gaps that would walk 9^6 paths from every word before failing on "never".
    patterns.emplace_back("you *{0,8} you *{0,8} you *{0,8} you *{0,8} you *{0,8} you *{0,8} "
                          "never");
    const auto data = buildTestPack({TestGroup{"hostile", patterns}});

    std::string text;
    const std::size_t words = 2000;
    for (std::size_t i = 0; i < words; ++i)
        text += i == 0 ? "You" : " you";
    text += ".";
    const Recipient card;
    const LintOptions options;
    LintContext ctx{text, card, options, *data};
    analyse(ctx);
    REQUIRE(ctx.words.size() == words);
    std::vector<std::size_t> perWord(words, 0);
    for (const PhraseMatch& m : ctx.matches)
        ++perWord[m.firstWord];
    const std::size_t most = *std::max_element(perWord.begin(), perWord.end());
    // The bound is what stopped the walk: 4095 patterns match at each early word.
    CHECK(most == std::min<std::size_t>(PhraseMatcher::kMaxMatchesPerStart, patterns.size() - 1));
    CHECK(ctx.matches.size() <= words * PhraseMatcher::kMaxMatchesPerStart);
    // Near the end fewer words remain than the patterns are long: fewer matches there.
    CHECK(perWord.back() == 1);
    // The linter survives it as a whole.
    const Report r = Linter(data).lint(text, card);
    CHECK(r.stats.words == words);
}
