// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The history of notes already sent, and the two rules that read it: repeated-note (nearly
// the same note went to someone else) and already-invited (this person already got one).
// The similarity threshold in note_history.hpp was chosen on these cases.
#include "data/json_file.hpp"
#include "history/history_json.hpp"
#include "history/note_history.hpp"
#include "test_support.hpp"

#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace overture;
using overture::test::lint;

namespace {

Recipient person(const std::string& name, const std::string& company) {
    Recipient r;
    r.name = name;
    r.company = company;
    r.relationship = Relationship::MetInPerson;
    return r;
}

PastNote sent(std::string text, std::string name, std::string company, std::string at) {
    return PastNote{std::move(text), std::move(name), std::move(company), "met-in-person",
                    std::move(at)};
}

// An ISO 8601 date `days` before today (UTC).
std::string daysAgo(int days) {
    const auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() -
                                                        std::chrono::hours(24 * days));
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

const std::string kPriyaNote = "Hi Priya, I enjoyed your talk on streaming joins at Leeds Data. I "
                               "run the data platform at Northwind and would like to stay in "
                               "touch.";
const std::string kTomNote = "Hi Tom, I enjoyed your talk on streaming joins at Leeds Data. I run "
                             "the data platform at Brightline and would like to stay in touch.";

} // namespace

TEST_CASE("history: the same note with another recipient's name and company is identical") {
    const double s = NoteHistory::similarity(kPriyaNote, person("Priya Shah", "Northwind"),
                                             kTomNote, person("Tom Lee", "Brightline"));
    CHECK(s == doctest::Approx(1.0));
}

TEST_CASE("history: a note resent with a word or two changed stays above the threshold") {
    const std::string edited = "Hi Tom, I really enjoyed your talk on streaming joins at Leeds "
                               "Data. I lead the data platform at Brightline and would like to "
                               "stay in touch.";
    const double s = NoteHistory::similarity(kPriyaNote, person("Priya Shah", "Northwind"), edited,
                                             person("Tom Lee", "Brightline"));
    CHECK(s >= 0.6);
    CHECK(s < 1.0);
    CHECK(s >= NoteHistory::kSimilarityThreshold);
}

TEST_CASE("history: different notes to the same company stay far below the threshold") {
    const std::string other = "Hi Sam, thanks for reviewing my pull request on the Northwind "
                              "billing service. Your comments on retries taught me a lot; may I "
                              "connect?";
    const double s = NoteHistory::similarity(kPriyaNote, person("Priya Shah", "Northwind"), other,
                                             person("Sam Patel", "Northwind"));
    CHECK(s < 0.2);
    CHECK(NoteHistory::similarity("", {}, "", {}) == 0.0);
}

TEST_CASE("history: findSimilar counts other recipients, never the same one") {
    NoteHistory h;
    h.add(sent(kTomNote, "Tom Lee", "Brightline", "2026-10-02T09:00:00Z"));
    h.add(sent("Hi Grace, I enjoyed your talk on streaming joins at Leeds Data. I run the data "
               "platform at Hollow Pine and would like to stay in touch.",
               "Grace Okafor", "Hollow Pine", "2026-11-20T09:00:00Z"));
    h.add(sent(kPriyaNote, "Priya Shah", "Northwind", "2026-11-21T09:00:00Z"));
    h.add(sent("Hi Ana, your Rust workshop in York was the clearest intro to lifetimes I have "
               "seen. Would you be open to connecting?",
               "Ana Silva", "Ferrous", "2026-11-22T09:00:00Z"));
    CHECK(h.size() == 4);

    const SimilarNotes s = h.findSimilar(kPriyaNote, person("Priya Shah", "Northwind"));
    CHECK(s.count == 2); // Tom and Grace; Priya's own earlier note is not a repeat
    REQUIRE(s.latest != nullptr);
    CHECK(s.latest->name == "Grace Okafor");
    CHECK(s.bestSimilarity == doctest::Approx(1.0));

    const SimilarNotes none =
        h.findSimilar("Hi Zoe, thanks for the Acme Print banners; they came a day early.",
                      person("Zoe", "Acme Print"));
    CHECK(none.count == 0);
    CHECK(none.latest == nullptr);
    CHECK(NoteHistory().findSimilar(kPriyaNote, {}).count == 0);
}

TEST_CASE("history: sentTo matches the name, and the company when both are known") {
    NoteHistory h;
    h.add(sent("one", "Priya Shah", "Northwind", "2026-01-01"));
    h.add(sent("two", "priya  SHAH", "", "2026-02-01"));
    h.add(sent("three", "Priya Shah", "Acme", "2026-03-01"));
    h.add(sent("four", "Priya Patel", "Northwind", "2026-04-01"));
    CHECK(h.sentTo(person("Priya Shah", "Northwind")).size() == 2); // one, two
    CHECK(h.sentTo(person("Priya Shah", "")).size() == 3);
    CHECK(h.sentTo(person("Tom Lee", "Northwind")).empty());
    CHECK(h.sentTo(person("", "Northwind")).empty()); // no name: nobody
}

TEST_CASE("history: JSON round trip, null fields and the test fixture") {
    NoteHistory h;
    h.add(sent("Hi \xF0\x9F\x91\x8B \"Priya\"", "Priya Shah", "Northwind", "2026-11-22T09:30:00Z"));
    const NoteHistory again = NoteHistory::fromJson(h.toJson(), "round trip");
    REQUIRE(again.size() == 1);
    CHECK(again.notes()[0].text == h.notes()[0].text);
    CHECK(again.notes()[0].name == "Priya Shah");
    CHECK(again.notes()[0].company == "Northwind");
    CHECK(again.notes()[0].relationship == "met-in-person");
    CHECK(again.notes()[0].sentAt == "2026-11-22T09:30:00Z");

    const NoteHistory nulls = NoteHistory::fromJson(
        R"([{"text": "hi", "name": null, "company": null, "sent_at": null}])", "nulls");
    CHECK(nulls.notes()[0].name.empty());
    CHECK(NoteHistory::fromJson("[]", "empty").size() == 0);

    const NoteHistory fixture =
        NoteHistory::fromJson(test::readFile(test::testDataDir() / "history.json"), "history.json");
    CHECK(fixture.size() == 3);
}

TEST_CASE("history: describeAge") {
    CHECK(describeAge(daysAgo(0)) == "today");
    CHECK(describeAge(daysAgo(1)) == "yesterday");
    CHECK(describeAge(daysAgo(12)) == "12 days ago");
    CHECK(describeAge(daysAgo(90)) == "3 months ago");
    CHECK(describeAge(daysAgo(365 * 3 + 1)) == "3 years ago");
    CHECK(describeAge("not a date") == "not a date");
}

TEST_CASE("repeated-note: the same note already sent to others") {
    NoteHistory h;
    h.add(sent(kTomNote, "Tom Lee", "Brightline", daysAgo(40)));
    h.add(sent(kTomNote, "Grace Okafor", "Hollow Pine", daysAgo(3)));
    LintOptions o;
    o.history = &h;
    const Report r = lint(kPriyaNote, person("Priya Shah", "Northwind"), o);
    INFO(test::describe(r, kPriyaNote));
    const auto fs = test::findingsOf(r, "repeated-note");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0]->severity == Severity::Warning);
    CHECK(fs[0]->reason == Reason::Indistinguishable);
    CHECK(fs[0]->message == "You sent almost the same note to 2 people (latest: Grace Okafor, 3 "
                            "days ago)");
    CHECK(r.grade(Reason::Indistinguishable) == Grade::Warn);
    CHECK_FALSE(r.ready);

    // Without the history, the same note is fine.
    const Report alone = lint(kPriyaNote, person("Priya Shah", "Northwind"));
    CHECK_FALSE(test::has(alone, "repeated-note"));
    CHECK(alone.ready);
}

TEST_CASE("repeated-note: a different note to the same company is not a repeat") {
    NoteHistory h;
    h.add(sent("Hi Sam, thanks for reviewing my pull request on the Northwind billing service. "
               "Your comments on retries taught me a lot; may I connect?",
               "Sam Patel", "Northwind", daysAgo(5)));
    LintOptions o;
    o.history = &h;
    CHECK_FALSE(test::has(lint(kPriyaNote, person("Priya Shah", "Northwind"), o), "repeated-note"));
}

TEST_CASE("already-invited: this person already got a note: a hint with the date") {
    NoteHistory h;
    h.add(sent("Hi Priya, an older note about Kafka.", "Priya Shah", "Northwind", daysAgo(70)));
    const std::string latest = daysAgo(12);
    h.add(sent("Hi Priya, a newer note about Kafka.", "Priya Shah", "Northwind", latest));
    LintOptions o;
    o.history = &h;
    const Report r = lint(kPriyaNote, person("Priya Shah", "Northwind"), o);
    INFO(test::describe(r, kPriyaNote));
    const auto fs = test::findingsOf(r, "already-invited");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0]->severity == Severity::Hint);
    CHECK(fs[0]->message ==
          "You already sent Priya Shah a note (12 days ago, " + latest.substr(0, 10) + ")");
    CHECK_FALSE(test::has(r, "repeated-note")); // the same recipient is not a repeat
    CHECK(r.ready);

    // Someone else at the same company has not been invited.
    CHECK_FALSE(test::has(lint(kPriyaNote, person("Tom Lee", "Northwind"), o), "already-invited"));
}

TEST_CASE("already-invited: the note just copied is this invitation, not an earlier one") {
    NoteHistory h;
    h.add(sent(kPriyaNote + "\n", "Priya Shah", "Northwind", daysAgo(0)));
    LintOptions o;
    o.history = &h;
    CHECK_FALSE(
        test::has(lint(kPriyaNote, person("Priya Shah", "Northwind"), o), "already-invited"));
    // An earlier, different note to her still counts, with its own date.
    const std::string earlier = daysAgo(30);
    h.add(sent("Hi Priya, an older note about Kafka.", "Priya Shah", "Northwind", earlier));
    const Report r = lint(kPriyaNote, person("Priya Shah", "Northwind"), o);
    const auto fs = test::findingsOf(r, "already-invited"); // pointers into r
    REQUIRE(fs.size() == 1);
    CHECK(fs[0]->message ==
          "You already sent Priya Shah a note (30 days ago, " + earlier.substr(0, 10) + ")");
}

TEST_CASE("history: a large history still finds the repeats") {
    NoteHistory h;
    for (int i = 0; i < 3000; ++i)
        h.add(sent("Hi Person" + std::to_string(i) + ", note number " + std::to_string(i) +
                       " about topic " + std::to_string(i * 7) + " and nothing else at all.",
                   "Person" + std::to_string(i), "Co" + std::to_string(i), "2026-01-01"));
    h.add(sent(kTomNote, "Tom Lee", "Brightline", "2026-06-01"));
    const SimilarNotes s = h.findSimilar(kPriyaNote, person("Priya Shah", "Northwind"));
    CHECK(s.count == 1);
    REQUIRE(s.latest != nullptr);
    CHECK(s.latest->name == "Tom Lee");
}

TEST_CASE("history JSON: read a note at a time, with the same errors as the document reader") {
    // Unknown fields of any shape are ignored; nulls are absent fields.
    const NoteHistory h = NoteHistory::fromJson(
        R"([{"text": "Hi Ana.", "extra": {"deep": [1, {"x": null}]}, "tags": ["a"], "name": null},
            {"text": "Hi Tom.", "name": "Tom", "sent_at": "2026-11-22T09:30:00Z", "n": 5}])",
        "h.json");
    REQUIRE(h.size() == 2);
    CHECK(h.notes()[0].text == "Hi Ana.");
    CHECK(h.notes()[0].name.empty());
    CHECK(h.notes()[1].sentAt == "2026-11-22T09:30:00Z");

    const auto error = [](std::string_view json) {
        try {
            (void)NoteHistory::fromJson(json, "h.json");
        } catch (const DataError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(error(R"({"text": "Hi"})") == "h.json: (top level): expected an array of sent notes");
    CHECK(error("5") == "h.json: (top level): expected an array of sent notes");
    CHECK(error(R"([{"text": "a"}, 5])") == "h.json: [1]: expected an object");
    CHECK(error(R"([{"text": "a"}, [1]])") == "h.json: [1]: expected an object");
    CHECK(error(R"([{"name": "Ana"}])") == "h.json: [0].text: missing; expected a string");
    CHECK(error(R"([{"text": 5}])") == "h.json: [0].text: expected a string");
    CHECK(error(R"([{"text": {"a": 1}}])") == "h.json: [0].text: expected a string");
    CHECK(error(R"([{"text": "a", "company": ["x"]}])") ==
          "h.json: [0].company: expected a string");
    CHECK(error(R"([{"text": "a", "sent_at": "yesterday"}])") ==
          "h.json: [0].sent_at: expected an ISO 8601 date such as 2026-11-22T09:30:00Z");
    // Syntax errors and numbers that do not fit: word for word what parseJson(), the reader
    // of every other data file, says (the column of the offending character, here the
    // closing quote of "b"; the first digit of the number).
    const auto documentError = [](std::string_view json) {
        try {
            (void)parseJson(json, "h.json");
        } catch (const DataError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    const std::string missingColon = "[{\"text\": \"a\"},\n {\"text\" \"b\"}]";
    CHECK(error(missingColon).rfind("h.json:2:12: syntax error", 0) == 0);
    CHECK(error(missingColon) == documentError(missingColon));
    CHECK(error("[1e999]") == "h.json:1:2: number out of range: 1e999");
    CHECK(error("[1e999]") == documentError("[1e999]"));
    CHECK(error("[{\"text\": \"a\", \"n\": -1e400}]") ==
          documentError("[{\"text\": \"a\", \"n\": -1e400}]"));
    CHECK(error("") == "h.json:1:1: the file is empty; expected a JSON array");
    CHECK(error("[\"\xC3\"]") == "h.json:1:3: invalid UTF-8 (byte 2)");
}

TEST_CASE("history JSON: the export is written a note at a time and reads back the same") {
    NoteHistory h;
    for (int i = 0; i < 2500; ++i)
        h.add(PastNote{"Note " + std::to_string(i) + " with \"quotes\", a tab\t and é",
                       "Name " + std::to_string(i), "Co", "met-in-person", "2026-11-22T09:30:00Z"});
    std::ostringstream out;
    std::vector<std::size_t> progress;
    CHECK(writeHistoryJson(out, h.notes(), [&](std::size_t done) {
        progress.push_back(done);
        return true;
    }));
    CHECK(progress == std::vector<std::size_t>{1000, 2000});
    const NoteHistory back = NoteHistory::fromJson(out.str(), "export");
    REQUIRE(back.size() == h.size());
    CHECK(back.notes()[2499].text == h.notes()[2499].text);
    // A cancelled export says so.
    std::ostringstream cancelled;
    CHECK_FALSE(writeHistoryJson(cancelled, h.notes(), [](std::size_t) { return false; }));
}
