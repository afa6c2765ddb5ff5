// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/rule_catalog.hpp"

#include "rules/rule.hpp"

#include <array>

namespace overture {

// The factories the catalogue names, defined in each rule's file.
#define OVERTURE_RULE(id, factory, reason, severity, patterns, scope)                              \
    std::unique_ptr<Rule> create##factory##Rule(const RuleInfo&);
#include "rules/rule_catalog.def"
#undef OVERTURE_RULE

namespace {
constexpr RuleInfo kCatalog[] = {
#define OVERTURE_RULE(id, factory, reason, severity, patterns, scope)                              \
    RuleInfo{id,       Reason::reason,   Severity::severity,                                       \
             patterns, RuleScope::scope, &create##factory##Rule},
#include "rules/rule_catalog.def"
#undef OVERTURE_RULE
};
} // namespace

std::span<const RuleInfo> ruleCatalog() {
    return kCatalog;
}

const RuleInfo* findRuleInfo(std::string_view id) {
    for (const RuleInfo& info : kCatalog)
        if (info.id == id)
            return &info;
    return nullptr;
}

std::vector<std::unique_ptr<Rule>> createAllRules() {
    std::vector<std::unique_ptr<Rule>> rules;
    for (const RuleInfo& info : kCatalog)
        rules.push_back(info.create(info));
    return rules;
}

} // namespace overture
