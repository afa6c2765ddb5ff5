// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// placeholder: template leftovers. Every bracket style and the capitalised stand-ins are
// caught; "100%", "<3", "[1]", "2 < 3 > 1", acronyms and names are not. Where the card has
// the value, the fix fills it in.
#include "rules/placeholders.hpp"
#include "test_support.hpp"

using namespace overture;
using overture::test::lint;

namespace {

std::vector<std::string> placeholdersIn(const std::string& text, const Recipient& c = {}) {
    const Report r = lint(text, c);
    std::vector<std::string> out;
    for (const Finding* f : test::findingsOf(r, "placeholder")) {
        CHECK(f->severity == Severity::Error);
        CHECK(f->reason == Reason::LackingCreativity);
        out.emplace_back(test::covered(text, *f));
    }
    return out;
}

} // namespace

TEST_CASE("placeholder: every bracket style") {
    CHECK(placeholdersIn("Hi [Name], I read your post.") == std::vector<std::string>{"[Name]"});
    CHECK(placeholdersIn("Hi {first_name}, I read your post.") ==
          std::vector<std::string>{"{first_name}"});
    CHECK(placeholdersIn("Hi <FIRST NAME>, great post about {{topic}}! Would love to connect.") ==
          std::vector<std::string>{"<FIRST NAME>", "{{topic}}"});
    CHECK(placeholdersIn("Hi %FIRST_NAME%, I read your post.") ==
          std::vector<std::string>{"%FIRST_NAME%"});
    CHECK(placeholdersIn("Hi {{ first name }}, I read your post.") ==
          std::vector<std::string>{"{{ first name }}"});
    CHECK(placeholdersIn("Hi {prénom}, j'ai lu votre article.") ==
          std::vector<std::string>{"{prénom}"});
}

TEST_CASE("placeholder: XXXX and capitalised stand-ins") {
    CHECK(placeholdersIn("XXXX has indicated you are a Friend: I'd like to add you to my "
                         "professional network on LinkedIn. - XXXX") ==
          std::vector<std::string>{"XXXX", "XXXX"});
    CHECK(placeholdersIn("Hi xxx, I read your post.") == std::vector<std::string>{"xxx"});
    CHECK(placeholdersIn("Hi NAME, I enjoyed your talk on TOPIC at COMPANY.") ==
          std::vector<std::string>{"NAME", "TOPIC", "COMPANY"});
    CHECK(placeholdersIn("Hi FIRST NAME, I enjoyed your talk.") ==
          std::vector<std::string>{"FIRST NAME"});
}

TEST_CASE("placeholder: numbers, hearts, references and comparisons are not placeholders") {
    const Recipient c = test::card(Relationship::FollowsTheirWork, "Ana Silva");
    CHECK(placeholdersIn("Hi Ana, your fix cut our bill by 100% <3 and I agree 100%.", c).empty());
    CHECK(placeholdersIn("Hi Ana, the chart in [1] and the footnote [23] were great.", c).empty());
    CHECK(placeholdersIn("Hi Ana, in your talk 2 < 3 > 1 held for every case.", c).empty());
    CHECK(placeholdersIn("Hi Ana, the {} and [] in your Rust slides made sense.", c).empty());
    CHECK(placeholdersIn("Hi Ana, we both saw XX Factor at the Leeds expo.", c).empty());
    CHECK(
        placeholdersIn("Hi Ana, I run NASA and AWS projects from a Name-brand office.", c).empty());
    CHECK(placeholdersIn("Hi Ana, the name of your talk was great.", c).empty());
    CHECK(placeholdersIn("Hi Ana, I loved the [\xE2\x80\xA6] in your quote.", c).empty());
    CHECK(placeholdersIn("Hi Ana, Max the dog says hi; the Xbox demo was great.", c).empty());
}

TEST_CASE("placeholder: the fix fills in what the card knows") {
    Recipient c = test::card(Relationship::MetInPerson, "Priya Shah", "Northwind", "Leeds Data");
    c.role = "Head of Data";
    const std::string text = "Hi {first_name}, great to meet you at [EVENT]. How is {company}? "
                             "Say hi to {{mutual}} and the [Role] crew.";
    const Report r = lint(text, c);
    INFO(test::describe(r, text));
    const auto fs = test::findingsOf(r, "placeholder");
    REQUIRE(fs.size() == 5);
    CHECK(fs[0]->replacements == std::vector<std::string>{"Priya"});
    CHECK(fs[1]->replacements == std::vector<std::string>{"Leeds Data"});
    CHECK(fs[2]->replacements == std::vector<std::string>{"Northwind"});
    CHECK(fs[3]->replacements.empty()); // the card has no mutual contact
    CHECK(fs[4]->replacements == std::vector<std::string>{"Head of Data"});
    CHECK(fs[0]->message.find("{first_name}") != std::string::npos);
}

TEST_CASE("placeholder: cardValueFor knows the common field names") {
    const LintData& data = *test::shippedData();
    Recipient c;
    c.name = "Priya Shah";
    c.company = "Northwind";
    c.role = "CTO";
    c.context = "PyCon";
    c.reason = "hiring";
    CHECK(cardValueFor(data, "name", c) == "Priya Shah");
    CHECK(cardValueFor(data, "firstname", c) == "Priya");
    CHECK(cardValueFor(data, "fname", c) == "Priya");
    CHECK(cardValueFor(data, "companyname", c) == "Northwind");
    CHECK(cardValueFor(data, "organisation", c) == "Northwind");
    CHECK(cardValueFor(data, "jobtitle", c) == "CTO");
    CHECK(cardValueFor(data, "event", c) == "PyCon");
    CHECK(cardValueFor(data, "reason", c) == "hiring");
    CHECK(cardValueFor(data, "unknownfield", c).empty());
}

TEST_CASE("placeholder: words inside a placeholder are not judged by other rules") {
    const std::string text = "Hi [Recipent Nmae], I enjoyed your talk on {toppic} at the Leeds "
                             "meetup. Would you be open to connecting?";
    const Report r = lint(text, test::card(Relationship::MetInPerson));
    INFO(test::describe(r, text));
    CHECK(test::findingsOf(r, "placeholder").size() == 2);
    CHECK_FALSE(test::has(r, "spelling"));
    CHECK_FALSE(test::has(r, "shouting"));
}
