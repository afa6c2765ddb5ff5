// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The recipient card: who the note is for and how the sender knows them.
#pragma once

#include "model/card_detail.hpp"
#include "model/relationship.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace overture {

inline constexpr int kDefaultNoteLimit = 300; // LinkedIn's limit for a personal note
inline constexpr int kFreeAccountLimit = 200; // reported for free accounts

struct Recipient {
    std::string name;
    std::string company;
    std::string role;
    std::optional<Relationship>
        relationship; // unset: claims are judged only when no relationship permits them
    // Where or what, as free text: the command line's --context, or, on a card with typed
    // details, those details joined (setDetail keeps it so). The engine reads it as the
    // card's detail words (never misspelt, a detail about this person).
    std::string context;
    std::string reason;            // why the sender wants to connect
    int limit = kDefaultNoteLimit; // in UTF-16 code units, as LinkedIn counts
    // The typed details (card_detail.hpp), indexed by DetailSlot.
    std::array<std::string, kAllDetailSlots.size()> details{};

    [[nodiscard]] const std::string& detail(DetailSlot s) const {
        return details.at(static_cast<std::size_t>(s));
    }
    // Sets one typed detail and rebuilds `context` from all of them.
    void setDetail(DetailSlot s, std::string value);
    [[nodiscard]] bool hasDetails() const;

    // First word of the name ("Priya" of "Priya Shah"), for greetings and openers.
    [[nodiscard]] std::string firstName() const;
    // A field by its id: "name", "first-name", "company", "role", "context", "reason", or
    // a detail slot's id ("event", "work", "group" ...); empty for an unknown id.
    // (Language packs map placeholder words to these ids.)
    [[nodiscard]] std::string field(std::string_view id) const;
};

} // namespace overture
