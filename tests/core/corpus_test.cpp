// The labelled corpus (a copy of ../shared/corpus/notes.json in tests/data/corpus.json),
// judged through the engine exactly as ../shared/tools/check-corpus judges the CLI:
//   bad:  at least one of the expected rules reports at warning or error;
//   good: nothing at warning or error except spelling (proper nouns in good notes).
// Spelling runs with the real en_US dictionary, as the CLI's default does.
#include "test_support.hpp"

#include <nlohmann/json.hpp>

using namespace overture;

namespace {

struct Note {
    std::string id;
    std::string label;
    std::string text;
    Recipient card;
    std::vector<std::string> expect;
};

std::vector<Note> loadCorpus() {
    const auto json = nlohmann::json::parse(test::readFile(test::testDataDir() / "corpus.json"));
    REQUIRE(json.is_array());
    std::vector<Note> notes;
    for (const auto& n : json) {
        Note note;
        note.id = n.at("id").get<std::string>();
        note.label = n.at("label").get<std::string>();
        note.text = n.at("text").get<std::string>();
        note.card.name = n.value("name", "");
        note.card.company = n.value("company", "");
        note.card.context = n.value("context", "");
        const std::string rel = n.value("relationship", n.value("rel", ""));
        if (!rel.empty()) {
            note.card.relationship = parseRelationship(rel);
            REQUIRE_MESSAGE(note.card.relationship.has_value(), note.id << ": " << rel);
        }
        if (n.contains("expect"))
            note.expect = n["expect"].get<std::vector<std::string>>();
        notes.push_back(std::move(note));
    }
    return notes;
}

} // namespace

TEST_CASE("corpus: the copy is the labelled corpus of 26 notes, 8 good and 18 bad") {
    const auto notes = loadCorpus();
    CHECK(notes.size() == 26);
    CHECK(std::count_if(notes.begin(), notes.end(),
                        [](const Note& n) { return n.label == "good"; }) == 8);
    for (const Note& n : notes) {
        CAPTURE(n.id);
        CHECK((n.label == "good" || n.label == "bad"));
        if (n.label == "bad") {
            CHECK_FALSE(n.expect.empty());
            for (const auto& rule : n.expect)
                CHECK_MESSAGE(findRuleInfo(rule) != nullptr, rule);
        }
    }
}

TEST_CASE("corpus: every bad note is caught by one of its expected rules") {
    for (const Note& n : loadCorpus()) {
        if (n.label != "bad")
            continue;
        const Report r = test::lint(n.text, n.card);
        const auto serious = test::seriousRules(r);
        const bool caught = std::any_of(n.expect.begin(), n.expect.end(),
                                        [&](const auto& rule) { return serious.count(rule) != 0; });
        CHECK_MESSAGE(caught, n.id << ": expected one of the rules it is labelled with\n  "
                                   << n.text << test::describe(r, n.text));
        CHECK_MESSAGE(!r.ready, n.id << " is bad but ready");
    }
}

TEST_CASE("corpus: no good note gets a finding at warning or above, spelling aside") {
    for (const Note& n : loadCorpus()) {
        if (n.label != "good")
            continue;
        const Report r = test::lint(n.text, n.card);
        auto serious = test::seriousRules(r);
        serious.erase("spelling");
        CHECK_MESSAGE(serious.empty(),
                      n.id << ": good note flagged\n  " << n.text << test::describe(r, n.text));
        for (const Reason reason : {Reason::Indistinguishable, Reason::Disingenuous,
                                    Reason::LackingCreativity, Reason::Lazy})
            CHECK_MESSAGE(r.grade(reason) == Grade::Ok, n.id);
    }
}

TEST_CASE("corpus: the good notes stay good with the free-account limit of 200") {
    for (const Note& n : loadCorpus()) {
        if (n.label != "good")
            continue;
        Recipient c = n.card;
        c.limit = kFreeAccountLimit;
        const Report r = test::lint(n.text, c);
        CHECK_MESSAGE(!test::has(r, "length"), n.id << " is " << r.stats.characters);
    }
}
