// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Facts about each word of a draft that patterns can test with %name tokens, computed
// by the engine for every lint (they depend on the card and on the word's place, not on
// the word itself, so they cannot be word sets). The names are language-neutral ids.
#pragma once

#include "phrases/phrase_matcher.hpp"

#include <optional>
#include <string_view>

namespace overture {

enum WordFlag : WordFlags {
    kFlagCapitalised = 1U << 0U, // starts with a capital letter ("Elena", "PyCon", "I")
    kFlagName = 1U << 1U,        // capitalised, not the sentence's first word, not "I", and
                                 // not a word of the recipient's name: someone or something else
    kFlagRecipient = 1U << 2U,   // a word of the card's name
    kFlagNumber = 1U << 3U,      // starts with a digit: "15", "2x", "2024"
    kFlagCard = 1U << 4U,        // a word of the card's company or role (what a mail merge fills)
    kFlagFirst = 1U << 5U,       // the first word of its sentence
    kFlagMoney = 1U << 6U,       // a number written with a currency sign: "€99", "$299"
};

// "%cap" -> kFlagCapitalised, ...; nullopt for an unknown name.
std::optional<WordFlags> parseWordFlag(std::string_view name);

} // namespace overture
