// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hunspell with the system's dictionaries. Results of isCorrect() are cached per word:
// a note repeats its words, and a cache hit is much cheaper than Hunspell's lookup.
//
// Thread-safe, like the Linter that holds it (engine/linter.hpp): every member may be
// called from several threads at once. Hunspell itself is not (its affix manager keeps
// the current prefix and suffix in members while it checks a word), so calls into it
// take `hunspellMutex_`; the cache has a reader-writer lock of its own, so the common
// case, a word already cached, never waits for a thread that is in Hunspell.
#pragma once

#include "spelling/speller.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Hunspell;

namespace overture {

class HunspellSpeller final : public Speller {
public:
    // Finds <lang>.aff/.dic in $DICPATH (colon-separated), then /usr/share/hunspell and
    // /usr/share/myspell/dicts. Returns nullptr and sets `error` when none is found.
    static std::unique_ptr<HunspellSpeller> open(const std::string& language, std::string& error);
    static std::vector<std::filesystem::path> searchPath();

    HunspellSpeller(const std::filesystem::path& aff, const std::filesystem::path& dic,
                    std::string language);
    ~HunspellSpeller() override;
    HunspellSpeller(const HunspellSpeller&) = delete;
    HunspellSpeller& operator=(const HunspellSpeller&) = delete;
    HunspellSpeller(HunspellSpeller&&) = delete;
    HunspellSpeller& operator=(HunspellSpeller&&) = delete;

    [[nodiscard]] bool isCorrect(std::string_view word) const override;
    [[nodiscard]] std::vector<std::string> suggest(std::string_view word,
                                                   std::size_t max) const override;
    [[nodiscard]] std::string language() const override { return language_; }

    // Accepts `word` from now on (project word list, personal dictionary).
    void addWord(const std::string& word);
    // Forgets the cached answers (benchmarks measure a cold cache with it).
    void clearCache();
    // Answers held in the cache now (tests check that it stays bounded).
    [[nodiscard]] std::size_t cachedWords() const;

    // The cache is emptied when it reaches this many words: a 10 MB paste of random
    // words must not grow it without limit.
    static constexpr std::size_t kMaxCachedWords = 200000;

private:
    mutable std::mutex hunspellMutex_; // guards hunspell_
    std::unique_ptr<Hunspell> hunspell_;
    std::string language_;
    struct WordHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    mutable std::shared_mutex cacheMutex_; // guards cache_ and generation_
    // Counts clearCache() calls, so an answer computed before an addWord() is not cached.
    std::uint64_t generation_ = 0;
    // Looked up by string_view (no temporary string per word).
    mutable std::unordered_map<std::string, bool, WordHash, std::equal_to<>> cache_;
};

} // namespace overture
