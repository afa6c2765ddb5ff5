// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every rule's stable id, the reason it serves, its default severity, whether it takes
// pattern groups from the language pack and what its findings point at: the table of
// rules/rule_catalog.def. The CLI's --list-rules, the settings page and the language-pack
// loader read it; the ids never change. What a rule is called and says is in the
// language pack (LintData::ruleText).
#pragma once

#include "model/finding.hpp"

#include <memory>
#include <span>
#include <string_view>

namespace overture {

// What a finding of the rule points at: words of the note (underlined in the editor), or
// the note as a whole (listed, not underlined: a wave under every word would hide the
// findings that point at something).
enum class RuleScope { Words, WholeNote };

class Rule;

struct RuleInfo {
    std::string_view id;
    Reason reason;
    Severity defaultSeverity;
    bool phraseDriven; // takes pattern groups from the language pack
    RuleScope scope = RuleScope::Words;
    std::unique_ptr<Rule> (*create)(const RuleInfo&) = nullptr;
};

std::span<const RuleInfo> ruleCatalog();
const RuleInfo* findRuleInfo(std::string_view id);

} // namespace overture
