#include "engine/linter.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace overture {

bool LintContext::hasSignal(PatternKind kind) const {
    return std::any_of(matches.begin(), matches.end(),
                       [&](const PhraseMatch& m) { return data.patterns[m.pattern].kind == kind; });
}

bool LintContext::insidePlaceholder(std::size_t byte) const {
    return anySpanHolds(placeholders, byte, &Placeholder::span); // sorted, never overlapping
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

// Words that close a note before the sender's name: "Best, Sam", "Kind regards, Sam".
bool isSignOffWord(std::string_view w) {
    static constexpr std::array<std::string_view, 20> kWords = {
        "best",   "regards", "kind",   "warm", "warmest", "warmly",    "cheers",
        "thanks", "thank",   "you",    "many", "all",     "the",       "sincerely",
        "yours",  "truly",   "wishes", "with", "respect", "faithfully"};
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// Capitalised words standing for a name ("Sam", "Priya Shah").
bool isNameToken(const LintContext& ctx, const text::Token& t) {
    return t.kind == text::TokenKind::Word &&
           (t.capitalized || ctx.nameWords.contains(text::foldForMatching(t.in(ctx.text))));
}

// "Hi Ana!", "Hello there," and "Dear Priya Shah:" on their own: a greeting and up to
// three name words.
bool isSalutation(const LintContext& ctx, const text::Sentence& s) {
    const auto greeting = std::ranges::lower_bound(ctx.greetings, s.firstToken, {},
                                                   &LintContext::Greeting::firstToken);
    if (greeting == ctx.greetings.end() || greeting->firstToken != s.firstToken)
        return false;
    const std::uint32_t end = greeting->endToken;
    std::size_t names = 0;
    for (std::uint32_t t = end; t < s.endToken; ++t) {
        const text::Token& tok = ctx.tokens[t];
        if (!tok.isWordLike())
            continue;
        const std::string folded = text::foldForMatching(tok.in(ctx.text));
        if ((!isNameToken(ctx, tok) && folded != "there" && folded != "all") || ++names > 3)
            return false;
    }
    return true;
}

// "Best, Sam", "Kind regards, Priya Shah", "Thanks!", "- Sam": a sign-off and a name.
bool isSignOff(const LintContext& ctx, const text::Sentence& s) {
    std::size_t signOffWords = 0;
    std::size_t names = 0;
    bool dash = false;
    bool first = true;
    for (std::uint32_t t = s.firstToken; t < s.endToken; ++t) {
        const text::Token& tok = ctx.tokens[t];
        if (first && tok.kind == text::TokenKind::Punct &&
            (tok.first == '-' || tok.first == 0x2013 || tok.first == 0x2014))
            dash = true;
        first = false;
        if (!tok.isWordLike())
            continue;
        if (isSignOffWord(text::foldForMatching(tok.in(ctx.text))) && names == 0)
            ++signOffWords;
        else if (isNameToken(ctx, tok) && ++names <= 3)
            continue;
        else
            return false;
    }
    return (signOffWords > 0 || (dash && names > 0)) && signOffWords + names <= 5;
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
    for (const std::string& w : options.ignoredWords)
        ctx.ignoredWords.insert(text::foldForMatching(w));
    ctx.tokens = text::tokenize(text);
    ctx.sentences = text::splitSentences(text, ctx.tokens);
    ctx.words = text::MatchWords(text, ctx.tokens, ctx.sentences);
    data_->matcher.idsOf(ctx.words, ctx.wordIds);
    data_->matcher.match(ctx.words, ctx.wordIds, ctx.matches);
    ctx.placeholders = findPlaceholders(text, ctx.tokens, data_->placeholderWords);
    addFoldedWords(card.name, ctx.nameWords);
    for (const std::string* field : {&card.company, &card.role, &card.context})
        addFoldedWords(*field, ctx.cardDetailWords);
    // The matches are ordered by first word, so the greetings come out in text order.
    for (const PhraseMatch& m : ctx.matches) {
        if (data_->patterns[m.pattern].kind != PatternKind::Greeting)
            continue;
        const std::uint32_t first = ctx.words[m.firstWord].token;
        const std::uint32_t after = ctx.words[m.endWord - 1].token + 1;
        if (!ctx.greetings.empty() && ctx.greetings.back().firstToken == first)
            ctx.greetings.back().endToken = std::max(ctx.greetings.back().endToken, after);
        else
            ctx.greetings.push_back({first, after, ctx.words[m.firstWord].sentence});
    }
    ctx.substantive.reserve(ctx.sentences.size());
    for (const auto& s : ctx.sentences)
        ctx.substantive.push_back(s.wordCount > 0 && !isSalutation(ctx, s) && !isSignOff(ctx, s));

    Report report;
    for (const auto& rule : rules_) {
        if (options.disabledRules.contains(rule->info().id))
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
    // The counter counts every sentence with words, greetings and sign-offs included, as
    // a person counting them would; sentence-count judges only the substantive ones.
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
