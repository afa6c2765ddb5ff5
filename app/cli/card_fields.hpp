// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The recipient card's fields as text, checked the same way wherever they come from: an
// option (--relationship R) or a column of a batch row. Each check returns the problem
// as the end of a message ("unknown relationship \"friend\" (expected ...)"); the caller
// says where it was.
#pragma once

#include "model/recipient.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace overture::cli {

// The card's fields, in the order of a batch file's columns after `text`.
inline constexpr std::array<std::string_view, 7> kCardFields = {
    "name", "company", "role", "relationship", "context", "reason", "limit"};

// "met-in-person, worked-together, ... or never-interacted", from the model's one list.
std::string relationshipChoices();

// Sets `field` of `card` from `value`; returns the problem, or nullopt when it is set.
std::optional<std::string> setCardField(Recipient& card, std::string_view field,
                                        const std::string& value);

// The note limit: a whole number of characters from 1 to kMaxLimit.
inline constexpr int kMaxLimit = 100000;
std::optional<int> parseLimit(std::string_view value);

} // namespace overture::cli
