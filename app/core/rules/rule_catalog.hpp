// Every rule's stable id, the reason it serves, its default severity and one line that
// says what it looks for. The CLI's --list-rules, the settings page and the phrase-list
// loader all read this table; the ids never change (DESIGN.md, "Rule ids").
#pragma once

#include "model/finding.hpp"

#include <span>
#include <string_view>

namespace overture {

struct RuleInfo {
    std::string_view id;
    Reason reason;
    Severity defaultSeverity;
    bool phraseDriven; // configured from dictionaries/phrases.json
    std::string_view summary;
};

std::span<const RuleInfo> ruleCatalog();
const RuleInfo* findRuleInfo(std::string_view id);

} // namespace overture
