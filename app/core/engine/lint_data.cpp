#include "engine/lint_data.hpp"

#include "data/json_file.hpp"
#include "text/match_words.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>

namespace overture {

namespace {
// Words too common to tell one sentence from another when comparing with a stock text.
constexpr std::array<std::string_view, 32> kFunctionWords = {
    "i",    "you", "to",  "my", "on",   "the",  "a",   "an",    "would", "like", "with",
    "your", "me",  "and", "of", "in",   "is",   "are", "we",    "it",    "this", "that",
    "for",  "at",  "be",  "am", "have", "will", "hi",  "hello", "dear",  "love"};

std::vector<std::uint32_t> sortedUnique(std::vector<std::uint32_t> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}
} // namespace

std::shared_ptr<const LintData> LintData::build(PhraseBook phrases, Signals signalLists,
                                                const std::vector<std::string>& projectWords) {
    auto data = std::make_shared<LintData>();
    data->phrases = std::move(phrases);
    data->signalLists = std::move(signalLists);

    auto addPattern = [&](const std::vector<std::string>& words, PatternKind kind,
                          std::uint32_t entry) {
        const auto payload = static_cast<std::uint32_t>(data->patterns.size());
        data->patterns.push_back(PatternRef{kind, entry});
        data->matcher.add(words, payload);
    };
    const auto& entries = data->phrases.entries();
    for (std::uint32_t i = 0; i < entries.size(); ++i)
        addPattern(entries[i].words, PatternKind::Phrase, i);
    for (const auto& m : data->signalLists.reasonMarkers)
        addPattern(text::normalisePhrase(m), PatternKind::ReasonMarker, 0);
    for (const auto& m : data->signalLists.askMarkers)
        addPattern(text::normalisePhrase(m), PatternKind::AskMarker, 0);
    for (const auto& m : data->signalLists.workNouns)
        addPattern(text::normalisePhrase(m), PatternKind::WorkNoun, 0);
    for (const auto& m : data->signalLists.greetings)
        addPattern(text::normalisePhrase(m), PatternKind::Greeting, 0);

    for (const std::string_view w : kFunctionWords)
        data->functionWords.emplace(w);
    for (std::uint32_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].fuzzy)
            continue;
        FuzzyStockText stock;
        stock.entry = i;
        std::vector<std::uint32_t> all;
        std::vector<std::uint32_t> content;
        for (const std::string& w : entries[i].words) {
            if (w == "*")
                continue;
            const std::uint32_t id = data->matcher.intern(w);
            all.push_back(id);
            if (data->functionWords.count(w) == 0)
                content.push_back(id);
        }
        stock.words = sortedUnique(std::move(all));
        stock.content = sortedUnique(std::move(content));
        data->stockTexts.push_back(std::move(stock));
    }

    for (const auto& a : data->signalLists.acronyms)
        data->acronyms.insert(a);
    for (const auto& p : data->signalLists.placeholderWords)
        data->placeholderWords.insert(p);
    for (const auto& w : data->signalLists.notSpecific)
        data->notSpecific.insert(text::foldForMatching(w));
    for (const auto& w : data->signalLists.numberWords)
        data->numberWords.insert(text::foldForMatching(w));
    for (const auto& w : projectWords)
        data->projectWords.insert(text::foldForMatching(w));
    return data;
}

std::vector<std::string> parseWordList(std::string_view text, const std::string& source) {
    std::vector<std::string> words;
    if (const auto bad = text::findInvalidUtf8(text)) {
        const auto [line, col] = lineAndColumn(text, *bad);
        throw DataError(source + ":" + std::to_string(line) + ":" + std::to_string(col) +
                        ": invalid UTF-8 (byte " + std::to_string(*bad) + ")");
    }
    std::size_t lineNo = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        ++lineNo;
        std::string_view line = text.substr(start, end - start);
        if (const auto hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (!line.empty()) {
            if (line.find_first_of(" \t") != std::string_view::npos)
                throw DataError(source + ":" + std::to_string(lineNo) +
                                ": expected one word per line, found \"" + std::string(line) +
                                "\"");
            if (line.size() > 100)
                throw DataError(source + ":" + std::to_string(lineNo) +
                                ": word longer than 100 bytes");
            words.emplace_back(line);
        }
        if (end == text.size())
            break;
        start = end + 1;
    }
    return words;
}

} // namespace overture
