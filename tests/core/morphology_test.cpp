// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Word forms for ~lemma tokens (phrases/morphology.hpp): the English rules and irregular
// forms of the shipped manifest give the forms people write, so one pattern entry covers
// "work", "works", "worked" and "working"; a broken morphology is one line naming the
// field.
#include "phrases/language_pack.hpp"
#include "phrases/morphology.hpp"
#include "test_support.hpp"

#include <nlohmann/json.hpp>

using namespace overture;

namespace {

const Morphology& shipped() {
    return test::shippedData()->pack.morphology;
}

// Whether the shipped rules give `lemma` every one of `forms` (the rules overgenerate on
// purpose: a form nobody writes costs nothing, a missing one is a missed claim).
bool hasForms(std::string_view lemma, std::initializer_list<std::string_view> forms) {
    const auto all = shipped().formsOf(lemma);
    return std::all_of(forms.begin(), forms.end(), [&](std::string_view f) {
        return std::find(all.begin(), all.end(), f) != all.end();
    });
}

std::string errorOf(const std::string& json) {
    try {
        (void)Morphology::fromJson(nlohmann::json::parse(json), "language.json");
    } catch (const DataError& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST_CASE("morphology: regular forms of English verbs and nouns") {
    CHECK(shipped().ruleCount() >= 5);
    CHECK(hasForms("work", {"work", "works", "worked", "working"}));
    CHECK(hasForms("share", {"shares", "shared", "sharing"}));    // a final e
    CHECK(hasForms("chat", {"chats", "chatted", "chatting"}));    // the last consonant doubled
    CHECK(hasForms("study", {"studies", "studied", "studying"})); // consonant + y
    CHECK(hasForms("play", {"plays", "played", "playing"}));      // vowel + y stays
    CHECK(hasForms("catch", {"catches", "catching"}));            // -es after ch
    CHECK(hasForms("colleague", {"colleague", "colleagues"}));    // nouns too
    CHECK_FALSE(hasForms("play", {"plaies"}));
    CHECK_FALSE(hasForms("work", {"workking"}));
}

TEST_CASE("morphology: irregular forms come from the manifest's table") {
    CHECK(hasForms("meet", {"meet", "meets", "meeting", "met"}));
    CHECK(hasForms("speak", {"spoke", "spoken", "speaking"}));
    CHECK(hasForms("catch", {"caught"}));
    CHECK(hasForms("go", {"goes", "went", "gone", "going"}));
    CHECK(hasForms("be", {"am", "is", "are", "was", "were", "been", "being"}));
    CHECK_FALSE(hasForms("work", {"met"}));
}

TEST_CASE("morphology: each form once, the lemma always among them") {
    for (const char* lemma : {"work", "meet", "chat", "be", "x"}) {
        CAPTURE(lemma);
        const auto forms = shipped().formsOf(lemma);
        CHECK(std::is_sorted(forms.begin(), forms.end()));
        CHECK(std::adjacent_find(forms.begin(), forms.end()) == forms.end());
        CHECK(std::find(forms.begin(), forms.end(), lemma) != forms.end());
    }
    // A rule never strips a lemma down to nothing.
    const auto one = shipped().formsOf("e");
    CHECK(std::none_of(one.begin(), one.end(), [](const std::string& f) { return f.empty(); }));
}

TEST_CASE("morphology: another language's rules, with its own vowels") {
    // Shapes: C a consonant, V a vowel, letters themselves.
    const std::string rules = R"("rules": [
            {"ends": ["en"], "strip": 2, "add": ["e", "t", "st"]},
            {"ends": ["CV"], "add": ["n"]}
        ],
        "irregular": {"sein": ["bin", "bist", "ist", "war"]})";
    const Morphology m = Morphology::fromJson(
        nlohmann::json::parse("{\"vowels\": \"aeiouy\", " + rules + "}"), "de/language.json");
    CHECK(m.formsOf("machen") == std::vector<std::string>{"mache", "machen", "machst", "macht"});
    CHECK(m.formsOf("sein") == std::vector<std::string>{"bin", "bist", "ist", "sein", "war"});
    CHECK(m.formsOf("try") == std::vector<std::string>{"try", "tryn"}); // y is a vowel here
    // With the default vowels y is a consonant: "ry" is not consonant + vowel.
    const Morphology plain =
        Morphology::fromJson(nlohmann::json::parse("{" + rules + "}"), "de/language.json");
    CHECK(plain.formsOf("try") == std::vector<std::string>{"try"});
}

TEST_CASE("morphology: a broken morphology names the field") {
    CHECK(errorOf("[]") == "language.json: morphology: expected an object");
    CHECK(errorOf(R"({"rules": {}})") == "language.json: morphology.rules: expected an array");
    CHECK(errorOf(R"({"rules": [5]})") == "language.json: morphology.rules[0]: expected an object");
    CHECK(errorOf(R"({"rules": [{"ends": ["e"]}]})") ==
          "language.json: morphology.rules[0].add: at least one ending is needed");
    CHECK(errorOf(R"({"rules": [{"add": ["s"], "strip": 9}]})") ==
          "language.json: morphology.rules[0].strip: expected a number from 0 to 4");
    CHECK(errorOf(R"({"rules": [{"add": ["s"], "double": "yes"}]})") ==
          "language.json: morphology.rules[0].double: expected true or false");
    CHECK(errorOf(R"({"vowels": 5})") == "language.json: morphology.vowels: expected a string");
    CHECK(errorOf(R"({"irregular": []})") ==
          "language.json: morphology.irregular: expected an object");
    CHECK(errorOf(R"({"irregular": {"meet": "met"}})")
              .rfind("language.json: morphology.irregular", 0) == 0);
}
