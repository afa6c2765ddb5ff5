// placeholder: template leftovers ([Name], {company}, {{topic}}, <FIRST NAME>, XXXX).
// Sending one tells the recipient the note was a mail merge. Where the card has the
// value the placeholder stands for, the fix fills it in.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class PlaceholderRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

// The card value a placeholder key stands for ("firstname" -> the first name), or "".
std::string cardValueFor(const std::string& key, const Recipient& card);

} // namespace overture
