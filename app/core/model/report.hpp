// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a lint returns: the findings, the four-reason scorecard, the counts a person
// checks against LinkedIn's limit, and whether the note is ready to send.
#pragma once

#include "model/finding.hpp"
#include "model/sentence_role.hpp"

#include <array>
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace overture {

enum class Grade { Ok, Warn, Fail };
std::string_view gradeId(Grade g); // "ok" | "warn" | "fail"

struct Stats {
    std::size_t characters = 0; // UTF-16 code units, as LinkedIn counts
    std::size_t words = 0;
    std::size_t sentences = 0;
    int limit = 0;
};

struct Report {
    std::vector<Finding> findings;    // sorted by position
    std::vector<RoleSpan> roles;      // what each clause does, in text order
    std::array<Grade, 4> scorecard{}; // indexed by Reason (the first four)
    Stats stats;
    bool ready = false;             // nothing at warning or above
    bool spellingAvailable = false; // false when no dictionary could be loaded or spelling is off

    [[nodiscard]] Grade grade(Reason r) const { return scorecard.at(static_cast<std::size_t>(r)); }
};

// Grades each reason from the findings (an error fails it, a warning warns) and sets ready.
void gradeReport(Report& report);

// The grade one reason gets from the report's findings, by the same measure as
// gradeReport; also for Reason::Spelling, which the four-reason scorecard leaves out.
Grade gradeOf(const Report& report, Reason r);

// Removes the findings `drop` selects (the editor's dismissed ones) and grades the report
// again, so the scorecard and `ready` judge only what is left.
void dropFindings(Report& report, const std::function<bool(const Finding&)>& drop);

} // namespace overture
