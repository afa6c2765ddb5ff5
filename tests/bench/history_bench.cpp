// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The "same note to everyone" lookup (repeated-note): one draft against 10 000 notes already
// sent. Two histories: varied notes (most share little with the draft), and the worst
// case, notes from one template, where every note is a candidate.
#include "history/note_history.hpp"

#include <benchmark/benchmark.h>
#include <string>

namespace {

using namespace overture;

constexpr int kNotes = 10000;

NoteHistory makeHistory(bool templated) {
    const char* topics[] = {
        "streaming joins", "billing", "retries",        "Kafka", "pricing",
        "hiring",          "Rust",    "design systems", "SRE",   "data contracts"};
    const char* openings[] = {"I read your post on",     "Thanks for the talk about",
                              "We met at the meetup on", "Your thread about",
                              "I enjoyed the panel on",  "Elena mentioned your work on",
                              "Your case study on",      "I saw your answer about"};
    NoteHistory h;
    for (int i = 0; i < kNotes; ++i) {
        const std::string n = std::to_string(i);
        std::string text;
        if (templated)
            text = "Hi Person" + n + ", I read your post on " + topics[i % 10] + " number " + n +
                   ". I work on similar things at Company" + std::to_string(i % 300) +
                   " and would like to connect.";
        else
            text = "Hi Person" + n + ", " + openings[(i * 7) % 8] + " " + topics[(i * 3) % 10] +
                   " (" + n + ") and the detail " + std::to_string(i * 31 % 997) +
                   ". I am building " + topics[i % 10] + " tooling in city " +
                   std::to_string(i % 50) + "; would you be open to connecting?";
        h.add(PastNote{text, "Person" + n, "Company" + std::to_string(i % 300), "met-in-person",
                       "2026-11-01T10:00:00Z"});
    }
    return h;
}

void lookup(benchmark::State& state, bool templated) {
    const NoteHistory history = makeHistory(templated);
    Recipient card;
    card.name = "Zed Quinn";
    card.company = "Acme";
    const std::string draft =
        "Hi Zed, I read your post on Kafka number 123. I work on similar things at Acme "
        "and would like to connect.";
    // The two histories must be what they claim, or the figure measures something else:
    // from one template, the draft repeats hundreds of notes; varied, it repeats none.
    const SimilarNotes found = history.findSimilar(draft, card);
    if (templated ? found.count < 100 : found.count != 0) {
        state.SkipWithError("the history does not hold the repeats this benchmark is about");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(history.findSimilar(draft, card));
    state.counters["notes"] = kNotes;
    state.counters["similar"] = static_cast<double>(found.count);
}

void BM_HistoryLookup10kVaried(benchmark::State& state) {
    lookup(state, false);
}
void BM_HistoryLookup10kTemplated(benchmark::State& state) {
    lookup(state, true);
}

} // namespace

BENCHMARK(BM_HistoryLookup10kVaried)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_HistoryLookup10kTemplated)->Unit(benchmark::kMicrosecond);
