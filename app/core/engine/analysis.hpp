// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reads a draft once, the way its recipient does, into a LintContext: tokens, sentences,
// normalised words and their flags, the pattern matches that survive their exceptions,
// clauses and the role each plays, the details about this person, the boilerplate.
// Every rule then only reads the context.
#pragma once

#include "rules/lint_context.hpp"

namespace overture {

// Fills every derived field of `ctx` (its text, card, options, data and speller are set).
void analyse(LintContext& ctx);

// The parts of analyse(), in order; each reads what the ones before it filled.
void findMatches(LintContext& ctx); // words, ids, flags, matches (engine/analysis.cpp)
void findClauses(LintContext& ctx); // clauses (engine/clauses.cpp)
void findDetails(LintContext& ctx); // boilerplate, details (engine/specificity.cpp)
void assignRoles(LintContext& ctx); // clause roles, roles, substantive (engine/clauses.cpp)

} // namespace overture
