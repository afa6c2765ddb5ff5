// Hunspell with the system's dictionaries. Results of isCorrect() are cached per word:
// a note repeats its words, and a cache hit is much cheaper than Hunspell's lookup.
// Not thread-safe: one instance per thread (the editor uses it on its own thread only).
#pragma once

#include "spelling/speller.hpp"

#include <filesystem>
#include <memory>
#include <optional>
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
    void clearCache() { cache_.clear(); }

private:
    std::unique_ptr<Hunspell> hunspell_;
    std::string language_;
    struct WordHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    // Looked up by string_view (no temporary string per word).
    mutable std::unordered_map<std::string, bool, WordHash, std::equal_to<>> cache_;
};

} // namespace overture
