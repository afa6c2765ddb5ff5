// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The hint for a note in another installed language: checked with the default en_US, a
// German, French or Spanish note gets one line naming the --lang to use; with that --lang,
// the same note is checked in its language (its pack's rules, its dictionary) and gets no
// hint. An English note never gets one.
#include "cli_support.hpp"

using namespace overture::clitest;

namespace {

const std::string kGerman = "Hallo Frau Weber, Ihr Vortrag über Echtzeit-Linux hat mir sehr "
                            "geholfen. Wir portieren gerade unsere Steuerung auf einen neuen "
                            "Prozessor. Wie sind Sie mit den Latenzspitzen umgegangen?";

} // namespace

TEST_CASE("cli: a German note checked in English says which --lang to use") {
    const Run r = lint({"-"}, kGerman);
    INFO(r.out << r.err);
    CHECK(r.out.find("hint: this note looks like Deutsch — check it with --lang de_DE") !=
          std::string::npos);
}

TEST_CASE("cli: with --lang de_DE the German note is checked in German, without the hint") {
    const Run r = lint(
        {"--lang", "de_DE", "--name", "Katrin Weber", "--relationship", "follows-their-work", "-"},
        kGerman);
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("this note looks like") == std::string::npos);
    CHECK(r.out.find("warning:") == std::string::npos); // spelling included
    // The German stock invitation is the stock text there.
    const Run stock = lint({"--lang", "de_DE", "-"},
                           "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn "
                           "hinzufügen.");
    CHECK(stock.out.find("[default-text]") != std::string::npos);
}

TEST_CASE("cli: French and Spanish notes get the hint to their language, English none") {
    const Run fr = lint({"-"}, "Bonjour Claire, votre intervention sur les migrations m'a fait "
                               "gagner un temps fou. Je prépare la même bascule chez nous. "
                               "Auriez-vous un conseil sur le découpage des index ?");
    CHECK(fr.out.find("check it with --lang fr_FR") != std::string::npos);
    const Run es = lint({"-"}, "Hola Lucía, tu charla sobre colas me ayudó muchísimo. Estamos "
                               "migrando nuestro sistema de pedidos este trimestre. ¿Cómo "
                               "gestionasteis los errores?");
    CHECK(es.out.find("check it with --lang es_ES") != std::string::npos);
    const Run en = lint({"-"}, "Hi Sam, your talk on Kafka retries saved us a week. We are "
                               "moving our order system this quarter. How did you size the "
                               "partitions?");
    CHECK(en.out.find("this note looks like") == std::string::npos);
}
