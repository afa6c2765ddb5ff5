// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every pattern of the language pack compiled into one token trie, matched in a single
// left-to-right pass over the normalised words of a draft.
//
// An edge of the trie is taken by one word: a given word of the vocabulary, any word
// ("*"), any word in (or not in) a word set (a word class or the forms of a lemma, see
// phrases/pattern_compiler.hpp), or any word that has (or lacks) flags the caller
// computed for this draft (capitalised, a number, a word of the recipient's name...).
// Several edges can accept one word, so a match walks every path the words allow; the
// walk from one start word is bounded (kMaxStepsPerStart, kMaxMatchesPerStart), so a
// hostile phrase list costs at most a fixed amount of work per word of the draft.
// Matches never cross a sentence boundary.
#pragma once

#include "text/match_words.hpp"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace overture {

struct PhraseMatch {
    std::uint32_t pattern = 0;   // the payload given to accept()/add()
    std::uint32_t firstWord = 0; // normalised words [firstWord, endWord)
    std::uint32_t endWord = 0;
};

// Per-word facts for flag edges, one byte per normalised word (bit meanings are the
// caller's; see phrases/word_flags.hpp).
using WordFlags = std::uint8_t;

class PhraseMatcher {
public:
    static constexpr std::uint32_t kUnknownWord = std::numeric_limits<std::uint32_t>::max();
    // Bounds of one walk (one start word): nodes visited and matches reported. Real
    // patterns visit a few dozen nodes; the bound only stops hostile data.
    static constexpr std::size_t kMaxStepsPerStart = 4096;
    static constexpr std::size_t kMaxMatchesPerStart = 256;

    using NodeId = std::uint32_t;
    static constexpr NodeId kRoot = 0;

    // Epsilon is taken without a word: it joins the ends of alternatives into one node, so
    // a pattern with several alternations grows linearly, not as their product.
    enum class EdgeKind : std::uint8_t { Any, InSet, NotInSet, HasFlags, LacksFlags, Epsilon };
    struct Edge {
        EdgeKind kind = EdgeKind::Any;
        std::uint32_t arg = 0; // set id, or flag bits
        friend bool operator==(const Edge&, const Edge&) = default;
    };

    // Building. A path from the root is grown edge by edge (an existing edge with the same
    // label is reused, so patterns share prefixes); accept() marks where a pattern ends.
    NodeId stepWord(NodeId from, std::string_view word);
    NodeId stepEdge(NodeId from, Edge edge);
    void accept(NodeId node, std::uint32_t payload);
    // A fresh node, and an Epsilon edge from `from` to an existing node (for joins).
    NodeId newNode();
    void link(NodeId from, NodeId to);
    // A set of words (interned), for InSet/NotInSet edges; the same words give the same id.
    std::uint32_t defineSet(const std::vector<std::string>& words);

    // Adds a plain pattern: normalised words, "*" any one word. Empty patterns are ignored.
    void add(const std::vector<std::string>& words, std::uint32_t payload);

    // Appends every match, ordered by first word, then by length (longest first), without
    // duplicates. `flags` may be empty (no word has any flag).
    void match(const text::MatchWords& words, std::vector<PhraseMatch>& out) const;
    void match(const text::MatchWords& words, const std::vector<std::uint32_t>& ids,
               const std::vector<WordFlags>& flags, std::vector<PhraseMatch>& out) const;
    // The vocabulary id of every word (kUnknownWord for words in no pattern or set).
    void idsOf(const text::MatchWords& words, std::vector<std::uint32_t>& ids) const;

    // The vocabulary id of a normalised word, or kUnknownWord.
    [[nodiscard]] std::uint32_t idOf(std::string_view word) const;
    // Interns a word that no pattern uses (for set comparisons such as fuzzy matching).
    std::uint32_t intern(std::string_view word);
    [[nodiscard]] bool inSet(std::uint32_t wordId, std::uint32_t set) const;

    [[nodiscard]] std::size_t patternCount() const { return patterns_; }
    [[nodiscard]] std::size_t nodeCount() const { return nodes_.size(); }
    [[nodiscard]] std::size_t setCount() const { return setCount_; }

private:
    struct SpecialEdge {
        Edge edge;
        NodeId child = 0;
    };
    struct Node {
        std::vector<SpecialEdge> special;    // edges not labelled by one word
        std::vector<std::uint32_t> payloads; // patterns that end here
    };
    // The vocabulary and the trie's word edges live in open-addressing tables (power-of-two
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

    struct Walk; // the state of one start word's walk (phrase_matcher.cpp)

    [[nodiscard]] std::int32_t child(NodeId node, std::uint32_t word) const;
    [[nodiscard]] bool takes(const Edge& e, std::uint32_t wordId, WordFlags flags) const;
    void addEdge(std::uint64_t key, std::uint32_t child);
    void growWords();
    void place(std::uint64_t hash, std::uint32_t id);
    void growEdges();
    void walk(Walk& w, std::uint32_t at, NodeId node) const;

    std::string pool_;                // the vocabulary's words, back to back
    std::vector<WordSlot> words_;     // word -> id (8 bytes a slot: stays in cache)
    std::vector<WordText> wordTexts_; // id -> the word in pool_
    // Which sets each word is in, as one bit per set: a row of setWords64_ 64-bit words per
    // vocabulary id (a set test is then one load and one mask on the hot path).
    std::vector<std::uint64_t> setBits_;
    std::size_t setWords64_ = 1;
    std::vector<std::vector<std::uint32_t>> setWords_; // set -> its sorted word ids
    std::size_t setCount_ = 0;
    std::size_t longestWord_ = 0;                      // longer words cannot be in the vocabulary
    std::vector<std::int32_t> rootChildren_;           // word id -> child of the root, or -1
    std::vector<std::vector<NodeId>> rootSetChildren_; // word id -> children of the root
                                                       // through set edges it takes
    std::vector<SpecialEdge> rootSets_;                // the root's set edges
    std::vector<EdgeSlot> edges_;                      // word edges below the root
    std::size_t edgeCount_ = 0;
    std::vector<Node> nodes_{Node{}};
    std::size_t patterns_ = 0;
};

} // namespace overture
