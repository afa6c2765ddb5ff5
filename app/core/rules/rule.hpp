// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A rule, in clang-tidy's shape: one small class per check, a stable id from the
// catalogue (rules/rule_catalog.def), and one method that reports findings for a context.
// Everything a rule says comes from the language pack (messages.json, the pattern groups);
// a rule never names a word of any language.
//
// Adding a code rule: one line in rules/rule_catalog.def and one file rules/<id>_rule.cpp
// that defines the class and ends with OVERTURE_REGISTER_RULE (scripts/new-rule.sh makes
// both, the messages entry, the doc page and the fixture folder).
#pragma once

#include "phrases/language_pack.hpp"
#include "rules/lint_context.hpp"
#include "rules/rule_catalog.hpp"

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace overture {

class Rule {
public:
    explicit Rule(const RuleInfo& info) : info_(info) {}
    Rule(const Rule&) = delete;
    Rule& operator=(const Rule&) = delete;
    Rule(Rule&&) = delete;
    Rule& operator=(Rule&&) = delete;
    virtual ~Rule() = default;

    // A lint keeps at most this many findings of one rule: a paste of a million
    // placeholders must not cost a gigabyte of findings (the editor shows a few hundred
    // at most). Rules that loop over the text stop when full().
    static constexpr std::size_t kMaxFindingsPerRule = 1000;
    [[nodiscard]] static bool full(const std::vector<Finding>& out) {
        return out.size() >= kMaxFindingsPerRule;
    }

    [[nodiscard]] const RuleInfo& info() const { return info_; }
    virtual void check(const LintContext& ctx, std::vector<Finding>& out) const = 0;

protected:
    using Values = std::initializer_list<std::pair<std::string_view, std::string_view>>;

    // A finding with this rule's id, reason and default severity.
    [[nodiscard]] Finding makeFinding(Span span, std::string message,
                                      std::string explanation) const {
        Finding f;
        f.rule = std::string(info_.id);
        f.reason = info_.reason;
        f.severity = info_.defaultSeverity;
        f.span = span;
        f.message = std::move(message);
        f.explanation = std::move(explanation);
        return f;
    }
    // A finding whose message and explanation are the pack's message `key` of this rule,
    // with {placeholders} filled from `values`.
    [[nodiscard]] Finding makeFinding(const LintContext& ctx, Span span, std::string_view key,
                                      Values values = {}) const {
        const MessageText& m = ctx.data.message(info_.id, key);
        return makeFinding(span, fillMessage(m.message, values), fillMessage(m.why, values));
    }
    // The text of the pack's message `key` (for replacements written in the language).
    [[nodiscard]] std::string text(const LintContext& ctx, std::string_view key,
                                   Values values = {}) const {
        return fillMessage(ctx.data.message(info_.id, key).message, values);
    }

private:
    const RuleInfo& info_;
};

// Builds one instance of every rule in the catalogue (rules/rule_catalog.cpp).
std::vector<std::unique_ptr<Rule>> createAllRules();

// Defines the factory the catalogue line of a code rule names:
//   OVERTURE_REGISTER_RULE(NoReason, NoReasonRule)  ->  createNoReasonRule(const RuleInfo&)
#define OVERTURE_REGISTER_RULE(Factory, Class)                                                     \
    std::unique_ptr<Rule> create##Factory##Rule(const RuleInfo& info) {                            \
        return std::make_unique<Class>(info);                                                      \
    }

} // namespace overture
