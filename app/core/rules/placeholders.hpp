// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Finds template leftovers: [Name], {company}, {{topic}}, <FIRST NAME>, %NAME%, *|FNAME|*,
// #firstname#, @@name@@, (topic), ____, XXXX
// and capitalised stand-ins such as NAME. Shared by the placeholder rule and by the
// rules that must not judge placeholder text as words (spelling, shouting).
#pragma once

#include "model/finding.hpp"
#include "text/tokenizer.hpp"
#include "text/word_set.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace overture {

struct Placeholder {
    Span span;
    std::string key; // folded letters inside the brackets ("firstname"), or "" for XXXX
};

struct LintData;
struct Recipient;

// The card's value for a placeholder's key ("firstname" -> the first name), through the
// language pack's placeholder_fields; empty when the key names no field.
std::string cardValueFor(const LintData& data, const std::string& key, const Recipient& card);

// `placeholderWords` are stand-ins in capitals ("NAME"); `fieldKeys` the folded keys of
// card fields ("firstname", "topic"), which make "(topic)" a placeholder.
std::vector<Placeholder> findPlaceholders(std::string_view text,
                                          const std::vector<text::Token>& tokens,
                                          const text::WordSet& placeholderWords,
                                          const text::WordSet& fieldKeys = {});

} // namespace overture
