// Every rule's stable id, the reason it serves, its default severity and one line that
// says what it looks for. The CLI's --list-rules, the settings page and the phrase-list
// loader all read this table; the ids never change (DESIGN.md, "Rule ids").
#pragma once

#include "model/finding.hpp"

#include <span>
#include <string_view>

namespace overture {

// What a finding of the rule points at: words of the note (underlined in the editor), or
// the note as a whole (listed, not underlined: a wave under every word would hide the
// findings that point at something).
enum class RuleScope { Words, WholeNote };

struct RuleInfo {
    std::string_view id;
    Reason reason;
    Severity defaultSeverity;
    bool phraseDriven; // configured from dictionaries/phrases.json
    std::string_view summary;
    RuleScope scope = RuleScope::Words;
};

std::span<const RuleInfo> ruleCatalog();
const RuleInfo* findRuleInfo(std::string_view id);

} // namespace overture
