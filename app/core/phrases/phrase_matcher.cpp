// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "phrases/phrase_matcher.hpp"

#include <algorithm>
#include <cstring>

namespace overture {

namespace {

std::uint64_t edgeKey(std::uint32_t node, std::uint32_t word) {
    return (static_cast<std::uint64_t>(node) << 32U) | word;
}

std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33U;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33U;
    return h;
}

// A fast hash for short words: eight bytes at a time.
[[gnu::always_inline]] inline std::uint64_t hashWord(std::string_view w) {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (w.size() * 0xC2B2AE3D27D4EB4FULL);
    const char* p = w.data();
    std::size_t n = w.size();
    while (n >= 8) {
        std::uint64_t k = 0;
        std::memcpy(&k, p, 8);
        h = mix(h ^ k) * 0x9E3779B97F4A7C15ULL;
        p += 8;
        n -= 8;
    }
    // The tail in whole loads (a byte-wise copy into a word stalls store forwarding):
    // two overlapping 4-byte reads, or the first, middle and last byte.
    if (n >= 4) {
        std::uint32_t lo = 0;
        std::uint32_t hi = 0;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);
        h ^= (static_cast<std::uint64_t>(hi) << 32U) | lo;
    } else if (n > 0) {
        const auto at = [p](std::size_t i) {
            return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i]));
        };
        h ^= (at(0) << 16U) | (at(n / 2) << 8U) | at(n - 1);
    }
    return mix(h);
}

// memcmp(a, b, n) == 0 without a library call for the short words of a vocabulary.
[[gnu::always_inline]] inline bool sameBytes(const char* a, const char* b, std::size_t n) {
    if (n >= 4 && n <= 8) {
        std::uint32_t a0 = 0;
        std::uint32_t a1 = 0;
        std::uint32_t b0 = 0;
        std::uint32_t b1 = 0;
        std::memcpy(&a0, a, 4);
        std::memcpy(&a1, a + n - 4, 4);
        std::memcpy(&b0, b, 4);
        std::memcpy(&b1, b + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n < 4) {
        for (std::size_t i = 0; i < n; ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }
    return std::memcmp(a, b, n) == 0;
}

std::size_t edgeSlot(std::uint64_t key, std::size_t mask) {
    return static_cast<std::size_t>(mix(key)) & mask;
}

} // namespace

std::uint32_t PhraseMatcher::idOf(std::string_view word) const {
    if (word.size() > longestWord_ || words_.empty())
        return kUnknownWord;
    const std::uint64_t h = hashWord(word);
    const auto tag = static_cast<std::uint32_t>(h >> 32U);
    const std::size_t mask = words_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
        const WordSlot slot = words_[i];
        if (slot.id == kUnknownWord)
            return kUnknownWord;
        if (slot.tag != tag)
            continue;
        const WordText& t = wordTexts_[slot.id];
        if (t.length == word.size() && sameBytes(pool_.data() + t.offset, word.data(), word.size()))
            return slot.id;
    }
}

void PhraseMatcher::place(std::uint64_t hash, std::uint32_t id) {
    const std::size_t mask = words_.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    while (words_[i].id != kUnknownWord)
        i = (i + 1) & mask;
    words_[i] = WordSlot{static_cast<std::uint32_t>(hash >> 32U), id};
}

void PhraseMatcher::growWords() {
    words_.assign(std::max<std::size_t>(64, words_.size() * 2), WordSlot{});
    for (std::uint32_t id = 0; id < wordTexts_.size(); ++id) {
        const WordText& t = wordTexts_[id];
        place(hashWord(std::string_view(pool_).substr(t.offset, t.length)), id);
    }
}

std::uint32_t PhraseMatcher::intern(std::string_view word) {
    if (const std::uint32_t known = idOf(word); known != kUnknownWord)
        return known;
    if ((wordTexts_.size() + 1) * 2 > words_.size())
        growWords();
    const auto id = static_cast<std::uint32_t>(wordTexts_.size());
    wordTexts_.push_back(WordText{static_cast<std::uint32_t>(pool_.size()),
                                  static_cast<std::uint32_t>(word.size())});
    setBits_.resize(wordTexts_.size() * setWords64_, 0);
    pool_.append(word);
    place(hashWord(word), id);
    longestWord_ = std::max(longestWord_, word.size());
    return id;
}

void PhraseMatcher::growEdges() {
    std::vector<EdgeSlot> old = std::move(edges_);
    edges_.assign(std::max<std::size_t>(64, old.size() * 2), EdgeSlot{});
    const std::size_t mask = edges_.size() - 1;
    for (const EdgeSlot& slot : old) {
        if (slot.key == kNoEdge)
            continue;
        std::size_t i = edgeSlot(slot.key, mask);
        while (edges_[i].key != kNoEdge)
            i = (i + 1) & mask;
        edges_[i] = slot;
    }
}

void PhraseMatcher::addEdge(std::uint64_t key, std::uint32_t child) {
    if ((edgeCount_ + 1) * 2 > edges_.size())
        growEdges();
    const std::size_t mask = edges_.size() - 1;
    std::size_t i = edgeSlot(key, mask);
    while (edges_[i].key != kNoEdge)
        i = (i + 1) & mask;
    edges_[i] = EdgeSlot{key, child};
    ++edgeCount_;
}

PhraseMatcher::NodeId PhraseMatcher::newNode() {
    nodes_.emplace_back();
    return static_cast<NodeId>(nodes_.size() - 1);
}

PhraseMatcher::NodeId PhraseMatcher::stepWord(NodeId from, std::string_view word) {
    const std::uint32_t id = intern(word);
    if (const std::int32_t next = child(from, id); next >= 0)
        return static_cast<NodeId>(next);
    const NodeId next = newNode();
    if (from == kRoot) {
        if (rootChildren_.size() <= id)
            rootChildren_.resize(id + 1, -1);
        rootChildren_[id] = static_cast<std::int32_t>(next);
    } else {
        addEdge(edgeKey(from, id), next);
    }
    return next;
}

PhraseMatcher::NodeId PhraseMatcher::stepEdge(NodeId from, Edge edge) {
    for (const SpecialEdge& e : from == kRoot ? rootSets_ : nodes_[from].special)
        if (e.edge == edge)
            return e.child;
    const NodeId next = newNode();
    if (from == kRoot && edge.kind == EdgeKind::InSet) {
        // Indexed by word, so that a word of the draft finds the patterns its classes
        // start without testing every class that starts one.
        for (const std::uint32_t w : setWords_[edge.arg]) {
            if (rootSetChildren_.size() <= w)
                rootSetChildren_.resize(w + 1);
            rootSetChildren_[w].push_back(next);
        }
        rootSets_.push_back(SpecialEdge{edge, next});
        return next;
    }
    nodes_[from].special.push_back(SpecialEdge{edge, next});
    return next;
}

void PhraseMatcher::link(NodeId from, NodeId to) {
    nodes_[from].special.push_back(SpecialEdge{Edge{EdgeKind::Epsilon, 0}, to});
}

void PhraseMatcher::accept(NodeId node, std::uint32_t payload) {
    auto& payloads = nodes_[node].payloads;
    if (std::find(payloads.begin(), payloads.end(), payload) == payloads.end())
        payloads.push_back(payload);
    ++patterns_;
}

std::uint32_t PhraseMatcher::defineSet(const std::vector<std::string>& words) {
    std::vector<std::uint32_t> ids;
    ids.reserve(words.size());
    for (const std::string& w : words)
        ids.push_back(intern(w));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (std::uint32_t s = 0; s < setWords_.size(); ++s)
        if (setWords_[s] == ids)
            return s;
    const auto set = static_cast<std::uint32_t>(setWords_.size());
    if (set / 64 >= setWords64_) {
        // One more 64-bit word per row: re-lay the table out.
        const std::size_t wider = setWords64_ + 1;
        std::vector<std::uint64_t> bits(wordTexts_.size() * wider, 0);
        for (std::size_t w = 0; w < wordTexts_.size(); ++w)
            std::copy_n(setBits_.begin() + static_cast<std::ptrdiff_t>(w * setWords64_),
                        setWords64_, bits.begin() + static_cast<std::ptrdiff_t>(w * wider));
        setBits_ = std::move(bits);
        setWords64_ = wider;
    }
    for (const std::uint32_t id : ids)
        setBits_[id * setWords64_ + set / 64] |= std::uint64_t{1} << (set % 64);
    setWords_.push_back(std::move(ids));
    setCount_ = setWords_.size();
    return set;
}

bool PhraseMatcher::inSet(std::uint32_t wordId, std::uint32_t set) const {
    if (wordId >= wordTexts_.size())
        return false;
    return ((setBits_[wordId * setWords64_ + set / 64] >> (set % 64)) & 1U) != 0;
}

void PhraseMatcher::add(const std::vector<std::string>& words, std::uint32_t payload) {
    if (words.empty())
        return;
    NodeId node = kRoot;
    for (const std::string& w : words)
        node = w == "*" ? stepEdge(node, Edge{EdgeKind::Any, 0}) : stepWord(node, w);
    accept(node, payload);
}

std::int32_t PhraseMatcher::child(NodeId node, std::uint32_t word) const {
    if (word == kUnknownWord)
        return -1;
    if (node == kRoot)
        return word < rootChildren_.size() ? rootChildren_[word] : -1;
    if (edges_.empty())
        return -1;
    const std::uint64_t key = edgeKey(node, word);
    const std::size_t mask = edges_.size() - 1;
    for (std::size_t i = edgeSlot(key, mask);; i = (i + 1) & mask) {
        if (edges_[i].key == key)
            return static_cast<std::int32_t>(edges_[i].child);
        if (edges_[i].key == kNoEdge)
            return -1;
    }
}

bool PhraseMatcher::takes(const Edge& e, std::uint32_t wordId, WordFlags flags) const {
    switch (e.kind) {
    case EdgeKind::Any:
        return true;
    case EdgeKind::InSet:
        return inSet(wordId, e.arg);
    case EdgeKind::NotInSet:
        return !inSet(wordId, e.arg);
    case EdgeKind::HasFlags:
        return (flags & e.arg) == e.arg;
    case EdgeKind::LacksFlags:
        return (flags & e.arg) == 0;
    case EdgeKind::Epsilon:
        return false; // taken without a word (walk)
    }
    return false;
}

struct PhraseMatcher::Walk {
    const std::vector<std::uint32_t>& ids;
    const std::vector<WordFlags>& flags;
    const text::MatchWords& words;
    std::uint32_t start = 0;
    std::size_t steps = 0;
    std::size_t matches = 0;
    std::vector<PhraseMatch>& out;
};

void PhraseMatcher::walk(Walk& w, std::uint32_t at, NodeId node) const {
    if (++w.steps > kMaxStepsPerStart)
        return;
    for (const std::uint32_t payload : nodes_[node].payloads) {
        if (w.matches++ >= kMaxMatchesPerStart)
            return;
        w.out.push_back(PhraseMatch{payload, w.start, at});
    }
    for (const SpecialEdge& e : nodes_[node].special)
        if (e.edge.kind == EdgeKind::Epsilon)
            walk(w, at, e.child);
    if (at >= w.ids.size() || w.words[at].sentence != w.words[w.start].sentence)
        return;
    const std::uint32_t id = w.ids[at];
    if (const std::int32_t next = child(node, id); next >= 0)
        walk(w, at + 1, static_cast<NodeId>(next));
    if (node == kRoot && id < rootSetChildren_.size())
        for (const NodeId next : rootSetChildren_[id])
            walk(w, at + 1, next);
    const WordFlags flags = at < w.flags.size() ? w.flags[at] : WordFlags{0};
    for (const SpecialEdge& e : nodes_[node].special)
        if (takes(e.edge, id, flags))
            walk(w, at + 1, e.child);
}

void PhraseMatcher::idsOf(const text::MatchWords& words, std::vector<std::uint32_t>& ids) const {
    ids.resize(words.size());
    for (std::size_t i = 0; i < words.size(); ++i)
        ids[i] = idOf(words.textOf(i));
}

void PhraseMatcher::match(const text::MatchWords& words, std::vector<PhraseMatch>& out) const {
    std::vector<std::uint32_t> ids;
    idsOf(words, ids);
    match(words, ids, {}, out);
}

void PhraseMatcher::match(const text::MatchWords& words, const std::vector<std::uint32_t>& ids,
                          const std::vector<WordFlags>& flags,
                          std::vector<PhraseMatch>& out) const {
    const std::size_t first = out.size();
    const bool rootHasSpecial = !nodes_[kRoot].special.empty();
    for (std::uint32_t i = 0; i < ids.size(); ++i) {
        // A word that starts no pattern starts nothing: most words of a draft stop here.
        const std::uint32_t id = ids[i];
        const bool startsByClass = id < rootSetChildren_.size() && !rootSetChildren_[id].empty();
        if (!rootHasSpecial && !startsByClass && child(kRoot, id) < 0)
            continue;
        Walk w{ids, flags, words, i, 0, 0, out};
        walk(w, i, kRoot);
    }
    // Longest first within a start, which the rules rely on when they de-duplicate; two
    // paths through a gap can reach the same end, so duplicates are dropped.
    const auto begin = out.begin() + static_cast<std::ptrdiff_t>(first);
    std::sort(begin, out.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
        if (a.firstWord != b.firstWord)
            return a.firstWord < b.firstWord;
        if (a.endWord != b.endWord)
            return a.endWord > b.endWord;
        return a.pattern < b.pattern;
    });
    out.erase(std::unique(begin, out.end(),
                          [](const PhraseMatch& a, const PhraseMatch& b) {
                              return a.firstWord == b.firstWord && a.endWord == b.endWord &&
                                     a.pattern == b.pattern;
                          }),
              out.end());
}

} // namespace overture
