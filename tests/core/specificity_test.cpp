// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Specific means specific to this person (engine/specificity.cpp): a talk, a post, a
// project, an event, a number, a named person or place, or a word of the card's "where or
// what" makes a detail; what a mail merge fills in (the company, role, school, industry,
// a work anniversary) does not, and neither does a word for being unknown.
#include "engine/analysis.hpp"
#include "test_support.hpp"

using namespace overture;
using overture::test::lint;

namespace {

// The card of a mail merge: everything a CRM export holds.
Recipient merged() {
    Recipient c = test::card(Relationship::NeverInteracted, "Ana Lima", "Spotify");
    c.role = "Senior Data Engineer";
    return c;
}

// The words the engine counts as details, with the real speller (the first word of a
// sentence is a name only when the dictionary does not know it).
std::vector<std::string> detailsIn(const std::string& text, const Recipient& card) {
    const LintOptions options;
    LintContext ctx{text, card, options, *test::shippedData()};
    ctx.speller = test::englishSpeller().get();
    analyse(ctx);
    std::vector<std::string> out;
    for (const Span& s : ctx.details)
        out.emplace_back(ctx.slice(s));
    return out;
}

void expectNoDetail(const std::string& text, const Recipient& card) {
    const Report r = lint(text, card);
    INFO("text: " << text << test::describe(r, text));
    const auto details = detailsIn(text, card);
    std::string list;
    for (const auto& d : details)
        list += " \"" + d + "\"";
    INFO("details:" << list);
    CHECK(details.empty());
    CHECK(test::hasSerious(r, "no-specifics"));
    CHECK(std::none_of(r.roles.begin(), r.roles.end(),
                       [](const RoleSpan& s) { return s.role == Role::Detail; }));
}

// `detail` is among the details found, and the note is specific.
void expectDetail(const std::string& text, const Recipient& card, const std::string& detail) {
    const Report r = lint(text, card);
    INFO("text: " << text << test::describe(r, text));
    const auto details = detailsIn(text, card);
    std::string list;
    for (const auto& d : details)
        list += " \"" + d + "\"";
    INFO("details:" << list);
    // A detail found is the expected words, or lies within them, or holds them (the
    // span is the pattern's or the token's: "40%" for "40").
    CHECK(std::any_of(details.begin(), details.end(), [&](const std::string& d) {
        return d.find(detail) != std::string::npos || detail.find(d) != std::string::npos;
    }));
    CHECK_FALSE(test::has(r, "no-specifics"));
    CHECK(std::any_of(r.roles.begin(), r.roles.end(),
                      [](const RoleSpan& s) { return s.role == Role::Detail; }));
}

} // namespace

TEST_CASE("specificity: a mail merge of company, role, school and industry has no detail") {
    const Recipient c = merged();
    expectNoDetail("Hi Ana, I noticed you work at Spotify as a Senior Data Engineer and I'd love "
                   "to learn about your experience at the company.",
                   c);
    expectNoDetail("Hi Ana, as a fellow Stanford alum in the music streaming industry, I would "
                   "love to connect. Would you be open to it?",
                   c);
    expectNoDetail("Hi Ana, I see we both work in the music industry. I'd like to connect with "
                   "professionals in Stockholm. Would you connect?",
                   c);
    expectNoDetail("Hi Ana, Spotify is doing amazing work and I have always admired Spotify. "
                   "Would you like to connect?",
                   c);
    // The recipient's name, however often, is no detail either.
    expectNoDetail("Hi Ana Lima, Ana, I think you are great. Would you like to connect?", c);
}

TEST_CASE("specificity: a count in front of a mail-merge formula is part of it") {
    Recipient c = test::card(Relationship::NeverInteracted, "Elena Sokolova", "Corvid");
    expectNoDetail("Hi Elena, congrats on 5 years at Corvid! Would you like to connect?", c);
    expectNoDetail("Happy 4th work anniversary at Corvid, Elena! Would be great to follow your "
                   "journey from here.",
                   c);
}

TEST_CASE("specificity: an unknown word is not a detail by being unknown") {
    expectNoDetail("Hi Ana, I think your work is fantabulous and zorptastic. Would you like to "
                   "connect?",
                   merged());
}

TEST_CASE("specificity: a talk, a number, a named person or a card context word is a detail") {
    const Recipient c = merged();
    SUBCASE("a named piece of their work") {
        expectDetail("Hi Ana, your talk on feature stores at the Berlin meetup was great. Would "
                     "you connect?",
                     c, "your talk on feature stores");
    }
    SUBCASE("a number") {
        expectDetail("Hi Ana, your team cut build times by 40% last year. Would you connect?", c,
                     "40");
    }
    SUBCASE("a proper noun that is not on the card") {
        expectDetail("Hi Ana, I saw you work with Marta Ruiz on the podcast tooling. Would you "
                     "connect?",
                     c, "Marta");
    }
    SUBCASE("a word of the card's 'where or what'") {
        Recipient withContext = c;
        withContext.context = "Junction hackathon mentors";
        expectDetail("Hi Ana, I also mentor at the hackathon and would like to connect. Would you?",
                     withContext, "hackathon");
    }
    SUBCASE("a link or a quotation") {
        expectDetail("Hi Ana, https://example.org/feature-stores changed my mind. Would you "
                     "connect?",
                     c, "https://example.org/feature-stores");
        expectDetail("Hi Ana, \"ship the boring version first\" is on my wall now. Would you "
                     "connect?",
                     c, "\"ship the boring version first\"");
    }
}

TEST_CASE("specificity: the company on the card is never a detail, another company is") {
    const Recipient c = merged();
    const auto details = detailsIn("Hi Ana, I saw Spotify and Deezer at the Stockholm expo.", c);
    CHECK(std::find(details.begin(), details.end(), "Spotify") == details.end());
    CHECK(std::find(details.begin(), details.end(), "Deezer") != details.end());
    CHECK(std::find(details.begin(), details.end(), "Stockholm") != details.end());
}
