// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The report: the scorecard of the four reasons, "ready", the order of findings, and the
// JSON the CLI prints (overture-lint --format json, which scripts read).
#include "model/report_json.hpp"
#include "rules/rule_catalog.hpp"
#include "test_support.hpp"

#include <nlohmann/json.hpp>

using namespace overture;
using overture::test::lint;

namespace {

Finding finding(Reason reason, Severity severity) {
    Finding f;
    f.rule = "test";
    f.reason = reason;
    f.severity = severity;
    return f;
}

} // namespace

TEST_CASE("report: an error fails its reason, a warning warns, a hint leaves it ok") {
    Report r;
    r.findings = {finding(Reason::Disingenuous, Severity::Error),
                  finding(Reason::Lazy, Severity::Warning),
                  finding(Reason::Indistinguishable, Severity::Hint)};
    gradeReport(r);
    CHECK(r.grade(Reason::Disingenuous) == Grade::Fail);
    CHECK(r.grade(Reason::Lazy) == Grade::Warn);
    CHECK(r.grade(Reason::Indistinguishable) == Grade::Ok);
    CHECK(r.grade(Reason::LackingCreativity) == Grade::Ok);
    CHECK_FALSE(r.ready);
}

TEST_CASE("report: the worst finding decides, whatever the order") {
    Report r;
    r.findings = {finding(Reason::Lazy, Severity::Error), finding(Reason::Lazy, Severity::Warning),
                  finding(Reason::Lazy, Severity::Hint)};
    gradeReport(r);
    CHECK(r.grade(Reason::Lazy) == Grade::Fail);
}

TEST_CASE("report: hints alone leave the note ready, spelling blocks it but grades nothing") {
    Report hints;
    hints.findings = {finding(Reason::Lazy, Severity::Hint)};
    gradeReport(hints);
    CHECK(hints.ready);

    Report spelling;
    spelling.findings = {finding(Reason::Spelling, Severity::Warning)};
    gradeReport(spelling);
    CHECK_FALSE(spelling.ready);
    for (const Reason reason :
         {Reason::Indistinguishable, Reason::Disingenuous, Reason::LackingCreativity, Reason::Lazy})
        CHECK(spelling.grade(reason) == Grade::Ok);

    Report empty;
    gradeReport(empty);
    CHECK(empty.ready);
}

TEST_CASE("report: ids of reasons, severities and grades") {
    CHECK(reasonId(Reason::LackingCreativity) == "lacking-creativity");
    CHECK(reasonLabel(Reason::LackingCreativity) == "Lacking creativity");
    CHECK(parseReason("disingenuous") == Reason::Disingenuous);
    CHECK_FALSE(parseReason("rude").has_value());
    CHECK(severityId(Severity::Warning) == "warning");
    CHECK(parseSeverity("hint") == Severity::Hint);
    CHECK_FALSE(parseSeverity("fatal").has_value());
    CHECK(gradeId(Grade::Ok) == "ok");
    CHECK(gradeId(Grade::Warn) == "warn");
    CHECK(gradeId(Grade::Fail) == "fail");
}

TEST_CASE("report: a good note is ready with every reason ok") {
    const std::string text = "Hi Yuki, your thread on reducing cold starts in serverless functions "
                             "saved my team a week. I work on similar problems at a logistics "
                             "startup and would be glad to connect.";
    const Report r = lint(text, test::card(Relationship::FollowsTheirWork, "Yuki"));
    INFO(test::describe(r, text));
    CHECK(r.ready);
    CHECK(test::seriousRules(r).empty());
    for (const Reason reason :
         {Reason::Indistinguishable, Reason::Disingenuous, Reason::LackingCreativity, Reason::Lazy})
        CHECK(r.grade(reason) == Grade::Ok);
}

TEST_CASE("report: findings are sorted by position, the most serious first at one position") {
    const std::string text = "XXXX has indicated you are a Friend: I'd like to add you to my "
                             "professional network on LinkedIn. - XXXX";
    const Report r = lint(text, test::card(Relationship::NeverInteracted));
    INFO(test::describe(r, text));
    REQUIRE(r.findings.size() >= 3);
    for (std::size_t i = 1; i < r.findings.size(); ++i) {
        const Finding& a = r.findings[i - 1];
        const Finding& b = r.findings[i];
        CHECK(a.span.begin <= b.span.begin);
        if (a.span.begin == b.span.begin)
            CHECK(a.severity >= b.severity);
        CHECK(b.span.end <= text.size());
    }
}

TEST_CASE("report: the issue's example reports default-text, false-relationship, placeholder") {
    const std::string text = "XXXX has indicated you are a Friend: I'd like to add you to my "
                             "professional network on LinkedIn. - XXXX";
    const Report r = lint(text, test::card(Relationship::NeverInteracted));
    INFO(test::describe(r, text));
    CHECK(test::hasSerious(r, "default-text"));
    CHECK(test::hasSerious(r, "false-relationship"));
    CHECK(test::findingsOf(r, "placeholder").size() == 2);
    CHECK(r.grade(Reason::Disingenuous) == Grade::Fail);
    CHECK(r.grade(Reason::LackingCreativity) == Grade::Fail);
    CHECK_FALSE(r.ready);
}

TEST_CASE("report JSON: the shape the man page documents") {
    const std::string text = "Hi [Name], great post! I'd like to connect with you on LinkedIn.";
    const Report r = lint(text, test::card(Relationship::NeverInteracted));
    const nlohmann::json j = reportToJson(r, text);
    REQUIRE(j.is_object());
    for (const char* key : {"findings", "roles", "scorecard", "stats", "ready"})
        CHECK_MESSAGE(j.contains(key), key);
    REQUIRE(j["findings"].is_array());
    REQUIRE(j["findings"].size() == r.findings.size());
    for (const auto& f : j["findings"]) {
        for (const char* key :
             {"rule", "reason", "severity", "start", "end", "match", "message", "suggestions"})
            CHECK_MESSAGE(f.contains(key), key << " in " << f.dump());
        CHECK(f["rule"].is_string());
        CHECK(findRuleInfo(f["rule"].get<std::string>()) != nullptr);
        CHECK(parseReason(f["reason"].get<std::string>()).has_value());
        CHECK(parseSeverity(f["severity"].get<std::string>()).has_value());
        CHECK(f["start"].is_number_unsigned());
        CHECK(f["end"].is_number_unsigned());
        CHECK(f["start"] <= f["end"]);
        CHECK(f["suggestions"].is_array());
    }
    REQUIRE(j["scorecard"].is_object());
    CHECK(j["scorecard"].size() == 4);
    for (const char* reason : {"indistinguishable", "disingenuous", "lacking-creativity", "lazy"}) {
        REQUIRE(j["scorecard"].contains(reason));
        const auto grade = j["scorecard"][reason].get<std::string>();
        CHECK((grade == "ok" || grade == "warn" || grade == "fail"));
    }
    CHECK(j["scorecard"]["lacking-creativity"] == "fail");
    CHECK(j["stats"]["characters"] == text.size());
    CHECK(j["stats"]["words"] == r.stats.words);
    CHECK(j["stats"]["sentences"] == 2);
    CHECK(j["stats"]["limit"] == 300);
    CHECK(j["ready"] == false);

    // The placeholder finding: its match, offsets and the fix from the card (none here).
    bool sawPlaceholder = false;
    for (const auto& f : j["findings"]) {
        if (f["rule"] != "placeholder")
            continue;
        sawPlaceholder = true;
        CHECK(f["match"] == "[Name]");
        CHECK(f["start"] == 3);
        CHECK(f["end"] == 9);
        CHECK(f["severity"] == "error");
        CHECK(f["reason"] == "lacking-creativity");
    }
    CHECK(sawPlaceholder);
}

TEST_CASE("report JSON: a ready note") {
    const std::string text = "Hi Hannah, thanks for the tour of the Bristol maker space on "
                             "Saturday. Your laser-cutter safety checklist was brilliant, and I'd "
                             "like to stay in touch while I set one up in Bath.";
    const Report r = lint(text, test::card(Relationship::MetInPerson, "Hannah"));
    const nlohmann::json j = reportToJson(r, text);
    CHECK(j["ready"] == true);
    for (const auto& [reason, grade] : j["scorecard"].items())
        CHECK_MESSAGE(grade == "ok", reason);
    for (const auto& f : j["findings"])
        CHECK(f["severity"] == "hint");
}
