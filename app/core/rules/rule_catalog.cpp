#include "rules/rule_catalog.hpp"

#include <array>

namespace overture {

namespace {
constexpr std::array<RuleInfo, 18> kCatalog = {{
    {"default-text", Reason::LackingCreativity, Severity::Error, true,
     "LinkedIn's stock invitation text, exact or paraphrased"},
    {"false-relationship", Reason::Disingenuous, Severity::Error, true,
     "a claimed relationship that the declared one does not support"},
    {"generic-phrase", Reason::LackingCreativity, Severity::Warning, true,
     "cliches and boilerplate that could be sent to anyone"},
    {"no-specifics", Reason::Indistinguishable, Severity::Warning, false,
     "nothing in the note is specific to this recipient", RuleScope::WholeNote},
    {"no-reason", Reason::Lazy, Severity::Warning, false, "no reason for connecting",
     RuleScope::WholeNote},
    {"no-ask", Reason::Lazy, Severity::Hint, false, "no question or invitation to reply",
     RuleScope::WholeNote},
    {"placeholder", Reason::LackingCreativity, Severity::Error, false,
     "template leftovers such as [Name], {company} or XXXX"},
    {"length", Reason::Lazy, Severity::Error, false, "over the note's character limit"},
    {"sentence-count", Reason::Lazy, Severity::Warning, false,
     "one sentence or fewer (warning), more than four (hint)", RuleScope::WholeNote},
    {"sales-pitch", Reason::Disingenuous, Severity::Warning, true, "selling in the first message"},
    {"meeting-request", Reason::Disingenuous, Severity::Warning, true,
     "asking for a call or a meeting before there is a relationship"},
    {"flattery", Reason::Disingenuous, Severity::Warning, true, "praise too big to be believed"},
    {"apology", Reason::LackingCreativity, Severity::Warning, true,
     "apologising for writing at all"},
    {"shouting", Reason::LackingCreativity, Severity::Warning, false,
     "words in capitals that are not acronyms, rows of exclamation marks"},
    {"spelling", Reason::Spelling, Severity::Warning, false, "words the dictionary does not know"},
    {"repeated-note", Reason::Indistinguishable, Severity::Warning, false,
     "nearly the same note was already sent to someone else", RuleScope::WholeNote},
    {"already-invited", Reason::Lazy, Severity::Hint, false, "this recipient already got a note",
     RuleScope::WholeNote},
    {"wrong-name", Reason::Indistinguishable, Severity::Error, false,
     "the greeting names someone other than the person on the card"},
}};
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

} // namespace overture
