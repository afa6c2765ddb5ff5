// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Per-language text handling: the abbreviations, ordinals and punctuation of German, French
// and Spanish notes (dictionaries/<lang>/language.json, "text"), read by
// phrases/text_rules_json.* and used by the sentence splitter, and German's capitalised
// nouns, which are not names. Without these a German note with "z. B." or "am 3. März" is
// counted as more sentences than it has, and every German noun counts as a detail.
#include "data/data_error.hpp"
#include "phrases/text_rules_json.hpp"
#include "test_support.hpp"
#include "text/sentences.hpp"
#include "text/tokenizer.hpp"

#include <map>
#include <nlohmann/json.hpp>

using namespace overture;

namespace {

std::shared_ptr<const LintData> pack(const std::string& lang) {
    static std::map<std::string, std::shared_ptr<const LintData>> packs;
    auto& slot = packs[lang];
    if (!slot) {
        LoadedLintData loaded = loadLintData(test::sourceDir(), lang);
        REQUIRE_MESSAGE(loaded.problems.empty(), loaded.problems.front());
        slot = loaded.data;
    }
    return slot;
}

std::vector<std::string> sentencesOf(std::string_view text, const text::TextRules& rules) {
    const auto tokens = text::tokenize(text);
    std::vector<std::string> out;
    for (const text::Sentence& s : text::splitSentences(text, tokens, rules))
        if (s.wordCount > 0)
            out.emplace_back(text.substr(s.begin, s.end - s.begin));
    return out;
}

std::size_t countWithout(std::string_view text) {
    const auto tokens = text::tokenize(text);
    std::size_t n = 0;
    for (const text::Sentence& s : text::splitSentences(text, tokens))
        n += s.wordCount > 0 ? 1 : 0;
    return n;
}

void expectSentences(const std::string& lang, std::string_view text,
                     const std::vector<std::string>& expected) {
    const auto got = sentencesOf(text, pack(lang)->pack.text);
    std::string shown;
    for (const auto& s : got)
        shown += "\n  [" + s + "]";
    INFO(lang << ": " << std::string(text) << "\ngot:" << shown);
    CHECK(got == expected);
}

} // namespace

TEST_CASE("text rules: German abbreviations and ordinals do not end a sentence") {
    const std::string note = "Wir nutzen z. B. Kafka bzw. Flink. Am 3. März starten wir.";
    expectSentences("de", note, {"Wir nutzen z. B. Kafka bzw. Flink.", "Am 3. März starten wir."});
    // Without the German rules the same note falls apart at every dot.
    CHECK(countWithout(note) > 2);
    expectSentences("de", "Das ist z.B. im Kap. 3 erklärt, d. h. ganz vorn. Danke!",
                    {"Das ist z.B. im Kap. 3 erklärt, d. h. ganz vorn.", "Danke!"});
    // "usw." ends a sentence before a capital, not before a small letter.
    expectSentences("de", "Wir bauen Pumpen, Ventile usw. Das Team ist klein.",
                    {"Wir bauen Pumpen, Ventile usw.", "Das Team ist klein."});
    expectSentences("de", "Pumpen, Ventile usw. sind unser Geschäft.",
                    {"Pumpen, Ventile usw. sind unser Geschäft."});
    // The German quotes close with the sentence.
    expectSentences("de", "Ihr Satz „weniger ist mehr.“ blieb hängen. Danke!",
                    {"Ihr Satz „weniger ist mehr.“ blieb hängen.", "Danke!"});
}

TEST_CASE("text rules: French abbreviations, guillemets and the space before ? ! : ;") {
    expectSentences("fr", "M. Dupont et Mme Petit m'ont parlé de vous, p. ex. de Kafka. Merci !",
                    {"M. Dupont et Mme Petit m'ont parlé de vous, p. ex. de Kafka.", "Merci !"});
    expectSentences("fr", "Bonjour ! Comment allez-vous ? Votre guide : « clair ». Merci.",
                    {"Bonjour !", "Comment allez-vous ?", "Votre guide : « clair ».", "Merci."});
    expectSentences("fr", "Le 1er mars, nous lançons le pilote. Êtes-vous partante ?",
                    {"Le 1er mars, nous lançons le pilote.", "Êtes-vous partante ?"});
}

TEST_CASE("text rules: Spanish abbreviations and the opening ¿ ¡") {
    expectSentences("es", "Hola, Sra. Ruiz. ¿Vendrá la Dra. Gómez? ¡Claro que sí!",
                    {"Hola, Sra. Ruiz.", "¿Vendrá la Dra. Gómez?", "¡Claro que sí!"});
    expectSentences("es", "Usamos p. ej. Kafka en EE. UU. y en Chile. Gracias.",
                    {"Usamos p. ej. Kafka en EE. UU. y en Chile.", "Gracias."});
    expectSentences("es", "Es el 1.º de la lista. Gracias.",
                    {"Es el 1.º de la lista.", "Gracias."});
}

TEST_CASE("text rules: the English pack keeps its own splitting") {
    // English has no "text" rules; its abbreviations live in the splitter as before.
    CHECK(pack("en")->pack.text.abbreviations.empty());
    const std::string note = "Dr. Lee wrote it. Thanks!";
    CHECK(countWithout(note) == 2);
    CHECK(sentencesOf(note, pack("en")->pack.text).size() == 2);
}

TEST_CASE("text rules: a broken text field names the file and the field") {
    const auto bad = [](const char* json) {
        return parseTextRules(nlohmann::json::parse(json), "de/language.json");
    };
    CHECK_THROWS_WITH_AS(bad(R"({"text": {"ordinal_dot": "yes"}})"),
                         doctest::Contains("text.ordinal_dot"), DataError);
    CHECK_THROWS_WITH_AS(bad(R"({"text": {"abbreviations": ["..."]}})"),
                         doctest::Contains("text.abbreviations"), DataError);
    CHECK_THROWS_WITH_AS(bad(R"({"text": []})"), doctest::Contains("text"), DataError);
    CHECK_NOTHROW(bad(R"({"language": "de"})"));
}

TEST_CASE("text rules: a German noun is not a name, an unknown capital still is") {
    std::string error;
    const std::shared_ptr<const Speller> speller = HunspellSpeller::open("de_DE", error);
    REQUIRE_MESSAGE(speller != nullptr, "Hunspell de_DE is not installed: " << error);
    const Linter linter(pack("de"), speller);
    Recipient card;
    card.name = "Christina Böhm";
    card.relationship = Relationship::NeverInteracted;
    // Only ordinary nouns: nothing specific, whatever their capitals.
    const Report vague = linter.lint("Hallo Christina, Sie haben sicher spannende Einblicke in "
                                     "die Branche. Ich würde mich freuen, mich zu vernetzen.",
                                     card);
    CHECK(test::hasSerious(vague, "no-specifics"));
    // A name the dictionary does not know is a detail.
    const Report named = linter.lint("Hallo Christina, Ihr Einsatz für Kestrelwerk hat mich "
                                     "überzeugt, weil wir Ähnliches planen. Darf ich fragen?",
                                     card);
    CHECK_FALSE(test::hasSerious(named, "no-specifics"));
    // A German note with abbreviations counts its real sentences.
    const Report counted = linter.lint("Hallo Christina, Ihr Vortrag zu z. B. Wärmepumpen am "
                                       "3. März war klar. Wir planen bzw. bauen 12 Anlagen.",
                                       card);
    CHECK(counted.stats.sentences == 2);
}
