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
    // The same with the words' vocabulary ids already looked up (idsOf), for callers
    // that need the ids themselves too: each lookup is then done once per lint.
    void match(const text::MatchWords& words, const std::vector<std::uint32_t>& ids,
               std::vector<PhraseMatch>& out) const;
    // The vocabulary id of every word (kUnknownWord for words in no pattern).
    void idsOf(const text::MatchWords& words, std::vector<std::uint32_t>& ids) const;

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
    // The vocabulary and the trie's edges live in open-addressing tables (power-of-two
    // size, at most half full, linear probing): every word of a draft is looked up once,
    // so this lookup is the matcher's hot path, and std::unordered_map's node chasing
    // and byte-wise hash cost more than the matching itself.
    struct WordSlot {
        std::uint32_t tag = 0;           // the hash's high half, to skip most compares
        std::uint32_t id = kUnknownWord; // kUnknownWord: empty slot
    };
    struct WordText {
        std::uint32_t offset = 0; // into pool_
        std::uint32_t length = 0;
    };
    struct EdgeSlot {
        std::uint64_t key = kNoEdge; // node << 32 | word
        std::uint32_t child = 0;
    };
    static constexpr std::uint64_t kNoEdge = std::numeric_limits<std::uint64_t>::max();

    [[nodiscard]] std::int32_t child(std::uint32_t node, std::uint32_t word) const;
    void addEdge(std::uint64_t key, std::uint32_t child);
    void growWords();
    void place(std::uint64_t hash, std::uint32_t id);
    void growEdges();
    void walk(const std::vector<std::uint32_t>& ids, const text::MatchWords& words,
              std::uint32_t start, std::uint32_t at, std::uint32_t node,
              std::vector<PhraseMatch>& out) const;

    std::string pool_;                       // the vocabulary's words, back to back
    std::vector<WordSlot> words_;            // word -> id (8 bytes a slot: stays in cache)
    std::vector<WordText> wordTexts_;        // id -> the word in pool_
    std::size_t longestWord_ = 0;            // longer words cannot be in the vocabulary
    std::vector<std::int32_t> rootChildren_; // word id -> child of the root, or -1
    std::vector<EdgeSlot> edges_;            // edges below the root
    std::size_t edgeCount_ = 0;
    std::vector<Node> nodes_{Node{}};
    std::size_t patterns_ = 0;
};

} // namespace overture
