// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// overture_bench: the engine's speed, one Google Benchmark per figure of the README's
// Performance table.
//
//   overture_bench --benchmark_repetitions=7 --benchmark_report_aggregates_only=true
//
// Texts are made at run time (prose.hpp); the data files are the ones overture-lint
// finds (OVERTURE_DATA_DIR, else the source tree). Prose benchmarks report bytes per
// second; "cold" spelling benchmarks empty the speller's cache before every lint, as a
// fresh overture-lint process starts, "warm" ones keep it, as the editor does.
#include "data/data_locator.hpp"
#include "engine/linter.hpp"
#include "engine/load_lint_data.hpp"
#include "engine/spellers.hpp"
#include "openers/opener_library.hpp"
#include "prose.hpp"
#include "rules/lint_data.hpp"
#include "spelling/hunspell_speller.hpp"
#include "text/tokenizer.hpp"

#include <benchmark/benchmark.h>
#include <hunspell/hunspell.hxx>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>

namespace {

using namespace overture;

const std::string& dictionaryLanguage() {
    static const std::string lang = [] {
        const char* env = std::getenv("OVERTURE_BENCH_LANG");
        return std::string(env != nullptr && *env != '\0' ? env : "en_US");
    }();
    return lang;
}

std::shared_ptr<const LintData> lintData() {
    static const auto data = loadLintData(findDataDir()).data;
    return data;
}

std::shared_ptr<HunspellSpeller> speller() {
    static const std::shared_ptr<HunspellSpeller> s = [] {
        std::string error;
        std::shared_ptr<HunspellSpeller> sp = HunspellSpeller::open(dictionaryLanguage(), error);
        if (!sp)
            std::cerr << "overture_bench: " << error << '\n';
        return sp;
    }();
    return s;
}

// A linter set up as overture-lint and the editor set it up: the chosen dictionary and
// the language's other variant as the alternate.
Linter spellingLinter(std::shared_ptr<HunspellSpeller> sp) {
    Linter linter(lintData(), sp);
    linter.setAlternateSpeller(alternateSpellerFor(*lintData(), dictionaryLanguage()));
    return linter;
}

const std::string& prose(std::size_t bytes) {
    static std::mutex mutex;
    static std::map<std::size_t, std::string> cache;
    const std::lock_guard lock(mutex);
    auto it = cache.find(bytes);
    if (it == cache.end())
        it = cache.emplace(bytes, bench::makeProse(bytes)).first;
    return it->second;
}

// The words the spelling rule hands to the speller, apostrophes folded as it does.
std::vector<std::string> spellingWords(std::string_view text) {
    std::vector<std::string> words;
    for (const text::Token& t : text::tokenize(text)) {
        if (t.kind != text::TokenKind::Word || t.hasDigit || t.allCaps)
            continue;
        const std::string_view raw = t.in(text);
        if (raw.size() < 2 || raw.size() > 64)
            continue;
        std::string w;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw.compare(i, 3, "\xE2\x80\x99") == 0) {
                w += '\'';
                i += 2;
            } else {
                w += raw[i];
            }
        }
        words.push_back(std::move(w));
    }
    return words;
}

constexpr std::int64_t kKiB = 1024;

void proseSizes(benchmark::internal::Benchmark* b) {
    for (const std::int64_t size : {kKiB, 10 * kKiB, 100 * kKiB, 1024 * kKiB})
        b->Arg(size);
    b->Unit(benchmark::kMicrosecond);
}

// ---- The 300-character note -------------------------------------------------------

void BM_Note_RulesOnly(benchmark::State& state) {
    const Linter linter(lintData(), nullptr);
    const Recipient card = bench::noteCard();
    LintOptions options;
    options.spelling = false;
    for (auto _ : state)
        benchmark::DoNotOptimize(linter.lint(bench::kNote, card, options));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bench::kNote.size()));
    state.counters["bytes"] = static_cast<double>(bench::kNote.size());
}
BENCHMARK(BM_Note_RulesOnly)->Unit(benchmark::kMicrosecond);

// Warm cache: the editor re-lints the same note on each keystroke with one speller.
void BM_Note_RulesSpelling(benchmark::State& state) {
    const auto sp = speller();
    if (!sp) {
        state.SkipWithError("no Hunspell dictionary");
        return;
    }
    const Linter linter = spellingLinter(sp);
    const Recipient card = bench::noteCard();
    for (auto _ : state)
        benchmark::DoNotOptimize(linter.lint(bench::kNote, card));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bench::kNote.size()));
}
BENCHMARK(BM_Note_RulesSpelling)->Unit(benchmark::kMicrosecond);

// Cold cache: every word of the note goes to Hunspell (the first lint after start-up).
void BM_Note_RulesSpellingCold(benchmark::State& state) {
    const auto sp = speller();
    if (!sp) {
        state.SkipWithError("no Hunspell dictionary");
        return;
    }
    const Linter linter = spellingLinter(sp);
    const Recipient card = bench::noteCard();
    for (auto _ : state) {
        sp->clearCache();
        benchmark::DoNotOptimize(linter.lint(bench::kNote, card));
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bench::kNote.size()));
}
BENCHMARK(BM_Note_RulesSpellingCold)->Unit(benchmark::kMicrosecond);

// ---- Prose of growing size --------------------------------------------------------

void BM_Prose_RulesOnly(benchmark::State& state) {
    const std::string& text = prose(static_cast<std::size_t>(state.range(0)));
    const Linter linter(lintData(), nullptr);
    const Recipient card = bench::noteCard();
    LintOptions options;
    options.spelling = false;
    for (auto _ : state)
        benchmark::DoNotOptimize(linter.lint(text, card, options));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_Prose_RulesOnly)->Apply(proseSizes);

// Spelling with a cold cache each time: what a fresh overture-lint process does.
void BM_Prose_RulesSpelling(benchmark::State& state) {
    const auto sp = speller();
    if (!sp) {
        state.SkipWithError("no Hunspell dictionary");
        return;
    }
    const std::string& text = prose(static_cast<std::size_t>(state.range(0)));
    const Linter linter = spellingLinter(sp);
    const Recipient card = bench::noteCard();
    for (auto _ : state) {
        state.PauseTiming();
        sp->clearCache();
        state.ResumeTiming();
        benchmark::DoNotOptimize(linter.lint(text, card));
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_Prose_RulesSpelling)->Apply(proseSizes);

// The floor for spelling: Hunspell's own spell() on every word the spelling rule checks
// in the same 1 MB text, no cache, no rules. Same bytes, so bytes/s compare directly.
void BM_BareHunspell(benchmark::State& state) {
    const std::string& text = prose(static_cast<std::size_t>(state.range(0)));
    std::filesystem::path aff;
    std::filesystem::path dic;
    for (const auto& dir : HunspellSpeller::searchPath()) {
        if (std::filesystem::exists(dir / (dictionaryLanguage() + ".aff")) &&
            std::filesystem::exists(dir / (dictionaryLanguage() + ".dic"))) {
            aff = dir / (dictionaryLanguage() + ".aff");
            dic = dir / (dictionaryLanguage() + ".dic");
            break;
        }
    }
    if (aff.empty()) {
        state.SkipWithError("no Hunspell dictionary");
        return;
    }
    Hunspell hunspell(aff.c_str(), dic.c_str());
    const std::vector<std::string> words = spellingWords(text);
    for (auto _ : state) {
        std::size_t wrong = 0;
        for (const std::string& w : words)
            wrong += hunspell.spell(w) ? 0 : 1;
        benchmark::DoNotOptimize(wrong);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
    state.counters["words"] = static_cast<double>(words.size());
}
BENCHMARK(BM_BareHunspell)->Arg(1024 * kKiB)->Unit(benchmark::kMillisecond);

// ---- Start-up costs ---------------------------------------------------------------

// Compiling the language pack (every pattern group, class and lemma) into the one
// matcher, the files already read and parsed.
void BM_BuildPhraseMatcher(benchmark::State& state) {
    const LanguagePack pack = lintData()->pack;
    for (auto _ : state)
        benchmark::DoNotOptimize(LintData::build(pack));
    state.counters["patterns"] = static_cast<double>(lintData()->matcher.patternCount());
    state.counters["nodes"] = static_cast<double>(lintData()->matcher.nodeCount());
}
BENCHMARK(BM_BuildPhraseMatcher)->Unit(benchmark::kMicrosecond);

// Everything the linter needs from data files: read, parse and validate, compile.
void BM_LoadLintData(benchmark::State& state) {
    const auto dir = findDataDir();
    for (auto _ : state)
        benchmark::DoNotOptimize(loadLintData(dir));
}
BENCHMARK(BM_LoadLintData)->Unit(benchmark::kMicrosecond);

void BM_LoadOpenerLibrary(benchmark::State& state) {
    const auto dir = findDataDir();
    std::size_t count = 0;
    for (auto _ : state) {
        std::vector<std::string> problems;
        const DataText file = readData(dir, kOpenersFile, problems);
        const OpenerLibrary library = OpenerLibrary::fromJson(file.text, file.source);
        count = library.all().size();
        benchmark::DoNotOptimize(count);
    }
    state.counters["openers"] = static_cast<double>(count);
}
BENCHMARK(BM_LoadOpenerLibrary)->Unit(benchmark::kMicrosecond);

void BM_LoadHunspellDictionary(benchmark::State& state) {
    for (auto _ : state) {
        std::string error;
        auto sp = HunspellSpeller::open(dictionaryLanguage(), error);
        if (!sp) {
            state.SkipWithError(error.c_str());
            return;
        }
        benchmark::DoNotOptimize(sp.get());
    }
}
BENCHMARK(BM_LoadHunspellDictionary)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
