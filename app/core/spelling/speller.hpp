// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The spelling checker behind a small interface, so the rules and tests do not depend
// on Hunspell directly (and a test can use a fixed word list).
//
// Threads: the const members may be called from several threads at once (a const
// Linter is shared by threads, and it calls them); an implementation that keeps
// mutable state (a cache) guards it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace overture {

class Speller {
public:
    Speller() = default;
    Speller(const Speller&) = delete;
    Speller& operator=(const Speller&) = delete;
    Speller(Speller&&) = delete;
    Speller& operator=(Speller&&) = delete;
    virtual ~Speller() = default;

    // True when the dictionary knows `word` (UTF-8, apostrophes already ASCII).
    [[nodiscard]] virtual bool isCorrect(std::string_view word) const = 0;
    // Up to `max` suggestions. Slow (tens of milliseconds): call on request only.
    [[nodiscard]] virtual std::vector<std::string> suggest(std::string_view word,
                                                           std::size_t max) const = 0;
    // "en_US", ...
    [[nodiscard]] virtual std::string language() const = 0;
};

} // namespace overture
