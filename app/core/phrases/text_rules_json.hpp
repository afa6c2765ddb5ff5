// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reads the "text" object of a language pack's manifest (dictionaries/<lang>/language.json)
// into the text layer's TextRules: the abbreviations a dot does not end, the contractions,
// whether ordinals take a dot and whether nouns are capitalised (docs/language-packs.md).
#pragma once

#include "text/text_rules.hpp"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace overture {

// Throws DataError naming `source` and the field ("text.contractions.can't").
text::TextRules parseTextRules(const nlohmann::json& manifest, const std::string& source);

} // namespace overture
