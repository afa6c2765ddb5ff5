// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Linter's threading contract (engine/linter.hpp): a const Linter, with its Hunspell
// speller, is linted from several threads at once and every thread gets the report a
// single thread gets. Before the speller's cache was guarded, four threads inserting
// into it at once corrupted the hash map (a crash, or a ThreadSanitizer report in the
// build of scripts/sanitize.sh).
#include "test_support.hpp"

#include <latch>
#include <thread>

using namespace overture;

namespace {

// Notes with many words Hunspell has never seen ("Zorvex417"), so every thread keeps
// missing the cache and inserting into it while the others read it.
std::vector<std::string> distinctNotes(std::size_t count, std::size_t seed) {
    std::vector<std::string> notes;
    notes.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        std::string note = "Hi Priya, I enjoyed your talk on";
        for (std::size_t w = 0; w < 12; ++w)
            note += " zorvex" + std::to_string(seed * 100000 + i * 12 + w);
        note += " at RustConf. I realy liked the demo; would you share the slides?";
        notes.push_back(std::move(note));
    }
    return notes;
}

std::string summary(const Report& r) {
    std::string out;
    for (const Finding& f : r.findings)
        out += f.rule + "@" + std::to_string(f.span.begin) + "-" + std::to_string(f.span.end) + ";";
    return out + (r.ready ? "ready" : "not-ready");
}

std::shared_ptr<HunspellSpeller> freshSpeller() {
    std::string error;
    std::shared_ptr<HunspellSpeller> speller = HunspellSpeller::open("en_US", error);
    REQUIRE_MESSAGE(speller != nullptr, error);
    return speller;
}

} // namespace

TEST_CASE("threads: one const Linter linted from four threads at once gives each the same "
          "reports as one thread") {
    constexpr std::size_t kThreads = 4;
    constexpr std::size_t kNotesPerThread = 1500;
    const Recipient card = test::card(Relationship::FollowsTheirWork, "Priya Shah");

    // The answers of a linter no other thread touches.
    const Linter reference(test::shippedData(), freshSpeller());
    std::vector<std::vector<std::string>> notes(kThreads);
    std::vector<std::vector<std::string>> expected(kThreads);
    for (std::size_t t = 0; t < kThreads; ++t) {
        // Half of each thread's notes are its own, half shared with the next thread, so
        // threads both miss the cache at once and read what another just inserted.
        notes[t] = distinctNotes(kNotesPerThread / 2, t);
        const auto shared = distinctNotes(kNotesPerThread / 2, 100 + (t % 2));
        notes[t].insert(notes[t].end(), shared.begin(), shared.end());
        for (const auto& n : notes[t])
            expected[t].push_back(summary(reference.lint(n, card)));
    }
    REQUIRE(expected[0][0].find("spelling") != std::string::npos);

    const auto speller = freshSpeller();
    const Linter shared(test::shippedData(), speller);
    std::vector<std::vector<std::string>> got(kThreads);
    std::latch start(kThreads);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (const auto& n : notes[t])
                got[t].push_back(summary(shared.lint(n, card)));
        });
    for (auto& th : threads)
        th.join();
    for (std::size_t t = 0; t < kThreads; ++t) {
        CAPTURE(t);
        CHECK(got[t] == expected[t]);
    }
    CHECK(speller->cachedWords() <= HunspellSpeller::kMaxCachedWords);
}

TEST_CASE("threads: four threads asking the speller about new words at once") {
    // The cache's worst case: every question a miss, so every thread inserts (and the
    // map rehashes) while the others look words up. Each answer must be Hunspell's own.
    const auto speller = freshSpeller();
    constexpr int kThreads = 4;
    constexpr int kWords = 40000;
    std::latch start(kThreads);
    std::vector<int> wrong(kThreads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (int i = 0; i < kWords; ++i) {
                // Every other word is a real one ("note" and "notes" alternate with
                // "zorvex<n>"), shared between neighbouring threads.
                const int n = (t / 2) * kWords + i;
                const bool real = (i % 2) == 0;
                const std::string word =
                    real ? (i % 4 == 0 ? "note" : "notes") : "zorvex" + std::to_string(n);
                if (speller->isCorrect(word) != real)
                    ++wrong[t];
            }
        });
    for (auto& th : threads)
        th.join();
    for (int t = 0; t < kThreads; ++t)
        CHECK(wrong[t] == 0);
    CHECK(speller->cachedWords() <= HunspellSpeller::kMaxCachedWords);
}

TEST_CASE("threads: a word added to the speller while other threads check it is accepted "
          "afterwards, never shadowed by a stale cached answer") {
    const auto speller = freshSpeller();
    const std::string word = "Zorvexian";
    REQUIRE_FALSE(speller->isCorrect(word));
    std::atomic<bool> stop{false};
    std::vector<std::thread> readers;
    for (int t = 0; t < 3; ++t)
        readers.emplace_back([&] {
            while (!stop.load()) {
                (void)speller->isCorrect(word);
                (void)speller->isCorrect("Zorvexians");
            }
        });
    speller->addWord(word);
    // Once addWord() has returned, every later question gets the new answer.
    for (int i = 0; i < 2000; ++i)
        REQUIRE(speller->isCorrect(word));
    stop = true;
    for (auto& th : readers)
        th.join();
    CHECK(speller->isCorrect(word));
}

TEST_CASE("threads: suggestions and checks from several threads at once") {
    const auto speller = freshSpeller();
    const auto alone = speller->suggest("realy", 5);
    REQUIRE_FALSE(alone.empty());
    std::latch start(3);
    std::vector<std::vector<std::string>> got(3);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 3; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (int i = 0; i < 3; ++i) {
                got[t] = speller->suggest("realy", 5);
                for (int w = 0; w < 200; ++w)
                    (void)speller->isCorrect("word" + std::to_string(t * 1000 + w));
            }
        });
    for (auto& th : threads)
        th.join();
    for (const auto& g : got)
        CHECK(g == alone);
}
