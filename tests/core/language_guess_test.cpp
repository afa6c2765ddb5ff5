// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// suggestOtherLanguage (spelling/language_guess.hpp) with the real Hunspell dictionaries:
// a note mostly unknown to the chosen dictionary and known to another installed one gets
// that one; a note in the chosen language, a short note, or a note of names gets none.
#include "engine/language_candidates.hpp"
#include "spelling/language_guess.hpp"
#include "test_support.hpp"

using namespace overture;

namespace {

std::shared_ptr<const Speller> open(const std::string& dictionary) {
    std::string error;
    return HunspellSpeller::open(dictionary, error);
}

std::optional<LanguageHint> hintFor(std::string_view text, const std::string& chosen = "en_US") {
    const auto speller = open(chosen);
    REQUIRE_MESSAGE(speller != nullptr, chosen << " is not installed");
    return suggestOtherLanguage(text, *speller, otherLanguages(test::sourceDir(), chosen), open);
}

} // namespace

TEST_CASE("language guess: the candidates are the other built-in packs with their dictionaries") {
    const auto others = otherLanguages(test::sourceDir(), "en_US");
    std::vector<std::string> dictionaries;
    for (const auto& c : others)
        dictionaries.push_back(c.dictionary);
    CHECK(std::find(dictionaries.begin(), dictionaries.end(), "de_DE") != dictionaries.end());
    CHECK(std::find(dictionaries.begin(), dictionaries.end(), "fr_FR") != dictionaries.end());
    CHECK(std::find(dictionaries.begin(), dictionaries.end(), "es_ES") != dictionaries.end());
    CHECK(std::find(dictionaries.begin(), dictionaries.end(), "en_US") == dictionaries.end());
}

TEST_CASE("language guess: a German note under en_US is German, and English under de_DE") {
    const auto de = hintFor("Ich habe Ihren Artikel über Wärmepumpen gelesen und möchte Ihnen "
                            "eine Frage stellen.");
    REQUIRE(de.has_value());
    CHECK(de->language.dictionary == "de_DE");
    CHECK(de->knownByOther > de->knownByChosen);
    const auto en = hintFor("I read your article on heat pumps and would like to ask you a "
                            "question about them.",
                            "de_DE");
    REQUIRE(en.has_value());
    CHECK(en->language.dictionary == "en_US");
}

TEST_CASE("language guess: no hint for the chosen language, a short note or names only") {
    CHECK_FALSE(hintFor("I read your article on heat pumps and have one question.").has_value());
    CHECK_FALSE(hintFor("Danke schön!").has_value());
    CHECK_FALSE(hintFor("Kestrelwerk Voskuijlen Brzęczyszczykiewicz Tjaldursson").has_value());
    // A German note with a few English terms is still German.
    const auto mixed = hintFor("Wir nutzen Kafka und Terraform, und Ihr Vortrag über das "
                               "Monitoring hat uns sehr geholfen.");
    REQUIRE(mixed.has_value());
    CHECK(mixed->language.dictionary == "de_DE");
}
