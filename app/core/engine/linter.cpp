#include "engine/linter.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace overture {

bool LintContext::hasSignal(PatternKind kind) const {
    return std::any_of(matches.begin(), matches.end(),
                       [&](const PhraseMatch& m) { return data.patterns[m.pattern].kind == kind; });
}

bool LintContext::insidePlaceholder(std::size_t byte) const {
    return std::any_of(placeholders.begin(), placeholders.end(), [&](const Placeholder& p) {
        return byte >= p.span.begin && byte < p.span.end;
    });
}

namespace {

void addFoldedWords(std::string_view field, std::unordered_set<std::string>& out) {
    const auto tokens = text::tokenize(field);
    for (const auto& t : tokens) {
        if (!t.isWordLike())
            continue;
        out.insert(text::foldForMatching(t.in(field)));
        // "Acme Print's" and "start-up": also the parts.
        const std::string_view raw = t.in(field);
        std::size_t start = 0;
        for (std::size_t i = 0; i <= raw.size(); ++i) {
            if (i == raw.size() || raw[i] == '-' || raw[i] == '\'') {
                if (i > start && i - start < raw.size())
                    out.insert(text::foldForMatching(raw.substr(start, i - start)));
                start = i + 1;
            }
        }
    }
}

} // namespace

Linter::Linter(std::shared_ptr<const LintData> data, std::shared_ptr<const Speller> speller)
    : data_(std::move(data)), speller_(std::move(speller)), rules_(createAllRules()) {}

void Linter::acceptWord(std::string_view word) {
    acceptedWords_.insert(text::foldForMatching(word));
}

Report Linter::lint(std::string_view text, const Recipient& card,
                    const LintOptions& options) const {
    LintContext ctx{text, card, options, *data_};
    ctx.speller = options.spelling ? speller_.get() : nullptr;
    ctx.acceptedWords = &acceptedWords_;
    ctx.tokens = text::tokenize(text);
    ctx.sentences = text::splitSentences(text, ctx.tokens);
    ctx.words = text::MatchWords(text, ctx.tokens, ctx.sentences);
    data_->matcher.match(ctx.words, ctx.matches);
    ctx.placeholders = findPlaceholders(text, ctx.tokens, data_->placeholderWords);
    addFoldedWords(card.name, ctx.nameWords);
    for (const std::string* field : {&card.company, &card.role, &card.context})
        addFoldedWords(*field, ctx.cardDetailWords);

    Report report;
    for (const auto& rule : rules_) {
        if (options.disabledRules.count(rule->info().id) != 0)
            continue;
        rule->check(ctx, report.findings);
    }
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         if (a.span.begin != b.span.begin)
                             return a.span.begin < b.span.begin;
                         return a.severity > b.severity;
                     });

    report.stats.characters = text::utf16Length(text);
    report.stats.limit = card.limit;
    for (const auto& s : ctx.sentences) {
        report.stats.words += s.wordCount;
        if (s.wordCount > 0)
            ++report.stats.sentences;
    }
    report.spellingAvailable = ctx.speller != nullptr;
    gradeReport(report);
    return report;
}

} // namespace overture
