// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The spellers a lint uses, chosen from the language pack: the dictionary the person
// picked, and the language's other variant as the alternate (a word only it knows is a
// hint, not a misspelling: "colour" under en_US).
#pragma once

#include <memory>
#include <string_view>

namespace overture {

class Speller;
struct LintData;

// The first of the pack's dictionaries other than `chosen` ("en_GB" for "en_US"),
// opened lazily; null when the pack lists no other.
std::shared_ptr<const Speller> alternateSpellerFor(const LintData& data, std::string_view chosen);

} // namespace overture
