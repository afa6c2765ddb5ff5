// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/match_words.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace overture::text {

namespace {

struct Expansion {
    std::string_view from;
    std::string_view first;
    std::string_view second;
};

// Whole-word contractions whose stem changes, or whose "'s" means "is"/"us".
constexpr std::array<Expansion, 17> kIrregular = {{
    {"can't", "can", "not"},
    {"won't", "will", "not"},
    {"shan't", "shall", "not"},
    {"let's", "let", "us"},
    {"it's", "it", "is"},
    {"that's", "that", "is"},
    {"what's", "what", "is"},
    {"there's", "there", "is"},
    {"here's", "here", "is"},
    {"he's", "he", "is"},
    {"she's", "she", "is"},
    {"who's", "who", "is"},
    {"where's", "where", "is"},
    {"how's", "how", "is"},
    {"ain't", "is", "not"},
    {"y'all", "you", "all"},
    {"i'm", "i", "am"},
}};

// Regular suffixes: stem + suffix -> stem + word.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kSuffixes = {{
    {"n't", "not"},
    {"'re", "are"},
    {"'ve", "have"},
    {"'ll", "will"},
    {"'d", "would"},
}};

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Calls emit(word) for each normalised word of one folded token.
template <typename Emit> void expand(std::string_view folded, Emit&& emit) {
    for (const auto& e : kIrregular) {
        if (folded == e.from) {
            emit(e.first);
            emit(e.second);
            return;
        }
    }
    for (const auto& [suffix, word] : kSuffixes) {
        if (endsWith(folded, suffix)) {
            emit(folded.substr(0, folded.size() - suffix.size()));
            emit(word);
            return;
        }
    }
    emit(folded);
}

} // namespace

MatchWords::MatchWords(std::string_view text, const std::vector<Token>& tokens,
                       const std::vector<Sentence>& sentences) {
    // folded_ is written through a pointer past `used_` and trimmed at the end, so a word
    // costs no std::string append or resize of its own.
    folded_.resize(text.size() + 64);
    words_.reserve(tokens.size());
    for (std::uint32_t s = 0; s < sentences.size(); ++s) {
        for (std::uint32_t t = sentences[s].firstToken; t < sentences[s].endToken; ++t) {
            const Token& tok = tokens[t];
            if (tok.kind != TokenKind::Word && tok.kind != TokenKind::Number)
                continue;
            const std::string_view raw = tok.in(text);
            if (pushPlainWord(raw, text.data() + text.size(), tok.begin, t, s))
                continue;
            // Split at hyphens so "start-up" matches "start up"; each part keeps its own span.
            std::size_t partStart = 0;
            for (std::size_t i = 0; i <= raw.size(); ++i) {
                const bool hyphen = i < raw.size() && raw[i] == '-';
                if (i == raw.size() || hyphen) {
                    if (i > partStart)
                        pushPart(raw.substr(partStart, i - partStart), t, s,
                                 tok.begin + static_cast<std::uint32_t>(partStart),
                                 tok.begin + static_cast<std::uint32_t>(i));
                    partStart = i + 1;
                }
            }
        }
    }
    folded_.resize(used_);
}

bool MatchWords::pushPlainWord(std::string_view raw, const char* textEnd, std::uint32_t begin,
                               std::uint32_t tokenIndex, std::uint32_t sentence) {
    // One pass for the common token: ASCII with no hyphen and no apostrophe folds to one
    // word as it stands. Anything else is left to the general path (nothing is kept).
#if defined(__SSE2__)
    // A word of up to 16 bytes with 16 bytes of text from its start: one load, one store
    // (the bytes past the word land in the slack of folded_ and are overwritten later).
    if (raw.size() <= 16 && textEnd - raw.data() >= 16) {
        char* dst = room(16);
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(raw.data()));
        const unsigned inWord = (1U << raw.size()) - 1U;
        const auto special =
            static_cast<unsigned>(_mm_movemask_epi8(b) | // bytes of 0x80 and above: not ASCII
                                  _mm_movemask_epi8(_mm_cmpeq_epi8(b, _mm_set1_epi8('-'))) |
                                  _mm_movemask_epi8(_mm_cmpeq_epi8(b, _mm_set1_epi8('\''))));
        if ((special & inWord) != 0)
            return false;
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(b, _mm_set1_epi8('A' - 1)),
                                            _mm_cmplt_epi8(b, _mm_set1_epi8('Z' + 1)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst),
                         _mm_or_si128(b, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
    } else
#endif
    {
        char* dst = room(raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) {
            const auto c = static_cast<unsigned char>(raw[i]);
            if (c >= 0x80 || c == '-' || c == '\'')
                return false;
            dst[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
    }
    MatchWord w;
    w.textOffset = static_cast<std::uint32_t>(used_);
    w.textLength = static_cast<std::uint32_t>(raw.size());
    w.begin = begin;
    w.end = begin + static_cast<std::uint32_t>(raw.size());
    w.token = tokenIndex;
    w.sentence = sentence;
    words_.push_back(w);
    used_ += raw.size();
    return true;
}

void MatchWords::pushPart(std::string_view raw, std::uint32_t tokenIndex, std::uint32_t sentence,
                          std::uint32_t begin, std::uint32_t end) {
    // Fold straight into the buffer: ASCII here, anything else through foldForMatching.
    char* dst = room(raw.size());
    bool apostrophe = false;
    std::size_t length = 0;
    for (; length < raw.size(); ++length) {
        const auto c = static_cast<unsigned char>(raw[length]);
        if (c >= 0x80)
            break;
        dst[length] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        apostrophe = apostrophe || c == '\'';
    }
    if (length < raw.size()) {
        const std::string rest = foldForMatching(raw.substr(length));
        apostrophe = apostrophe || rest.find('\'') != std::string::npos;
        dst = room(length + rest.size());
        // Folded bytes, not a C string: no terminator belongs here.
        // NOLINTNEXTLINE(bugprone-not-null-terminated-result)
        std::memcpy(dst + length, rest.data(), rest.size());
        length += rest.size();
    }
    // Every contraction has an apostrophe (folded to ASCII), so a word without one is
    // final as it stands: record it where it lies.
    if (!apostrophe) {
        MatchWord w;
        w.textOffset = static_cast<std::uint32_t>(used_);
        w.textLength = static_cast<std::uint32_t>(length);
        w.begin = begin;
        w.end = end;
        w.token = tokenIndex;
        w.sentence = sentence;
        words_.push_back(w);
        used_ += length;
        return;
    }
    const std::string word(dst, length);
    expand(word, [&](std::string_view w) { push(w, begin, end, tokenIndex, sentence); });
}

void MatchWords::push(std::string_view folded, std::uint32_t begin, std::uint32_t end,
                      std::uint32_t token, std::uint32_t sentence) {
    MatchWord w;
    w.textOffset = static_cast<std::uint32_t>(used_);
    w.textLength = static_cast<std::uint32_t>(folded.size());
    w.begin = begin;
    w.end = end;
    w.token = token;
    w.sentence = sentence;
    std::memcpy(room(folded.size()), folded.data(), folded.size());
    used_ += folded.size();
    words_.push_back(w);
}

namespace {
// The normalised words of a phrase without wildcards ('*' is punctuation here).
std::vector<std::string> normaliseWords(std::string_view phrase) {
    const std::vector<Token> tokens = tokenize(phrase);
    std::vector<std::string> out;
    if (tokens.empty())
        return out;
    const std::vector<Sentence> sentences = {Sentence{0, static_cast<std::uint32_t>(tokens.size()),
                                                      0, static_cast<std::uint32_t>(phrase.size()),
                                                      0}};
    const MatchWords words(phrase, tokens, sentences);
    for (std::size_t i = 0; i < words.size(); ++i)
        out.emplace_back(words.textOf(i));
    return out;
}
} // namespace

std::vector<std::string> normalisePhrase(std::string_view phrase) {
    if (phrase.find('*') == std::string_view::npos)
        return normaliseWords(phrase);
    // "*" standing alone between spaces is the one-word wildcard; the tokenizer sees it as
    // punctuation, so the phrase is split at spaces and it is put back. A '*' glued to a
    // word ("thanks*") is not a wildcard: the data loaders refuse it, and here it is
    // dropped like any punctuation.
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < phrase.size()) {
        std::size_t end = phrase.find(' ', start);
        if (end == std::string_view::npos)
            end = phrase.size();
        const std::string_view part = phrase.substr(start, end - start);
        if (part == "*")
            out.emplace_back("*");
        else if (!part.empty())
            for (auto& w : normaliseWords(part))
                out.push_back(std::move(w));
        start = end + 1;
    }
    return out;
}

} // namespace overture::text
