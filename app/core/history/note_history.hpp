// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The notes a person already sent (recorded on each Copy), and the two questions the
// rules ask of them: "was nearly this note sent to someone else?" (repeated-note) and
// "did this recipient already get one?" (already-invited). Plain C++: the app feeds it
// from its SQLite database, the CLI from an exported JSON file.
//
// Similarity is the Jaccard index of word 3-shingles, with each note's own recipient
// name and company masked, so "Hi Priya, ... Northwind ..." and "Hi Tom, ... Acme ..."
// compare equal. An inverted index from shingle to notes keeps a lookup over 10 000
// notes to the notes that share at least one shingle.
#pragma once

#include "model/recipient.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace overture {

struct PastNote {
    std::string text;
    std::string name;
    std::string company;
    std::string relationship; // id, may be empty
    std::string sentAt;       // ISO 8601, e.g. 2026-11-22T09:30:00Z
};

struct SimilarNotes {
    std::size_t count = 0;            // notes to other recipients at or above the threshold
    const PastNote* latest = nullptr; // the most recent of them
    double bestSimilarity = 0.0;
};

class NoteHistory {
public:
    // Chosen on tests/core/history_test.cpp: a note resent with another name and a word
    // or two changed scores 0.6-1.0; different notes to the same company score below 0.2.
    static constexpr double kSimilarityThreshold = 0.5;

    void add(PastNote note);
    [[nodiscard]] const std::vector<PastNote>& notes() const { return notes_; }
    [[nodiscard]] std::size_t size() const { return notes_.size(); }

    [[nodiscard]] SimilarNotes findSimilar(std::string_view text, const Recipient& card,
                                           double threshold = kSimilarityThreshold) const;
    // Notes already sent to this recipient (same name, and same company when both have one).
    [[nodiscard]] std::vector<const PastNote*> sentTo(const Recipient& card) const;

    // Jaccard similarity of two texts with the given names masked (exposed for tests).
    static double similarity(std::string_view a, const Recipient& cardA, std::string_view b,
                             const Recipient& cardB);

    // The exported JSON: an array of {"text","name","company","relationship","sent_at"},
    // read and written a note at a time (history/history_json.hpp). Throws DataError
    // naming the file and the field.
    static NoteHistory fromJson(std::string_view json, const std::string& source);
    [[nodiscard]] std::string toJson() const;

private:
    std::vector<PastNote> notes_;
    std::vector<std::vector<std::uint64_t>> shingles_; // per note, sorted unique
    std::vector<std::string> foldedNames_; // per note, for "same recipient?" without re-tokenising
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> index_; // shingle -> notes
};

// Shingles of a text with the card's name and company words masked (sorted, unique).
std::vector<std::uint64_t> maskedShingles(std::string_view text, const Recipient& card);

// Days since 1970-01-01 of an ISO 8601 date ("2026-11-22T09:30:00Z"), or nullopt.
std::optional<long> parseIsoDay(const std::string& iso);

// "3 days ago", "today", "2 months ago" for an ISO 8601 date, relative to now.
std::string describeAge(const std::string& isoDate);

} // namespace overture
