// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A Hunspell dictionary opened on first use: the language's other variant (en_GB beside
// en_US), asked only about words the chosen dictionary does not know. Most notes never
// ask it, so a run pays nothing for it (Hunspell reads a dictionary in about 20 ms).
// Thread-safe: the dictionary is opened once (std::call_once) and HunspellSpeller is
// thread-safe itself.
#pragma once

#include "spelling/hunspell_speller.hpp"

#include <memory>
#include <mutex>
#include <string>

namespace overture {

class LazySpeller final : public Speller {
public:
    explicit LazySpeller(std::string language) : language_(std::move(language)) {}

    // False (for every word) when the dictionary is not installed.
    [[nodiscard]] bool isCorrect(std::string_view word) const override;
    [[nodiscard]] std::vector<std::string> suggest(std::string_view word,
                                                   std::size_t max) const override;
    [[nodiscard]] std::string language() const override { return language_; }
    // Whether the dictionary opened (opens it if it was not asked yet).
    [[nodiscard]] bool available() const;

private:
    const HunspellSpeller* get() const;

    std::string language_;
    mutable std::once_flag opened_;
    mutable std::unique_ptr<HunspellSpeller> speller_;
};

} // namespace overture
