// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// shouting: words in capitals and rows of exclamation marks. Acronyms (listed or not),
// brand names in capitals, the recipient's own name and company, and a single "!" are
// not shouting.
#include "test_support.hpp"

using namespace overture;
using overture::test::lint;

namespace {

std::vector<std::string> shouted(const std::string& text, const Recipient& c = {}) {
    const Report r = lint(text, c);
    std::vector<std::string> out;
    for (const Finding* f : test::findingsOf(r, "shouting")) {
        CHECK(f->severity == Severity::Warning);
        CHECK(f->reason == Reason::LackingCreativity);
        out.emplace_back(test::covered(text, *f));
    }
    return out;
}

} // namespace

TEST_CASE("shouting: capitals and rows of exclamation marks") {
    CHECK(shouted("HELLO!!! PLEASE ACCEPT MY REQUEST, I REALLY WANT TO CONNECT!!!") ==
          std::vector<std::string>{"HELLO", "!!!",
                                   "PLEASE ACCEPT MY REQUEST, I REALLY WANT TO "
                                   "CONNECT",
                                   "!!!"});
    CHECK(shouted("Hi Ana, I saw your talk on eBPF at KubeCon. AMAZING work!") ==
          std::vector<std::string>{"AMAZING"});
    CHECK(shouted("Hi Ana, PLEASE ACCEPT my invite.") == std::vector<std::string>{"PLEASE ACCEPT"});
    CHECK(shouted("Great talk!!") == std::vector<std::string>{"!!"});
}

TEST_CASE("shouting: the fix writes the words in lower case") {
    const std::string text = "Hi Ana, PLEASE ACCEPT MY INVITE. I LOVED your talk!!!";
    const Report r = lint(text);
    const auto fs = test::findingsOf(r, "shouting");
    REQUIRE(fs.size() == 3);
    CHECK(fs[0]->replacements == std::vector<std::string>{"please accept my invite"});
    CHECK(test::covered(text, *fs[1]) == "LOVED");
    CHECK(fs[1]->replacements == std::vector<std::string>{"loved"});
    CHECK(fs[2]->replacements == std::vector<std::string>{"!", "."});
}

TEST_CASE("shouting: acronyms are not shouting") {
    CHECK(shouted("Hi Ana, I lead the AWS and GCP migration at NASA and saw your talk on the "
                  "CEO and CTO roles.")
              .empty());
    CHECK(shouted("Hi Ana, the SQL, API and UX parts of your talk helped our B2B SaaS team.")
              .empty());
    // Not in the acronym list, but not English words either: names of things.
    CHECK(shouted("Hi Ana, I work on CUDA compilers at NVIDIA and enjoyed your SIGGRAPH talk.")
              .empty());
    CHECK(shouted("Hi Ana, your OWASP talk helped my team.").empty());
    CHECK(shouted("Hi Ana, I ran IKEA and LEGO pilots.").empty());
}

TEST_CASE("shouting: the recipient's name and company in capitals are not shouting") {
    const Recipient c = test::card(Relationship::MetInPerson, "ANA SILVA", "ACME CORP");
    CHECK(shouted("Hi ANA SILVA, great meeting you at the ACME CORP stand.", c).empty());
}

TEST_CASE("shouting: short words, initials and a single exclamation mark are fine") {
    CHECK(shouted("Hi Ana! I loved your talk. I saw it at A-Level revision day, OK?").empty());
    CHECK(shouted("Hi Ana, J. R. R. Tolkien fans unite! Your talk was great!").empty());
    CHECK(shouted("Hi Ana! Would you connect?!").empty());
    CHECK(shouted("Hi Ana, it\xE2\x80\x99s great! Truly!").empty());
}

TEST_CASE("shouting: without a dictionary a long word in capitals still counts") {
    LintOptions noSpelling;
    noSpelling.spelling = false;
    const Report r = lint("Hi Ana, AMAZING work on the talk.", {}, noSpelling);
    CHECK(test::has(r, "shouting"));
}
