// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Turning a draft into the person's own opener ("Save draft as opener"): the card's
// values in the text become the placeholders they came from ("Hi Sam," -> "Hi
// {first_name},", "at RustConf" -> "at {event}"), so the opener fits the next person.
#pragma once

#include "model/recipient.hpp"
#include "openers/opener_library.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace overture {

// The draft with every whole-word occurrence of a card value (any case) replaced by its
// placeholder, the longest value first (the full name before the first name).
std::string placeholdersFromCard(std::string_view draft, const Recipient& card);

// A new own opener: `relationships` as chosen (empty: fits every relationship), the
// situation "own", an id from the title that no opener in `library` has.
Opener openerFromDraft(std::string_view draft, const Recipient& card, std::string_view title,
                       std::vector<Relationship> relationships, const OpenerLibrary& library);

// "own-after-a-talk", or "own-after-a-talk-2" ... when that id is taken.
std::string ownOpenerId(std::string_view title, const OpenerLibrary& library);

} // namespace overture
