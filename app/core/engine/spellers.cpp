// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engine/spellers.hpp"

#include "rules/lint_data.hpp"
#include "spelling/lazy_speller.hpp"

namespace overture {

std::shared_ptr<const Speller> alternateSpellerFor(const LintData& data, std::string_view chosen) {
    for (const std::string& dictionary : data.pack.spellingDictionaries)
        if (dictionary != chosen)
            return std::make_shared<LazySpeller>(dictionary);
    return nullptr;
}

} // namespace overture
