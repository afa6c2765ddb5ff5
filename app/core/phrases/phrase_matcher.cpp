#include "phrases/phrase_matcher.hpp"

#include <algorithm>

namespace overture {

namespace {
std::uint64_t edgeKey(std::uint32_t node, std::uint32_t word) {
    return (static_cast<std::uint64_t>(node) << 32U) | word;
}
} // namespace

std::uint32_t PhraseMatcher::intern(std::string_view word) {
    const auto it = vocabulary_.find(word);
    if (it != vocabulary_.end())
        return it->second;
    const auto id = static_cast<std::uint32_t>(vocabulary_.size());
    vocabulary_.emplace(std::string(word), id);
    return id;
}

std::uint32_t PhraseMatcher::idOf(std::string_view word) const {
    const auto it = vocabulary_.find(word);
    return it == vocabulary_.end() ? kUnknownWord : it->second;
}

void PhraseMatcher::add(const std::vector<std::string>& words, std::uint32_t payload) {
    if (words.empty())
        return;
    std::uint32_t node = 0;
    for (const std::string& w : words) {
        if (w == "*") {
            if (nodes_[node].wildcard < 0) {
                nodes_[node].wildcard = static_cast<std::int32_t>(nodes_.size());
                nodes_.emplace_back();
            }
            node = static_cast<std::uint32_t>(nodes_[node].wildcard);
            continue;
        }
        const std::uint32_t id = intern(w);
        const auto [it, inserted] =
            edges_.try_emplace(edgeKey(node, id), static_cast<std::uint32_t>(nodes_.size()));
        if (inserted)
            nodes_.emplace_back();
        node = it->second;
    }
    nodes_[node].payloads.push_back(payload);
    ++patterns_;
}

std::int32_t PhraseMatcher::child(std::uint32_t node, std::uint32_t word) const {
    if (word == kUnknownWord)
        return -1;
    const auto it = edges_.find(edgeKey(node, word));
    return it == edges_.end() ? -1 : static_cast<std::int32_t>(it->second);
}

void PhraseMatcher::walk(const std::vector<std::uint32_t>& ids, const text::MatchWords& words,
                         std::uint32_t start, std::uint32_t at, std::uint32_t node,
                         std::vector<PhraseMatch>& out) const {
    for (const std::uint32_t payload : nodes_[node].payloads)
        out.push_back(PhraseMatch{payload, start, at});
    if (at >= ids.size() || words[at].sentence != words[start].sentence)
        return;
    if (const std::int32_t next = child(node, ids[at]); next >= 0)
        walk(ids, words, start, at + 1, static_cast<std::uint32_t>(next), out);
    if (nodes_[node].wildcard >= 0)
        walk(ids, words, start, at + 1, static_cast<std::uint32_t>(nodes_[node].wildcard), out);
}

void PhraseMatcher::match(const text::MatchWords& words, std::vector<PhraseMatch>& out) const {
    std::vector<std::uint32_t> ids(words.size());
    for (std::size_t i = 0; i < words.size(); ++i)
        ids[i] = idOf(words.textOf(i));
    const std::size_t first = out.size();
    for (std::uint32_t i = 0; i < ids.size(); ++i) {
        // Patterns never start with "*", so a word outside the vocabulary starts nothing.
        if (ids[i] == kUnknownWord)
            continue;
        walk(ids, words, i, i, 0, out);
    }
    // Drop the empty match the root would give (the root holds no payloads) and order
    // each start's matches longest first, which the rules rely on when they de-duplicate.
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                     [](const PhraseMatch& a, const PhraseMatch& b) {
                         if (a.firstWord != b.firstWord)
                             return a.firstWord < b.firstWord;
                         return a.endWord > b.endWord;
                     });
}

} // namespace overture
