// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/tokenizer.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace overture::text {

namespace {

// The end of the run of ASCII letters that starts at `pos`; clears `onlyCapitals` when
// the run has a small letter. Sixteen bytes at a time where SSE2 is there (all x86-64).
[[gnu::always_inline]] inline std::size_t asciiLetterRun(std::string_view text, std::size_t pos,
                                                         bool& onlyCapitals) {
#if defined(__SSE2__)
    const __m128i beforeLowerA = _mm_set1_epi8('a' - 1);
    const __m128i afterLowerZ = _mm_set1_epi8('z' + 1);
    const __m128i beforeUpperA = _mm_set1_epi8('A' - 1);
    const __m128i afterUpperZ = _mm_set1_epi8('Z' + 1);
    const __m128i caseBit = _mm_set1_epi8(0x20);
    while (pos + 16 <= text.size()) {
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
        // Signed compares: bytes of 0x80 and above are negative, so never letters.
        const __m128i lower = _mm_or_si128(b, caseBit);
        const auto letters = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(
            _mm_cmpgt_epi8(lower, beforeLowerA), _mm_cmplt_epi8(lower, afterLowerZ))));
        const auto upper = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(b, beforeUpperA), _mm_cmplt_epi8(b, afterUpperZ))));
        if (letters == 0xFFFFU) {
            onlyCapitals = onlyCapitals && upper == 0xFFFFU;
            pos += 16;
            continue;
        }
        const auto length = static_cast<unsigned>(std::countr_one(letters));
        const unsigned run = (1U << length) - 1U;
        onlyCapitals = onlyCapitals && (upper & run) == run;
        return pos + length;
    }
#endif
    while (pos < text.size()) {
        const auto b = static_cast<unsigned char>(text[pos]);
        // b | 0x20 folds A-Z onto a-z and moves no other byte into a-z.
        if (static_cast<unsigned>((b | 0x20U) - 'a') >= 26U)
            break;
        onlyCapitals = onlyCapitals && b < 'a';
        ++pos;
    }
    return pos;
}

class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text) {}

    std::vector<Token> run() {
        std::vector<Token> tokens;
        // English prose has about one token per five bytes; reserving more costs nothing
        // until touched, and a reallocation would copy them all.
        tokens.reserve(text_.size() / 4 + 4);
        while (pos_ < text_.size()) {
            const std::size_t start = pos_;
            const char b = text_[pos_];
            if (b == ' ' || b == '\n') { // the common separators, without decoding
                ++pos_;
                continue;
            }
            Token tok;
            if (isAsciiLetter(static_cast<unsigned char>(b))) { // the usual start of a token
                tok.begin = static_cast<std::uint32_t>(start);
                tok.first = static_cast<unsigned char>(b);
                if (startsUrl(start)) {
                    scanUrl();
                    tok.kind = TokenKind::Url;
                } else if (!scanPlainWord(tok)) {
                    tok.kind = scanWord(tok);
                }
                tok.end = static_cast<std::uint32_t>(pos_);
                tokens.push_back(tok);
                continue;
            }
            std::size_t next = pos_;
            const char32_t c = decodeNext(text_, next);
            if (isWhitespace(c) || isInvisibleFormat(c)) {
                pos_ = next;
                continue;
            }
            tok.begin = static_cast<std::uint32_t>(start);
            tok.first = c;
            if (startsUrl(start)) {
                scanUrl();
                tok.kind = TokenKind::Url;
            } else if ((c == '@' || c == '#') && next < text_.size() && isWordChar(peekAt(next)) &&
                       !previousIsWordChar(start)) {
                pos_ = next;
                scanHandleBody();
                tok.kind = c == '@' ? TokenKind::Handle : TokenKind::Hashtag;
            } else if (isLetter(c) || isAsciiDigit(c)) {
                tok.kind = scanWord(tok);
            } else if (isSentenceTerminator(c) || c < 0x80 || (c >= 0x2010 && c <= 0x205E) ||
                       c == 0xAB || c == 0xBB || c == 0xA1 || c == 0xBF) {
                pos_ = next;
                tok.kind = TokenKind::Punct;
            } else {
                pos_ = next;
                scanSymbolCluster(c);
                tok.kind = TokenKind::Symbol;
            }
            tok.end = static_cast<std::uint32_t>(pos_);
            tokens.push_back(tok);
        }
        return tokens;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;

    [[nodiscard]] char32_t peekAt(std::size_t at) const {
        if (at >= text_.size())
            return 0;
        return decodeNext(text_, at);
    }

    static bool isWordChar(char32_t c) { return isLetter(c) || isAsciiDigit(c) || c == '_'; }

    [[nodiscard]] bool previousIsWordChar(std::size_t at) const {
        if (at == 0)
            return false;
        std::size_t back = at - 1;
        while (back > 0 && (static_cast<unsigned char>(text_[back]) & 0xC0U) == 0x80U)
            --back;
        return isWordChar(peekAt(back));
    }

    [[nodiscard]] bool startsWithNoCase(std::size_t at, std::string_view prefix) const {
        if (text_.size() - at < prefix.size())
            return false;
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            char c = text_[at + i];
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
            if (c != prefix[i])
                return false;
        }
        return true;
    }

    [[nodiscard]] bool startsUrl(std::size_t at) const {
        const char c = text_[at];
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W')
            return false;
        return startsWithNoCase(at, "https://") || startsWithNoCase(at, "http://") ||
               (startsWithNoCase(at, "www.") && at + 4 < text_.size() &&
                isWordChar(peekAt(at + 4)));
    }

    // A URL runs to the next whitespace; trailing punctuation belongs to the sentence.
    void scanUrl() {
        while (pos_ < text_.size()) {
            std::size_t next = pos_;
            const char32_t c = decodeNext(text_, next);
            if (isWhitespace(c) || c == '<' || c == '>' || c == '"')
                break;
            pos_ = next;
        }
        trimTrailingPunctuation();
    }

    void trimTrailingPunctuation() {
        while (pos_ > 0) {
            const char c = text_[pos_ - 1];
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
                c == '\'' || c == '"')
                --pos_;
            else
                break;
        }
    }

    void scanHandleBody() {
        while (pos_ < text_.size()) {
            std::size_t next = pos_;
            const char32_t c = decodeNext(text_, next);
            const bool joiner = (c == '.' || c == '-') && isWordChar(peekAt(next));
            if (!isWordChar(c) && !joiner && !isCombiningMark(c))
                break;
            pos_ = next;
        }
    }

    // The common word: ASCII letters ended by the text's end or by an ASCII character that
    // cannot continue a word (not a letter, digit or joiner). Sets the token as scanWord
    // would and returns true; otherwise changes nothing and returns false.
    bool scanPlainWord(Token& tok) {
        bool onlyCapitals = true;
        const std::size_t end = asciiLetterRun(text_, pos_, onlyCapitals);
        if (end < text_.size()) {
            const auto c = static_cast<unsigned char>(text_[end]);
            if (c >= 0x80 || isAsciiDigit(c) || c == '_' || c == '\'' || c == '-' || c == '.' ||
                c == ',' || c == ':' || c == '@' || c == '%')
                return false;
        }
        const auto letters = static_cast<int>(end - pos_);
        tok.kind = TokenKind::Word;
        tok.capitalized = isAsciiUpper(static_cast<unsigned char>(text_[pos_]));
        tok.allCaps = letters >= 2 && onlyCapitals;
        pos_ = end;
        return true;
    }

    // Letters, digits and the joiners that keep a word whole: an apostrophe or hyphen
    // between letters, a dot between letters or digits ("e.g", "3.5", "acme.com"), and
    // an '@' that makes the word an e-mail address.
    TokenKind scanWord(Token& tok) {
        bool hasLetter = false;
        bool hasDot = false;
        bool hasAt = false;
        int letters = 0;
        bool onlyCapitals = true; // every letter so far an ASCII capital
        bool firstLetterSeen = false;
        while (pos_ < text_.size()) {
            // Fast path: a run of ASCII letters, the bulk of any English text.
            std::size_t run = pos_;
            if (!firstLetterSeen && isAsciiLetter(static_cast<unsigned char>(text_[run]))) {
                tok.capitalized = isAsciiUpper(static_cast<unsigned char>(text_[run]));
                firstLetterSeen = true;
            }
            run = asciiLetterRun(text_, run, onlyCapitals);
            if (run > pos_) {
                hasLetter = true;
                letters += static_cast<int>(run - pos_);
                pos_ = run;
                if (pos_ >= text_.size())
                    break;
            }
            std::size_t next = pos_;
            const char32_t c = decodeNext(text_, next);
            if (isLetter(c)) {
                hasLetter = true;
                ++letters;
                onlyCapitals = onlyCapitals && isAsciiUpper(c);
                if (!firstLetterSeen) {
                    tok.capitalized = isUpperLetter(c);
                    firstLetterSeen = true;
                }
                pos_ = next;
                continue;
            }
            if (isAsciiDigit(c)) {
                tok.hasDigit = true;
                pos_ = next;
                continue;
            }
            // Any other ASCII character ends the word unless it may join two parts.
            if (c < 0x80 && c != '_' && c != '\'' && c != '-' && c != '.' && c != ',' && c != ':' &&
                c != '@' && c != '%')
                break;
            if (isCombiningMark(c) || c == 0x200C || c == 0x200D || c == '_') {
                pos_ = next;
                continue;
            }
            const char32_t after = peekAt(next);
            const bool alnumAfter = isLetter(after) || isAsciiDigit(after);
            if ((isApostrophe(c) || isHyphen(c)) && isLetter(after) && hasLetter) {
                pos_ = next;
                continue;
            }
            if ((c == '.' || c == ',' || c == ':') && isAsciiDigit(after) && !hasLetter) {
                pos_ = next; // 3.5, 1,000, 9:30
                continue;
            }
            if (c == '.' && alnumAfter) {
                hasDot = true;
                pos_ = next;
                continue;
            }
            if (c == '@' && isWordChar(after) && !hasAt) {
                hasAt = true;
                pos_ = next;
                continue;
            }
            if (c == '%' && !hasLetter) {
                pos_ = next;
                break;
            }
            break;
        }
        tok.allCaps = letters >= 2 && onlyCapitals;
        const std::string_view word = text_.substr(tok.begin, pos_ - tok.begin);
        if (hasAt && hasDot)
            return TokenKind::Email;
        if (hasAt) {
            // "name@host" without a dot: keep the name as a word and re-scan the rest.
            pos_ = tok.begin + word.find('@');
            return TokenKind::Word;
        }
        if (!hasLetter)
            return TokenKind::Number;
        if (hasDot && looksLikeDomain(word))
            return TokenKind::Url;
        return TokenKind::Word;
    }

    // "acme.com", "docs.python.org": every part two or more characters, the last all letters.
    static bool looksLikeDomain(std::string_view word) {
        std::size_t partStart = 0;
        std::size_t lastPartLen = 0;
        bool lastAllLetters = true;
        for (std::size_t i = 0; i <= word.size(); ++i) {
            if (i == word.size() || word[i] == '.') {
                const std::size_t len = i - partStart;
                if (len < 2)
                    return false;
                lastPartLen = len;
                lastAllLetters = true;
                for (std::size_t k = partStart; k < i; ++k)
                    if (!isAsciiLetter(static_cast<unsigned char>(word[k])))
                        lastAllLetters = false;
                partStart = i + 1;
            }
        }
        return lastAllLetters && lastPartLen >= 2 && lastPartLen <= 12;
    }

    // One emoji as a person sees it: the base, then modifiers, variation selectors,
    // keycaps, tags, and zero-width-joined parts; regional indicators pair into flags.
    void scanSymbolCluster(char32_t base) {
        const bool regional = base >= 0x1F1E6 && base <= 0x1F1FF;
        if (regional) {
            const char32_t next = peekAt(pos_);
            if (next >= 0x1F1E6 && next <= 0x1F1FF)
                decodeNext(text_, pos_);
        }
        while (pos_ < text_.size()) {
            std::size_t next = pos_;
            const char32_t c = decodeNext(text_, next);
            if ((c >= 0x1F3FB && c <= 0x1F3FF) || isInvisibleFormat(c) || c == 0x20E3 ||
                (c >= 0xE0020 && c <= 0xE007F) || isCombiningMark(c)) {
                pos_ = next;
                if (c == 0x200D && next < text_.size()) {
                    decodeNext(text_, next); // the part the joiner joins
                    pos_ = next;
                }
                continue;
            }
            break;
        }
    }
};

} // namespace

std::vector<Token> tokenize(std::string_view text) {
    return Scanner(text).run();
}

} // namespace overture::text
