// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/note_history.hpp"

#include "history/history_json.hpp"
#include "text/match_words.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <sstream>
#include <unordered_set>

namespace overture {

namespace {

constexpr std::size_t kShingleWords = 3;

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ULL) {
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

void foldedWords(std::string_view field, std::unordered_set<std::string>& out) {
    for (const auto& t : text::tokenize(field))
        if (t.kind == text::TokenKind::Word)
            out.insert(text::foldForMatching(t.in(field)));
}

Recipient cardOf(const PastNote& n) {
    Recipient r;
    r.name = n.name;
    r.company = n.company;
    return r;
}

std::string foldedName(const std::string& s) {
    std::string out;
    for (const auto& t : text::tokenize(s))
        if (t.isWordLike()) {
            if (!out.empty())
                out += ' ';
            out += text::foldForMatching(t.in(s));
        }
    return out;
}

// Days since the Unix epoch of a proleptic Gregorian date (Howard Hinnant's algorithm).
long daysFromCivil(long y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

} // namespace

std::optional<long> parseIsoDay(const std::string& iso) {
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    if (iso.size() < 10 || std::sscanf(iso.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3 || m < 1 ||
        m > 12 || d < 1 || d > 31)
        return std::nullopt;
    return daysFromCivil(y, m, d);
}

std::vector<std::uint64_t> maskedShingles(std::string_view text, const Recipient& card) {
    std::unordered_set<std::string> masked;
    foldedWords(card.name, masked);
    foldedWords(card.company, masked);
    const auto tokens = text::tokenize(text);
    const auto sentences = text::splitSentences(text, tokens);
    const text::MatchWords words(text, tokens, sentences);
    std::vector<std::uint64_t> hashes;
    std::vector<std::uint64_t> wordHashes;
    wordHashes.reserve(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words.textOf(i);
        wordHashes.push_back(masked.count(std::string(w)) != 0 ? fnv1a("\x01<recipient>")
                                                               : fnv1a(w));
    }
    if (wordHashes.size() < kShingleWords) {
        if (!wordHashes.empty()) {
            std::uint64_t h = 0;
            for (const auto w : wordHashes)
                h = h * 31 + w;
            hashes.push_back(h);
        }
        return hashes;
    }
    for (std::size_t i = 0; i + kShingleWords <= wordHashes.size(); ++i) {
        std::uint64_t h = 1469598103934665603ULL;
        for (std::size_t k = 0; k < kShingleWords; ++k)
            h = (h ^ wordHashes[i + k]) * 1099511628211ULL;
        hashes.push_back(h);
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    return hashes;
}

void NoteHistory::add(PastNote note) {
    const auto id = static_cast<std::uint32_t>(notes_.size());
    std::vector<std::uint64_t> sh = maskedShingles(note.text, cardOf(note));
    for (const auto h : sh)
        index_[h].push_back(id);
    shingles_.push_back(std::move(sh));
    foldedNames_.push_back(foldedName(note.name));
    notes_.push_back(std::move(note));
}

double NoteHistory::similarity(std::string_view a, const Recipient& cardA, std::string_view b,
                               const Recipient& cardB) {
    const auto sa = maskedShingles(a, cardA);
    const auto sb = maskedShingles(b, cardB);
    std::vector<std::uint64_t> common;
    std::set_intersection(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(common));
    const std::size_t unionSize = sa.size() + sb.size() - common.size();
    return unionSize == 0 ? 0.0
                          : static_cast<double>(common.size()) / static_cast<double>(unionSize);
}

SimilarNotes NoteHistory::findSimilar(std::string_view text, const Recipient& card,
                                      double threshold) const {
    SimilarNotes result;
    const auto query = maskedShingles(text, card);
    if (query.empty() || notes_.empty())
        return result;
    // Count shared shingles per note in a flat array: a common shingle ("would like
    // to") can be in every note, and an array increment is far cheaper than a hash map's.
    std::vector<std::uint32_t> shared(notes_.size(), 0);
    std::vector<std::uint32_t> touched;
    for (const auto h : query) {
        const auto it = index_.find(h);
        if (it == index_.end())
            continue;
        for (const auto id : it->second)
            if (shared[id]++ == 0)
                touched.push_back(id);
    }
    const std::string name = foldedName(card.name);
    for (const auto id : touched) {
        const std::uint32_t count = shared[id];
        const std::size_t unionSize = query.size() + shingles_[id].size() - count;
        const double sim = static_cast<double>(count) / static_cast<double>(unionSize);
        if (sim < threshold)
            continue;
        const PastNote& note = notes_[id];
        if (!name.empty() && foldedNames_[id] == name)
            continue; // the same recipient: that is already-invited, not a repeat
        ++result.count;
        result.bestSimilarity = std::max(result.bestSimilarity, sim);
        if (result.latest == nullptr || note.sentAt > result.latest->sentAt)
            result.latest = &note;
    }
    return result;
}

std::vector<const PastNote*> NoteHistory::sentTo(const Recipient& card) const {
    std::vector<const PastNote*> out;
    const std::string name = foldedName(card.name);
    if (name.empty())
        return out;
    const std::string company = foldedName(card.company);
    for (std::size_t i = 0; i < notes_.size(); ++i) {
        const PastNote& n = notes_[i];
        if (foldedNames_[i] != name)
            continue;
        const std::string theirs = foldedName(n.company);
        if (!company.empty() && !theirs.empty() && theirs != company)
            continue;
        out.push_back(&n);
    }
    return out;
}

NoteHistory NoteHistory::fromJson(std::string_view json, const std::string& source) {
    NoteHistory history;
    readHistoryJson(json, source, [&](PastNote&& note) { history.add(std::move(note)); });
    return history;
}

std::string NoteHistory::toJson() const {
    std::ostringstream out;
    writeHistoryJson(out, notes_);
    return out.str();
}

std::string describeAge(const std::string& isoDate) {
    const auto day = parseIsoDay(isoDate);
    if (!day)
        return isoDate;
    const auto now = std::chrono::system_clock::now();
    const long today = static_cast<long>(
        std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24);
    const long days = today - *day;
    if (days <= 0)
        return "today";
    if (days == 1)
        return "yesterday";
    if (days < 60)
        return std::to_string(days) + " days ago";
    if (days < 730)
        return std::to_string(days / 30) + " months ago";
    return std::to_string(days / 365) + " years ago";
}

} // namespace overture
