// The opener library (templates/openers.json): every shipped opener, filled with its own
// example values, is a note the linter accepts (nothing at warning or above, spelling
// included, for every relationship it is offered for). Also: filtering by relationship and
// search, filling from a card, unfilled placeholders marked, the person's own openers merged.
#include "data/data_locator.hpp"
#include "data/embedded_data.hpp"
#include "openers/opener_library.hpp"
#include "test_support.hpp"

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
    // The common situations of the issue.
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

TEST_CASE("openers: every opener filled with its example lints clean for each relationship") {
    for (const Opener& o : shippedOpeners().all()) {
        const FilledOpener filled = fillPlaceholders(o.text, exampleValues(o));
        for (const Relationship rel : o.relationships) {
            Recipient card = exampleCard(o);
            card.relationship = rel;
            const Report r = test::lint(filled.text, card);
            CHECK_MESSAGE(test::seriousRules(r).empty(), o.id << " as " << relationshipId(rel)
                                                              << ":\n  " << filled.text
                                                              << test::describe(r, filled.text));
            CHECK_MESSAGE(r.stats.characters <= static_cast<std::size_t>(kFreeAccountLimit),
                          o.id << " is " << r.stats.characters << " characters");
        }
    }
}

TEST_CASE("openers: fillOpener fills from the card, the same as the example values") {
    for (const Opener& o : shippedOpeners().all()) {
        Recipient card = exampleCard(o);
        const FilledOpener fromCard = fillOpener(o, card);
        // Openers whose details are all on the card (name, company, role, context, and
        // one detail placeholder that takes the context) fill completely from it.
        if (fromCard.unfilled.empty())
            CHECK(fromCard.text.find('{') == std::string::npos);
    }
    const OpenerLibrary lib = OpenerLibrary::fromJson(kTemplate, "test");
    Recipient card;
    card.name = "Priya Shah";
    card.context = "PyCon UK";
    const FilledOpener filled = fillOpener(*lib.find("a"), card);
    CHECK(filled.text == "Hi Priya, good to meet you at PyCon UK.");
    CHECK(filled.unfilled.empty());
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

TEST_CASE("openers: the one detail placeholder takes the card's context") {
    const OpenerLibrary lib = OpenerLibrary::fromJson(R"({"openers": [
      {"id": "one", "title": "t", "text": "At {event} we spoke.", "relationships": []},
      {"id": "two", "title": "t", "text": "At {event} we spoke of {topic}.", "relationships": []},
      {"id": "ctx", "title": "t", "text": "At {context} we spoke of {topic}.", "relationships": []}
    ]})",
                                                      "test");
    Recipient card;
    card.context = "PyCon";
    CHECK(fillOpener(*lib.find("one"), card).text == "At PyCon we spoke.");
    // With two detail placeholders, one context cannot fill both: neither is guessed.
    CHECK(fillOpener(*lib.find("two"), card).unfilled.size() == 2);
    // An opener that uses {context} itself keeps {topic} for the person to write.
    const FilledOpener ctx = fillOpener(*lib.find("ctx"), card);
    CHECK(ctx.text == "At PyCon we spoke of {topic}.");
    CHECK(ctx.unfilled.size() == 1);
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
    CHECK(card.relationship == Relationship::FollowsTheirWork);
    CHECK_FALSE(exampleCard(*lib.find("c")).relationship.has_value());
}
