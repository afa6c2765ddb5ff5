// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// wrong-name: a note that greets someone other than the person on the card was written
// for someone else, and reads that way. Nicknames on the card, titles, "Hi there" and
// short forms of the card's name are not flagged.
#include "test_support.hpp"

using namespace overture;
using overture::test::lint;

namespace {

Recipient maria() {
    return test::card(Relationship::MetInPerson, "Maria Lopez", "Northwind");
}

void expectNoWrongName(const std::string& text, const Recipient& c = maria()) {
    const Report r = lint(text, c);
    INFO("text: " << text << test::describe(r, text));
    CHECK_FALSE(test::has(r, "wrong-name"));
}

} // namespace

TEST_CASE("wrong-name: greeting someone else is an error with the card's first name as fix") {
    const std::string text =
        "Hi Tom, it was great talking at PyCon about type checkers. Let's keep in touch.";
    const Report r = lint(text, maria());
    INFO(test::describe(r, text));
    const auto fs = test::findingsOf(r, "wrong-name");
    REQUIRE(fs.size() == 1);
    CHECK(test::covered(text, *fs[0]) == "Tom");
    CHECK(fs[0]->severity == Severity::Error);
    CHECK(fs[0]->reason == Reason::Indistinguishable);
    CHECK(fs[0]->message == "Greets \"Tom\", but the card is for Maria Lopez");
    CHECK(fs[0]->replacements == std::vector<std::string>{"Maria"});
    CHECK_FALSE(r.ready);

    const std::string titled = "Dear Dr. Shah, I read your paper on query planning.";
    const Report t = lint(titled, maria());
    REQUIRE(test::findingsOf(t, "wrong-name").size() == 1);
    CHECK(test::covered(titled, *test::findingsOf(t, "wrong-name")[0]) == "Shah");
}

TEST_CASE("wrong-name: the card's name, a title, a short form or no name at all are fine") {
    expectNoWrongName("Hi Maria, loved your Postgres talk at the Leeds meetup.");
    expectNoWrongName("Dear Dr. Lopez, I read your paper on query planning.");
    expectNoWrongName("Hello Ms Lopez, I read your paper on query planning.");
    expectNoWrongName("Hey Maria Lopez, thanks for the demo.");
    expectNoWrongName("Hi there, I enjoyed your talk on query planning.");
    expectNoWrongName("Hello all, I enjoyed your talk on query planning.");
    expectNoWrongName("Hi Mar, I enjoyed your talk on query planning."); // short for Maria
    expectNoWrongName("Hi! Great talk on query planning at the Leeds meetup.");
    expectNoWrongName("Hi, I'm Sam from Acme and I enjoyed your talk.");
    expectNoWrongName("Hi Great to meet you at the Leeds meetup.");
    expectNoWrongName("Hi [Name], I enjoyed your talk."); // placeholder's job, not this rule's
    // The name she goes by, written on the card.
    expectNoWrongName("Hi Mia, I enjoyed your talk.",
                      test::card(Relationship::MetInPerson, "Maria (Mia) Lopez"));
    // Typed with or without the name's accents.
    const Recipient jose = test::card(Relationship::MetInPerson, "José García");
    expectNoWrongName("Hi Jose, thanks for the talk on Rust at FOSDEM.", jose);
    expectNoWrongName("Hi José, thanks for the talk on Rust at FOSDEM.", jose);
    expectNoWrongName("Hi Zoë, thanks for the talk.",
                      test::card(Relationship::MetInPerson, "Zoe Park"));
    expectNoWrongName("Dear Mr Muller, thanks for the talk.",
                      test::card(Relationship::MetInPerson, "Jörg Müller"));
    // Without a name on the card there is nothing to compare with.
    expectNoWrongName("Hi Tom, I enjoyed your talk.", test::card(Relationship::MetInPerson, ""));
}
