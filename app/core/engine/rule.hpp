// A rule, in clang-tidy's shape: one small class per check, a stable id from the
// catalogue, and one method that reports findings for a context.
#pragma once

#include "engine/lint_context.hpp"
#include "rules/rule_catalog.hpp"

#include <memory>
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

    [[nodiscard]] const RuleInfo& info() const { return info_; }
    virtual void check(const LintContext& ctx, std::vector<Finding>& out) const = 0;

protected:
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

private:
    const RuleInfo& info_;
};

// Builds one instance of every rule in the catalogue (rules/rule_registry.cpp).
std::vector<std::unique_ptr<Rule>> createAllRules();

} // namespace overture
