// All phrase lists compiled into one token trie, matched in a single left-to-right pass
// over the normalised words of a draft. A pattern word "*" matches any one word.
// Matches never cross a sentence boundary.
#pragma once

#include "text/match_words.hpp"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace overture {

struct PhraseMatch {
    std::uint32_t pattern = 0;   // the payload given to add()
    std::uint32_t firstWord = 0; // normalised words [firstWord, endWord)
    std::uint32_t endWord = 0;
};

class PhraseMatcher {
public:
    static constexpr std::uint32_t kUnknownWord = std::numeric_limits<std::uint32_t>::max();

    // Adds a normalised pattern; `payload` comes back in each match. Empty patterns are ignored.
    void add(const std::vector<std::string>& words, std::uint32_t payload);

    // Appends every match, ordered by first word, then by length (longest first).
    void match(const text::MatchWords& words, std::vector<PhraseMatch>& out) const;

    // The vocabulary id of a normalised word, or kUnknownWord (words in no pattern).
    [[nodiscard]] std::uint32_t idOf(std::string_view word) const;
    // Interns a word that no pattern uses (for set comparisons such as fuzzy matching).
    std::uint32_t intern(std::string_view word);

    [[nodiscard]] std::size_t patternCount() const { return patterns_; }

private:
    struct Node {
        std::int32_t wildcard = -1;          // child for "*"
        std::vector<std::uint32_t> payloads; // patterns that end here
    };
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };

    [[nodiscard]] std::int32_t child(std::uint32_t node, std::uint32_t word) const;
    void walk(const std::vector<std::uint32_t>& ids, const text::MatchWords& words,
              std::uint32_t start, std::uint32_t at, std::uint32_t node,
              std::vector<PhraseMatch>& out) const;

    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> vocabulary_;
    std::unordered_map<std::uint64_t, std::uint32_t> edges_; // (node << 32 | word) -> child
    std::vector<Node> nodes_{Node{}};
    std::size_t patterns_ = 0;
};

} // namespace overture
