// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The opener library (templates/openers.json): every shipped opener names only slots the
// card asks for each relationship it is offered for, is filled from an example card of
// that relationship with each value in the slot of its own kind, and is then a note the
// linter accepts (nothing at warning or above, spelling included). Also: filtering by
// relationship and search, unfilled placeholders marked, a draft turned into an opener
// (card values back into slots), loading with its fallback, own openers merged.
#include "data/data_locator.hpp"
#include "data/embedded_data.hpp"
#include "openers/opener_files.hpp"
#include "openers/opener_from_draft.hpp"
#include "openers/opener_library.hpp"
#include "test_support.hpp"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

using namespace overture;

namespace {

const OpenerLibrary& shippedOpeners() {
    static const OpenerLibrary lib = OpenerLibrary::fromJson(
        test::readFile(test::sourceDir() / kOpenersFile), "templates/openers.json");
    return lib;
}

// The opener's example values, with {first_name} taken from the example's name.
std::map<std::string, std::string> exampleValues(const Opener& o) {
    auto values = o.example;
    values.emplace("first_name", exampleCard(o).firstName());
    return values;
}

const char* const kTemplate = R"({"version": 1, "openers": [
  {"id": "a", "title": "Met at an event", "relationships": ["met-in-person"],
   "situations": ["event"], "text": "Hi {first_name}, good to meet you at {event}.",
   "example": {"name": "Priya Shah", "event": "PyCon"}},
  {"id": "b", "title": "Read their article", "relationships": ["follows-their-work", "never-interacted"],
   "situations": ["article"], "text": "Hi {first_name}, your article on {topic} at {company} helped.",
   "example": {"name": "Tom Lee", "topic": "caching", "company": "Acme"}},
  {"id": "c", "title": "Any situation", "relationships": [], "situations": [],
   "text": "Hi {name}, {reason}."}
]})";

} // namespace

TEST_CASE("openers: the shipped library is large and covers every relationship") {
    const auto& all = shippedOpeners().all();
    CHECK(all.size() >= 40);
    for (const Relationship r : kAllRelationships) {
        CAPTURE(relationshipId(r));
        CHECK(shippedOpeners().filter(r).size() >= 3);
    }
    std::set<std::string> situations;
    for (const Opener& o : all) {
        CHECK_FALSE(o.id.empty());
        CHECK_FALSE(o.title.empty());
        CHECK_FALSE(o.relationships.empty());
        CHECK_FALSE(o.own);
        situations.insert(o.situations.begin(), o.situations.end());
    }
    // The situations people most often write an invitation in.
    for (const char* s :
         {"event", "talk", "article", "introduction", "school", "group", "former-colleague",
          "customer", "supplier", "job-application", "recruiter", "candidate", "reconnect"})
        CHECK_MESSAGE(situations.count(s) == 1, s);
}

TEST_CASE("openers: the built-in copy is the shipped file") {
    CHECK(embeddedFile(kOpenersFile) == test::readFile(test::sourceDir() / kOpenersFile));
}

TEST_CASE("openers: every opener has an example for each of its placeholders") {
    for (const Opener& o : shippedOpeners().all()) {
        CAPTURE(o.id);
        const FilledOpener filled = fillPlaceholders(o.text, exampleValues(o));
        CHECK_MESSAGE(filled.unfilled.empty(), o.id << ": " << filled.text);
        CHECK(filled.text.find('{') == std::string::npos);
        CHECK_FALSE(exampleCard(o).name.empty());
    }
}

// The placeholders an opener may name when offered for `rel`: the card's fields, and the
// detail slots the card asks for that relationship.
std::set<std::string> askedFor(Relationship rel) {
    std::set<std::string> out(kCardPlaceholders.begin(), kCardPlaceholders.end());
    for (const DetailSlot slot : detailSlotsFor(rel))
        out.emplace(detailSlotId(slot));
    return out;
}

TEST_CASE("openers: each opener names only slots the card asks for its relationships") {
    for (const Opener& o : shippedOpeners().all())
        for (const Relationship rel : o.relationships)
            for (const std::string& name : placeholdersOf(o.text))
                CHECK_MESSAGE(askedFor(rel).contains(name),
                              o.id << " as " << relationshipId(rel) << " names {" << name
                                   << "}, which that card does not ask");
}

TEST_CASE("openers: filled from a card, every value lands in the slot of its own kind") {
    for (const Opener& o : shippedOpeners().all()) {
        for (const Relationship rel : o.relationships) {
            CAPTURE(o.id);
            CAPTURE(relationshipId(rel));
            // A card whose every field and slot holds a value that says what kind it is.
            Recipient marked;
            marked.name = "Name Person";
            marked.company = "company-value";
            marked.role = "role-value";
            marked.reason = "reason-value";
            marked.relationship = rel;
            for (const DetailSlot slot : kAllDetailSlots)
                marked.setDetail(slot, std::string(detailSlotId(slot)) + "-value");
            std::map<std::string, std::string> expected{{"first_name", "Name"},
                                                        {"name", "Name Person"}};
            for (const std::string key : {"company", "role", "reason"})
                expected[key] = key + "-value";
            for (const DetailSlot slot : kAllDetailSlots)
                expected[std::string(detailSlotId(slot))] =
                    std::string(detailSlotId(slot)) + "-value";
            const FilledOpener filled = fillOpener(o, marked);
            CHECK(filled.unfilled.empty());
            // Each placeholder became exactly the value of its own slot...
            CHECK(filled.text == fillPlaceholders(o.text, expected).text);
            // ...and no value of a slot the opener does not name appears anywhere.
            const auto named = placeholdersOf(o.text);
            for (const auto& [key, value] : expected)
                if (std::find(named.begin(), named.end(), key) == named.end() &&
                    key != "first_name" && key != "name")
                    CHECK_MESSAGE(
                        filled.text.find(value) == std::string::npos,
                        "{" << key << "} is not in the opener, yet its value is: " << filled.text);
        }
    }
}

TEST_CASE("openers: every opener filled from its example card lints clean for each relationship") {
    for (const Opener& o : shippedOpeners().all()) {
        for (const Relationship rel : o.relationships) {
            const Recipient card = exampleCard(o, rel);
            const FilledOpener filled = fillOpener(o, card);
            CHECK_MESSAGE(filled.unfilled.empty(),
                          o.id << " as " << relationshipId(rel) << ": " << filled.text);
            const Report r = test::lint(filled.text, card);
            CHECK_MESSAGE(test::seriousRules(r).empty(), o.id << " as " << relationshipId(rel)
                                                              << ":\n  " << filled.text
                                                              << test::describe(r, filled.text));
            CHECK_MESSAGE(r.stats.characters <= static_cast<std::size_t>(kFreeAccountLimit),
                          o.id << " is " << r.stats.characters << " characters");
        }
    }
}

TEST_CASE("openers: a typed card fills each slot from its own field, never from another") {
    const OpenerLibrary lib = OpenerLibrary::fromJson(R"({"openers": [
      {"id": "work", "title": "t", "text": "Hi {first_name}, your article on {topic} helped.",
       "relationships": ["follows-their-work"]},
      {"id": "group", "title": "t", "text": "Hi {first_name}, fellow {group} member here.",
       "relationships": ["shared-group"]}
    ]})",
                                                      "test");
    // A card whose one detail, "her Kafka post", is their work: not a topic, not a group.
    Recipient card;
    card.name = "Ana Lopez";
    card.relationship = Relationship::FollowsTheirWork;
    card.setDetail(DetailSlot::Work, "her Kafka post");
    const FilledOpener work = fillOpener(*lib.find("work"), card);
    CHECK(work.text == "Hi Ana, your article on {topic} helped.");
    CHECK(work.unfilled.size() == 1);
    CHECK(fillOpener(*lib.find("group"), card).text == "Hi Ana, fellow {group} member here.");
    card.setDetail(DetailSlot::Topic, "Kafka retries");
    card.setDetail(DetailSlot::Group, "the Kafka Slack");
    CHECK(fillOpener(*lib.find("work"), card).text ==
          "Hi Ana, your article on Kafka retries helped.");
    CHECK(fillOpener(*lib.find("group"), card).text ==
          "Hi Ana, fellow the Kafka Slack member here.");
    // The engine reads the typed details through the card's free text; a placeholder's
    // fix asks for the slot by its id.
    CHECK(card.context == "her Kafka post; Kafka retries; the Kafka Slack");
    CHECK(card.field("group") == "the Kafka Slack");
    CHECK(card.field("work") == "her Kafka post");
}

TEST_CASE("openers: placeholders the card cannot fill stay visible and are marked") {
    const OpenerLibrary lib = OpenerLibrary::fromJson(kTemplate, "test");
    Recipient card;
    card.name = "Tom Lee";
    const FilledOpener filled = fillOpener(*lib.find("b"), card);
    CHECK(filled.text == "Hi Tom, your article on {topic} at {company} helped.");
    REQUIRE(filled.unfilled.size() == 2);
    auto at = [&](const Span& s) { return filled.text.substr(s.begin, s.end - s.begin); };
    CHECK(at(filled.unfilled[0]) == "{topic}");
    CHECK(at(filled.unfilled[1]) == "{company}");
    // And the linter calls them placeholders, so an unfilled opener is never "ready".
    const Report r = test::lint(filled.text, card);
    CHECK(test::findingsOf(r, "placeholder").size() == 2);
    CHECK_FALSE(r.ready);
}

TEST_CASE("openers: fillPlaceholders keeps text around braces and unmatched braces") {
    const std::map<std::string, std::string> v = {{"a", "1"}, {"b", "22"}, {"empty", ""}};
    CHECK(fillPlaceholders("x{a}y{b}z", v).text == "x1y22z");
    CHECK(fillPlaceholders("{a}{a}", v).text == "11");
    const FilledOpener e = fillPlaceholders("[{empty}] and {missing}", v);
    CHECK(e.text == "[{empty}] and {missing}");
    CHECK(e.unfilled.size() == 2);
    CHECK(fillPlaceholders("no braces", v).text == "no braces");
    CHECK(fillPlaceholders("open { only", v).text == "open { only");
    CHECK(fillPlaceholders("", v).text.empty());
    // Values with accents and emoji are inserted as they are; spans are bytes.
    const FilledOpener u = fillPlaceholders("\xF0\x9F\x91\x8B {x} {a}", {{"a", "Zoë"}});
    CHECK(u.text == "\xF0\x9F\x91\x8B {x} Zoë");
    REQUIRE(u.unfilled.size() == 1);
    CHECK(u.unfilled[0] == Span{5, 8});
}

TEST_CASE("openers: a command-line card's one untyped context serves one detail slot") {
    const OpenerLibrary lib = OpenerLibrary::fromJson(R"({"openers": [
      {"id": "one", "title": "t", "text": "At {event} we spoke.", "relationships": []},
      {"id": "two", "title": "t", "text": "At {event} we spoke of {topic}.", "relationships": []},
      {"id": "ctx", "title": "t", "text": "At {context} we spoke of {topic}.", "relationships": []}
    ]})",
                                                      "test");
    Recipient card;
    card.context = "PyCon"; // overture-lint --context PyCon: no typed details
    CHECK(fillOpener(*lib.find("one"), card).text == "At PyCon we spoke.");
    // With two detail slots, one context cannot fill both: neither is guessed.
    CHECK(fillOpener(*lib.find("two"), card).unfilled.size() == 2);
    // An opener that uses {context} itself keeps {topic} for the person to write.
    const FilledOpener ctx = fillOpener(*lib.find("ctx"), card);
    CHECK(ctx.text == "At PyCon we spoke of {topic}.");
    CHECK(ctx.unfilled.size() == 1);
    // With a relationship, the context is the detail that relationship rests on: where
    // you met fills {event} beside an empty {topic}, and never a lone {topic}.
    const OpenerLibrary met = OpenerLibrary::fromJson(R"({"openers": [
      {"id": "two", "title": "t", "text": "At {event} we spoke of {topic}.", "relationships": []},
      {"id": "topic", "title": "t", "text": "We spoke of {topic}.", "relationships": []}
    ]})",
                                                      "test");
    Recipient metCard;
    metCard.relationship = Relationship::MetInPerson;
    metCard.context = "PyCon";
    const FilledOpener two = fillOpener(*met.find("two"), metCard);
    CHECK(two.text == "At PyCon we spoke of {topic}.");
    CHECK(two.unfilled.size() == 1);
    CHECK(fillOpener(*met.find("topic"), metCard).text == "We spoke of {topic}.");
    // A typed card never lends one slot's value to another.
    Recipient typed;
    typed.setDetail(DetailSlot::Topic, "parsers");
    CHECK(fillOpener(*lib.find("one"), typed).text == "At {event} we spoke.");
}

TEST_CASE("openers: a draft saved as an opener has the card's values turned back into slots") {
    Recipient card;
    card.name = "Sam Okafor";
    card.company = "Northwind";
    card.relationship = Relationship::MetInPerson;
    card.setDetail(DetailSlot::Event, "RustConf");
    card.setDetail(DetailSlot::Topic, "async runtimes");
    const OpenerLibrary lib = OpenerLibrary::fromJson(kTemplate, "test");
    const Opener o = openerFromDraft(
        "Hi Sam, good to meet you at RustConf. Sam's take on Async Runtimes at Northwind "
        "stayed with me; Samuel and Samsung are other people.",
        card, "  After RustConf ", {Relationship::MetInPerson, Relationship::SharedGroup}, lib);
    CHECK(o.text == "Hi {first_name}, good to meet you at {event}. {first_name}'s take on {topic} "
                    "at {company} stayed with me; Samuel and Samsung are other people.");
    CHECK(o.title == "After RustConf");
    CHECK(o.id == "own-after-rustconf");
    CHECK(o.own);
    CHECK(o.relationships ==
          std::vector<Relationship>{Relationship::MetInPerson, Relationship::SharedGroup});
    // The full name before the first name; a taken id gets a number.
    CHECK(placeholdersFromCard("Dear Sam Okafor,", card) == "Dear {name},");
    OpenerLibrary withIt = lib;
    withIt.add(o);
    CHECK(ownOpenerId("After RustConf!", withIt) == "own-after-rustconf-2");
    // Filled again from the same card, it is the draft again.
    CHECK(fillOpener(o, card).text.find("Hi Sam, good to meet you at RustConf.") == 0);
}

TEST_CASE("openers: loading falls back to the built-in copy and leaves a broken own file alone") {
    const auto dir = std::filesystem::temp_directory_path() / "overture-opener-files-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "templates");
    std::ofstream(dir / "templates/openers.json") << R"({"openers": [ {"id": )";
    std::ofstream(dir / "own.json") << "not json";
    const LoadedOpeners loaded = loadOpeners(dir, dir / "own.json");
    REQUIRE(loaded.problems.size() == 2);
    CHECK(loaded.problems[0].find("templates/openers.json:1:") != std::string::npos);
    CHECK(loaded.problems[0].find("built-in") != std::string::npos);
    CHECK(loaded.problems[1].find("own.json") != std::string::npos);
    CHECK(loaded.shipped.all().size() == shippedOpeners().all().size());
    CHECK_FALSE(loaded.ownWritable);
    CHECK(test::readFile(dir / "own.json") == "not json");
    // No own file is no problem.
    const LoadedOpeners fresh = loadOpeners(dir, dir / "missing.json");
    CHECK(fresh.ownWritable);
    CHECK(fresh.problems.size() == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("openers: filtering by relationship and by search words") {
    const OpenerLibrary lib = OpenerLibrary::fromJson(kTemplate, "test");
    auto ids = [](const std::vector<const Opener*>& os) {
        std::vector<std::string> out;
        for (const Opener* o : os)
            out.push_back(o->id);
        return out;
    };
    CHECK(ids(lib.filter(std::nullopt)) == std::vector<std::string>{"a", "b", "c"});
    // An opener with no relationships fits every relationship.
    CHECK(ids(lib.filter(Relationship::MetInPerson)) == std::vector<std::string>{"a", "c"});
    CHECK(ids(lib.filter(Relationship::NeverInteracted)) == std::vector<std::string>{"b", "c"});
    CHECK(ids(lib.filter(Relationship::WorkedTogether)) == std::vector<std::string>{"c"});
    // Search: title, situations and text, every word, case-insensitive.
    CHECK(ids(lib.filter(std::nullopt, "EVENT")) == std::vector<std::string>{"a"});
    CHECK(ids(lib.filter(std::nullopt, "article helped")) == std::vector<std::string>{"b"});
    CHECK(ids(lib.filter(std::nullopt, "article event")).empty());
    CHECK(ids(lib.filter(Relationship::MetInPerson, "article")).empty());
    CHECK(ids(lib.filter(std::nullopt, "  ")) == std::vector<std::string>{"a", "b", "c"});

    // The shipped library: a search a person would type.
    const auto talks = shippedOpeners().filter(Relationship::FollowsTheirWork, "talk");
    CHECK_FALSE(talks.empty());
    for (const Opener* o : talks) {
        const bool fits = std::find(o->relationships.begin(), o->relationships.end(),
                                    Relationship::FollowsTheirWork) != o->relationships.end();
        CHECK(fits);
    }
}

TEST_CASE("openers: a person's own openers are merged, the same id replaces the shipped one") {
    OpenerLibrary lib = OpenerLibrary::fromJson(kTemplate, "test");
    const OpenerLibrary own = OpenerLibrary::fromJson(R"({"openers": [
      {"id": "a", "title": "My event opener", "relationships": ["met-in-person"],
       "text": "Hi {first_name}, lovely to meet you at {event}!"},
      {"id": "mine", "title": "Mine", "relationships": ["shared-group"],
       "text": "Hi {first_name}, fellow {group} member here."}
    ]})",
                                                      "personal openers.json", true);
    CHECK(own.all().at(0).own);
    lib.merge(own);
    CHECK(lib.all().size() == 4);
    REQUIRE(lib.find("a") != nullptr);
    CHECK(lib.find("a")->title == "My event opener");
    CHECK(lib.find("a")->own);
    REQUIRE(lib.find("mine") != nullptr);
    CHECK(lib.find("b")->own == false);
    CHECK(lib.filter(Relationship::SharedGroup).size() == 2); // "mine" and the any-situation one

    CHECK(lib.remove("mine"));
    CHECK_FALSE(lib.remove("mine"));
    CHECK(lib.find("mine") == nullptr);
}

TEST_CASE("openers: toJson writes the same schema back") {
    const OpenerLibrary lib = OpenerLibrary::fromJson(kTemplate, "test");
    const OpenerLibrary again = OpenerLibrary::fromJson(lib.toJson(), "round trip");
    REQUIRE(again.all().size() == lib.all().size());
    for (std::size_t i = 0; i < lib.all().size(); ++i) {
        const Opener& a = lib.all()[i];
        const Opener& b = again.all()[i];
        CHECK(a.id == b.id);
        CHECK(a.title == b.title);
        CHECK(a.text == b.text);
        CHECK(a.relationships == b.relationships);
        CHECK(a.situations == b.situations);
        CHECK(a.example == b.example);
    }
}

TEST_CASE("openers: exampleCard describes the example") {
    const OpenerLibrary lib = OpenerLibrary::fromJson(kTemplate, "test");
    const Recipient card = exampleCard(*lib.find("b"));
    CHECK(card.name == "Tom Lee");
    CHECK(card.company == "Acme");
    CHECK(card.detail(DetailSlot::Topic) == "caching");
    CHECK(card.relationship == Relationship::FollowsTheirWork);
    CHECK(exampleCard(*lib.find("b"), Relationship::NeverInteracted).relationship ==
          Relationship::NeverInteracted);
    CHECK_FALSE(exampleCard(*lib.find("c")).relationship.has_value());
}
