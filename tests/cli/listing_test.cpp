// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// --list-rules, --openers (text and JSON; filtered by --relationship, filled from the card,
// with the person's own openers merged) and --history.
#include "cli_support.hpp"

#include <set>

using namespace overture::clitest;

namespace {

// The stable rule ids: the CLI, the settings and scripts rely on them (added to, never
// renamed).
const std::vector<std::string> kDesignIds = {
    "default-text",    "false-relationship", "generic-phrase", "no-specifics",   "no-reason",
    "no-ask",          "placeholder",        "length",         "sentence-count", "sales-pitch",
    "meeting-request", "flattery",           "apology",        "shouting",       "spelling",
    "repeated-note",   "already-invited",    "wrong-name"};

std::vector<std::string> ids(const nlohmann::json& list) {
    std::vector<std::string> out;
    for (const auto& o : list)
        out.push_back(o["id"].get<std::string>());
    return out;
}

const nlohmann::json* byId(const nlohmann::json& list, const std::string& id) {
    for (const auto& o : list)
        if (o["id"] == id)
            return &o;
    return nullptr;
}

} // namespace

TEST_CASE("cli --list-rules: every rule id with its reason and severity") {
    const Run text = lint({"--list-rules"});
    CHECK(text.exitCode == 0);
    CHECK(text.err.empty());
    for (const auto& id : kDesignIds) {
        const bool listed = text.out.find("\n" + id + "  (") != std::string::npos ||
                            text.out.rfind(id + "  (", 0) == 0;
        CHECK_MESSAGE(listed, id);
    }
    CHECK(text.out.find("default-text  (lacking-creativity, error)") != std::string::npos);
    CHECK(text.out.find("no-ask  (lazy, hint)") != std::string::npos);

    const Run json = lint({"--list-rules", "--format", "json"});
    CHECK(json.exitCode == 0);
    const auto list = json.json();
    REQUIRE(list.is_array());
    CHECK(list.size() == kDesignIds.size());
    std::set<std::string> seen;
    for (const auto& r : list) {
        seen.insert(r["id"].get<std::string>());
        CHECK(r["reason"].is_string());
        CHECK(r["severity"].is_string());
        CHECK_FALSE(r["summary"].get<std::string>().empty());
    }
    CHECK(seen == std::set<std::string>(kDesignIds.begin(), kDesignIds.end()));
    CHECK((*byId(list, "false-relationship"))["reason"] == "disingenuous");
    CHECK((*byId(list, "length"))["severity"] == "error");
}

TEST_CASE("cli --openers: the whole library as JSON") {
    const Run r = lint({"--openers", "--format", "json"});
    CHECK(r.exitCode == 0);
    CHECK(r.err.empty());
    const auto list = r.json();
    REQUIRE(list.is_array());
    CHECK(list.size() >= 40);
    for (const auto& o : list) {
        INFO(o.dump());
        for (const char* key :
             {"id", "title", "relationships", "situations", "template", "text", "unfilled"})
            CHECK(o.contains(key));
        // Without a card, every placeholder stays and is marked.
        CHECK(o["text"] == o["template"]);
        CHECK_FALSE(o["unfilled"].empty());
    }
}

TEST_CASE("cli --openers: filtered by --relationship and filled from the card") {
    const Run r = lint({"--openers", "--relationship", "met-in-person", "--name", "Priya Shah",
                        "--context", "the Leeds Data Meetup", "--format", "json"});
    CHECK(r.exitCode == 0);
    const auto list = r.json();
    REQUIRE_FALSE(list.empty());
    for (const auto& o : list) {
        INFO(o.dump());
        const auto rels = o["relationships"].get<std::vector<std::string>>();
        CHECK(std::find(rels.begin(), rels.end(), "met-in-person") != rels.end());
        const auto text = o["text"].get<std::string>();
        CHECK(text.find("{first_name}") == std::string::npos);
        CHECK(text.find("Priya") != std::string::npos);
    }
    const auto* event = byId(list, "met-at-event");
    REQUIRE(event != nullptr);
    CHECK((*event)["text"] == "Hi Priya, it was good to talk with you at the Leeds Data Meetup "
                              "about {topic}. I'd like to stay in touch and hear how your work on "
                              "it develops.");
    // The one placeholder left is marked with its UTF-16 span.
    REQUIRE((*event)["unfilled"].size() == 1);
    CHECK((*event)["unfilled"][0]["start"] == 70);
    CHECK((*event)["unfilled"][0]["end"] == 77);
    // Openers for other relationships are not offered.
    CHECK(byId(list, "former-colleague-reconnect") == nullptr);
}

TEST_CASE("cli --openers: unfilled spans count UTF-16 units after accents and emoji") {
    const Run r = lint({"--openers", "--relationship", "met-in-person", "--name",
                        "Zo\xC3\xAB \xF0\x9F\x91\x8B", "--format", "json"});
    const auto list = r.json();
    const auto* event = byId(list, "met-at-event");
    REQUIRE(event != nullptr);
    // "Hi Zoë, it was good to talk with you at {event}": the name fills {first_name} with
    // "Zoë" (3 units, 4 bytes), so {event} (7 units) starts at unit 40 (byte 41).
    CHECK((*event)["text"].get<std::string>().rfind("Hi Zo\xC3\xAB, ", 0) == 0);
    REQUIRE((*event)["unfilled"].size() == 2);
    CHECK((*event)["unfilled"][0]["start"] == 40);
    CHECK((*event)["unfilled"][0]["end"] == 47);
}

TEST_CASE("cli --openers: text output lists id, title and the filled text") {
    const Run r = lint({"--openers", "--relationship", "did-business", "--name", "Zoe Park"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("thank-supplier \xE2\x80\x94 ") != std::string::npos);
    CHECK(r.out.find("\n    Hi Zoe,") != std::string::npos);
    CHECK(r.out.find("met-at-event") == std::string::npos);
}

TEST_CASE("cli --openers: the person's own openers are merged in") {
    const auto xdg = scratchDir() / "xdg-own";
    std::filesystem::create_directories(xdg / "overture");
    std::ofstream(xdg / "overture" / "openers.json") << R"({"openers": [
      {"id": "my-own", "title": "My own opener", "relationships": ["shared-group"],
       "situations": ["group"], "text": "Hi {first_name}, fellow {group} member here."},
      {"id": "met-at-event", "title": "My event opener", "relationships": ["met-in-person"],
       "text": "Hi {first_name}, lovely to meet you at {context}!"}
    ]})";
    const Run r = lint({"--openers", "--format", "json", "--name", "Ana Silva"}, {},
                       {{"XDG_DATA_HOME", xdg.string()}});
    CHECK(r.exitCode == 0);
    CHECK(r.err.empty());
    const auto list = r.json();
    const auto* own = byId(list, "my-own");
    REQUIRE(own != nullptr);
    CHECK((*own)["text"] == "Hi Ana, fellow {group} member here.");
    const auto* replaced = byId(list, "met-at-event");
    REQUIRE(replaced != nullptr);
    CHECK((*replaced)["title"] == "My event opener");
    const auto listed = ids(list);
    CHECK(std::count(listed.begin(), listed.end(), "met-at-event") == 1);

    SUBCASE("a broken file of own openers is reported and the shipped library still listed") {
        std::ofstream(xdg / "overture" / "openers.json") << R"({"openers": [{"id": 1}]})";
        const Run broken =
            lint({"--openers", "--format", "json"}, {}, {{"XDG_DATA_HOME", xdg.string()}});
        CHECK(broken.exitCode == 0);
        CHECK(broken.err.find((xdg / "overture" / "openers.json").string() + ": openers[0].id") !=
              std::string::npos);
        CHECK(broken.json().size() >= 40);
    }
}

TEST_CASE("cli --history: already-invited and repeated-note") {
    const std::string history = (dataDir() / "history.json").string();
    SUBCASE("a note to someone who already got one is a hint") {
        const Run r =
            lint({"--no-spell", "--history", history, "--name", "Grace Okafor", "--company",
                  "Hollow Pine Studio", "--relationship", "met-in-person", "--format", "json", "-"},
                 "Hi Grace, your talk on colour contrast at the Bath Tech Breakfast "
                 "changed our forms. Would you be open to connecting?");
        INFO(r.out << r.err);
        const auto j = r.json();
        bool found = false;
        for (const auto& f : j["findings"])
            if (f["rule"] == "already-invited") {
                found = true;
                CHECK(f["severity"] == "hint");
                CHECK(f["message"].get<std::string>().find("2026-11-01") != std::string::npos);
            }
        CHECK(found);
        CHECK_FALSE(hasRule(j, "repeated-note"));
    }
    SUBCASE("the same note sent to others is a warning") {
        const Run r = lint({"--no-spell", "--history", history, "--name", "Sam Patel", "--company",
                            "Initech", "--relationship", "met-in-person", "--format", "json", "-"},
                           "Hi Sam, I enjoyed your talk on streaming joins at Leeds Data. I run "
                           "the data platform at Initech and would like to stay in touch.");
        INFO(r.out << r.err);
        CHECK(r.exitCode == 1);
        const auto j = r.json();
        bool found = false;
        for (const auto& f : j["findings"])
            if (f["rule"] == "repeated-note") {
                found = true;
                CHECK(f["severity"] == "warning");
                CHECK(f["message"].get<std::string>().find("2 people (latest: Tom Lee") !=
                      std::string::npos);
            }
        CHECK(found);
        CHECK(j["scorecard"]["indistinguishable"] == "warn");
    }
    SUBCASE("without --history neither rule runs") {
        const Run r = lint({"--no-spell", "--name", "Sam Patel", "--company", "Initech",
                            "--relationship", "met-in-person", "--format", "json", "-"},
                           "Hi Sam, I enjoyed your talk on streaming joins at Leeds Data. I run "
                           "the data platform at Initech and would like to stay in touch.");
        CHECK(r.exitCode == 0);
        CHECK_FALSE(hasRule(r.json(), "repeated-note"));
    }
}
