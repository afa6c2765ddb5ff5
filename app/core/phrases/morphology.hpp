// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Word forms from a lemma, for ~lemma tokens: the language pack's inflection rules
// (dictionaries/<lang>/morphology.json) applied to the lemma, plus its irregular forms.
//
// The rules overgenerate on purpose ("meet" also yields "meeted"): a form nobody writes
// costs one unused vocabulary entry and can never cause a false match, while a missing
// form is a missed claim. Hunspell's stem() would need the dictionary loaded, and the
// patterns must match the same way with spelling off, so the lemmas live in data.
#pragma once

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace overture {

class Morphology {
public:
    struct Rule {
        std::vector<std::string> ends; // suffix shapes: letters, C = consonant, V = vowel
        std::size_t strip = 0;         // letters removed before adding
        bool doubleLast = false;       // "chat" -> "chatt" + "ed"
        std::vector<std::string> add;
    };

    // Throws DataError naming `source` and the field.
    static Morphology fromJson(const nlohmann::json& doc, const std::string& source);

    // The lemma itself and every form the rules and the irregular table give, each once.
    [[nodiscard]] std::vector<std::string> formsOf(std::string_view lemma) const;

    [[nodiscard]] std::size_t ruleCount() const { return rules_.size(); }

private:
    [[nodiscard]] bool endsLike(std::string_view word, std::string_view shape) const;
    [[nodiscard]] bool isVowel(char c) const;

    std::string vowels_ = "aeiou";
    std::vector<Rule> rules_;
    std::map<std::string, std::vector<std::string>, std::less<>> irregular_;
};

} // namespace overture
