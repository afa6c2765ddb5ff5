// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/report_json.hpp"

#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

namespace overture {

nlohmann::json reportToJson(const Report& report, std::string_view text) {
    const text::Utf16Map map(text);
    nlohmann::json findings = nlohmann::json::array();
    for (const Finding& f : report.findings) {
        findings.push_back({
            {"rule", f.rule},
            {"reason", std::string(reasonId(f.reason))},
            {"severity", std::string(severityId(f.severity))},
            {"start", map.toUtf16(f.span.begin)},
            {"end", map.toUtf16(f.span.end)},
            {"match", std::string(text.substr(f.span.begin, f.span.end - f.span.begin))},
            {"message", f.message},
            {"explanation", f.explanation},
            {"suggestions", f.replacements},
        });
    }
    nlohmann::json scorecard = nlohmann::json::object();
    for (const Reason r :
         {Reason::Indistinguishable, Reason::Disingenuous, Reason::LackingCreativity, Reason::Lazy})
        scorecard[std::string(reasonId(r))] = std::string(gradeId(report.grade(r)));
    nlohmann::json roles = nlohmann::json::array();
    for (const RoleSpan& r : report.roles) {
        nlohmann::json implies = nlohmann::json::array();
        for (const Relationship rel : r.implies)
            implies.push_back(std::string(relationshipId(rel)));
        roles.push_back({
            {"role", std::string(roleId(r.role))},
            {"start", map.toUtf16(r.span.begin)},
            {"end", map.toUtf16(r.span.end)},
            {"text", std::string(text.substr(r.span.begin, r.span.end - r.span.begin))},
            {"implies", implies},
        });
    }
    return {
        {"findings", findings},
        {"roles", roles},
        {"scorecard", scorecard},
        {"stats",
         {{"characters", report.stats.characters},
          {"words", report.stats.words},
          {"sentences", report.stats.sentences},
          {"limit", report.stats.limit}}},
        {"ready", report.ready},
        {"spelling", report.spellingAvailable},
    };
}

} // namespace overture
