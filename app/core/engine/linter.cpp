// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engine/linter.hpp"

#include "engine/analysis.hpp"
#include "rules/rule.hpp"
#include "rules/rule_catalog.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <iterator>
#include <unordered_set>
#include <utility>
#include <vector>

namespace overture {

struct Linter::Impl {
    std::shared_ptr<const LintData> data;
    std::shared_ptr<const Speller> speller;
    std::shared_ptr<const Speller> alternateSpeller;
    std::vector<std::unique_ptr<Rule>> rules;
    std::unordered_set<std::string> acceptedWords;
};

Linter::Linter(std::shared_ptr<const LintData> data, std::shared_ptr<const Speller> speller)
    : impl_(std::make_unique<Impl>(
          Impl{std::move(data), std::move(speller), nullptr, createAllRules(), {}})) {}
Linter::~Linter() = default;
Linter::Linter(Linter&&) noexcept = default;
Linter& Linter::operator=(Linter&&) noexcept = default;

void Linter::acceptWord(std::string_view word) {
    impl_->acceptedWords.insert(text::foldForMatching(word));
}
void Linter::setSpeller(std::shared_ptr<const Speller> speller) {
    impl_->speller = std::move(speller);
}
void Linter::setAlternateSpeller(std::shared_ptr<const Speller> speller) {
    impl_->alternateSpeller = std::move(speller);
}
const Speller* Linter::speller() const {
    return impl_->speller.get();
}
const LintData& Linter::data() const {
    return *impl_->data;
}

Report Linter::lint(std::string_view text, const Recipient& card,
                    const LintOptions& options) const {
    LintContext ctx{text, card, options, *impl_->data};
    ctx.speller = options.spelling ? impl_->speller.get() : nullptr;
    ctx.alternateSpeller = ctx.speller != nullptr ? impl_->alternateSpeller.get() : nullptr;
    ctx.acceptedWords = &impl_->acceptedWords;
    analyse(ctx);

    Report report;
    std::vector<Finding> found;
    for (const auto& rule : impl_->rules) {
        if (options.disabledRules.contains(rule->info().id))
            continue;
        found.clear();
        rule->check(ctx, found);
        if (found.size() > Rule::kMaxFindingsPerRule)
            found.resize(Rule::kMaxFindingsPerRule);
        std::move(found.begin(), found.end(), std::back_inserter(report.findings));
    }
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         if (a.span.begin != b.span.begin)
                             return a.span.begin < b.span.begin;
                         return a.severity > b.severity;
                     });
    report.roles = std::move(ctx.roles);

    report.stats.characters = text::utf16Length(text);
    report.stats.limit = card.limit;
    // The counter counts the sentences a person would: the substantive ones, as
    // sentence-count judges them (a bare "Hi Ana," or "Best, Sam" is not a sentence of
    // the note's body). One count, so the counter and the finding never disagree.
    for (const auto& s : ctx.sentences)
        report.stats.words += s.wordCount;
    report.stats.sentences = ctx.substantiveCount();
    report.spellingAvailable = ctx.speller != nullptr;
    gradeReport(report);
    return report;
}

} // namespace overture
