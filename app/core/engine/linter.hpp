// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine's front door: a draft and a recipient card in, a Report out.
//
//   auto data = loadLintData(dataDir, "en").data;   // once, at start-up
//   (engine/load_lint_data.hpp) Linter linter(data, speller);                   // speller may be
//   null Report r = linter.lint(text, card);
//
// How a lint goes (docs/ARCHITECTURE.md): tokens -> sentences -> normalised words ->
// pattern matches -> clauses and their roles -> details -> each rule -> the report.
//
// Threads: const means callable from several threads at once. lint(), speller() and
// data() may run concurrently on one Linter (its LintData is immutable, its Speller is
// thread-safe: spelling/speller.hpp); acceptWord() and setSpeller() change it and must
// not overlap any other call (the editor calls them on its UI thread, between lints).
#pragma once

#include "model/lint_options.hpp"
#include "model/recipient.hpp"
#include "model/report.hpp"

#include <memory>
#include <string_view>

namespace overture {

class Speller;
struct LintData;

class Linter {
public:
    explicit Linter(std::shared_ptr<const LintData> data,
                    std::shared_ptr<const Speller> speller = nullptr);
    ~Linter();
    Linter(const Linter&) = delete;
    Linter& operator=(const Linter&) = delete;
    Linter(Linter&&) noexcept;
    Linter& operator=(Linter&&) noexcept;

    // `text` must be valid UTF-8 (see text::findInvalidUtf8); invalid bytes are not read past.
    [[nodiscard]] Report lint(std::string_view text, const Recipient& card,
                              const LintOptions& options = {}) const;

    // Words the spelling rule accepts besides the dictionary, in every lint: the personal
    // dictionary. (Words ignored for one draft are LintOptions::ignoredWords.) Compared
    // case-folded.
    void acceptWord(std::string_view word);
    void setSpeller(std::shared_ptr<const Speller> speller);
    // The other variant of the language (en_GB beside en_US): a word only it knows is a
    // hint that offers to switch, not a misspelling. May load lazily (spelling/lazy_speller.hpp).
    void setAlternateSpeller(std::shared_ptr<const Speller> speller);
    [[nodiscard]] const Speller* speller() const;
    [[nodiscard]] const LintData& data() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace overture
