// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/card_fields.hpp"

#include "text/utf8.hpp"

#include <charconv>

namespace overture::cli {

std::string relationshipChoices() {
    std::string out;
    for (std::size_t i = 0; i < kAllRelationships.size(); ++i) {
        if (i > 0)
            out += i + 1 == kAllRelationships.size() ? " or " : ", ";
        out += relationshipId(kAllRelationships[i]);
    }
    return out;
}

std::optional<int> parseLimit(std::string_view value) {
    int parsed = 0;
    const auto* end = value.data() + value.size();
    const auto [ptr, ec] = std::from_chars(value.data(), end, parsed);
    if (ec != std::errc() || ptr != end || parsed < 1 || parsed > kMaxLimit)
        return std::nullopt;
    return parsed;
}

std::optional<std::string> setCardField(Recipient& card, std::string_view field,
                                        const std::string& value) {
    // The card's words end up in messages and JSON: refuse what a draft would be refused.
    if (const auto bad = text::findInvalidUtf8(value))
        return "invalid UTF-8 at byte " + std::to_string(*bad);
    if (field == "relationship") {
        const auto rel = parseRelationship(value);
        if (!rel)
            return "unknown relationship \"" + value + "\" (expected " + relationshipChoices() +
                   ")";
        card.relationship = rel;
    } else if (field == "limit") {
        const auto limit = parseLimit(value);
        if (!limit)
            return "expected a number of characters from 1 to " + std::to_string(kMaxLimit) +
                   ", got \"" + value + "\"";
        card.limit = *limit;
    } else if (field == "name") {
        card.name = value;
    } else if (field == "company") {
        card.company = value;
    } else if (field == "role") {
        card.role = value;
    } else if (field == "context") {
        card.context = value;
    } else if (field == "reason") {
        card.reason = value;
    } else {
        return "unknown field \"" + std::string(field) + "\"";
    }
    return std::nullopt;
}

} // namespace overture::cli
