// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "phrases/pattern.hpp"

#include "text/match_words.hpp"

#include <charconv>

namespace overture {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool isSyntax(char c) {
    return c == '(' || c == ')' || c == '[' || c == ']' || c == '|';
}

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    Pattern parse() {
        Pattern p;
        skipSpace();
        if (at_ < text_.size() && text_[at_] == '^') {
            p.anchored = true;
            ++at_;
        }
        p.items = sequence();
        if (at_ < text_.size() && text_[at_] == '$') {
            p.anchoredEnd = true;
            ++at_;
            skipSpace();
        }
        if (at_ < text_.size())
            throw PatternError(at_, std::string("unexpected '") + text_[at_] + "'");
        if (p.items.empty())
            throw PatternError(0, "empty pattern");
        if (startsOpen(p.items))
            throw PatternError(0, "a pattern cannot start with a gap, an optional or a "
                                  "negated token (it would match everywhere)");
        return p;
    }

private:
    // A pattern may not be able to start on any word: the first token must be a word,
    // lemma, class or flag (or a group whose alternatives all start so).
    static bool startsOpen(const std::vector<PatternNode>& items) {
        const PatternNode& first = items.front();
        if (first.optional || first.negated || first.kind == PatternNode::Kind::Any)
            return true;
        if (first.kind == PatternNode::Kind::Group)
            for (const auto& alt : first.alternatives)
                if (alt.empty() || startsOpen(alt))
                    return true;
        return false;
    }

    void skipSpace() {
        while (at_ < text_.size() && isSpace(text_[at_]))
            ++at_;
    }

    std::vector<PatternNode> sequence() {
        std::vector<PatternNode> items;
        for (;;) {
            skipSpace();
            if (at_ >= text_.size() || text_[at_] == ')' || text_[at_] == ']' ||
                text_[at_] == '|' || text_[at_] == '$')
                return items;
            atom(items);
        }
    }

    // "?" (optional) or "{m}" / "{m,n}" (repeated) after a token or a group.
    void quantifier(PatternNode& n) {
        if (at_ < text_.size() && text_[at_] == '?') {
            n.optional = true;
            ++at_;
            return;
        }
        if (at_ >= text_.size() || text_[at_] != '{')
            return;
        const std::size_t brace = at_++;
        n.minRepeat = number();
        n.maxRepeat = n.minRepeat;
        if (at_ < text_.size() && text_[at_] == ',') {
            ++at_;
            n.maxRepeat = number();
        }
        if (at_ >= text_.size() || text_[at_] != '}')
            throw PatternError(at_, "expected '}' after the repeat count");
        ++at_;
        if (n.maxRepeat < n.minRepeat || n.maxRepeat == 0 || n.maxRepeat > kMaxGap)
            throw PatternError(brace, "a repeat is {min,max} with 0 <= min <= max, "
                                      "1 <= max <= " +
                                          std::to_string(kMaxGap));
        if (n.minRepeat == 0) {
            n.optional = true;
            n.minRepeat = 1;
        }
    }

    void group(std::vector<PatternNode>& items) {
        const std::size_t open = at_;
        const char close = text_[at_] == '(' ? ')' : ']';
        ++at_;
        PatternNode n;
        n.kind = PatternNode::Kind::Group;
        n.optional = close == ']';
        for (;;) {
            std::vector<PatternNode> alt = sequence();
            if (alt.empty())
                throw PatternError(at_, "empty alternative");
            n.alternatives.push_back(std::move(alt));
            if (at_ >= text_.size())
                throw PatternError(open, std::string("'") + text_[open] + "' is never closed");
            if (text_[at_] == '|') {
                ++at_;
                continue;
            }
            if (text_[at_] != close)
                throw PatternError(at_, std::string("expected '") + close + "'");
            ++at_;
            break;
        }
        quantifier(n);
        items.push_back(std::move(n));
    }

    unsigned number() {
        unsigned v = 0;
        const char* begin = text_.data() + at_;
        const auto [end, ec] = std::from_chars(begin, text_.data() + text_.size(), v);
        if (ec != std::errc() || end == begin)
            throw PatternError(at_, "expected a number");
        at_ += static_cast<std::size_t>(end - begin);
        return v;
    }

    void gap(std::vector<PatternNode>& items) {
        ++at_;
        PatternNode n;
        n.kind = PatternNode::Kind::Any;
        quantifier(n);
        if (!(at_ >= text_.size() || isSpace(text_[at_]) || isSyntax(text_[at_])))
            throw PatternError(at_, "'*' stands alone (a wildcard inside a word is not supported)");
        items.push_back(std::move(n));
    }

    void atom(std::vector<PatternNode>& items) {
        const char c = text_[at_];
        if (c == '(' || c == '[')
            return group(items);
        if (c == '*')
            return gap(items);
        if (c == '?' || c == '{' || c == '}' || c == '^' || c == '$')
            throw PatternError(at_, std::string("unexpected '") + c + "'");
        const std::size_t start = at_;
        PatternNode n;
        if (c == '!') {
            n.negated = true;
            ++at_;
        }
        n.kind = PatternNode::Kind::Word;
        if (at_ < text_.size()) {
            if (text_[at_] == '~')
                n.kind = PatternNode::Kind::Lemma;
            else if (text_[at_] == '@')
                n.kind = PatternNode::Kind::Class;
            else if (text_[at_] == '%')
                n.kind = PatternNode::Kind::Flag;
            if (n.kind != PatternNode::Kind::Word)
                ++at_;
        }
        const std::size_t wordStart = at_;
        while (at_ < text_.size() && !isSpace(text_[at_]) && !isSyntax(text_[at_]) &&
               text_[at_] != '?' && text_[at_] != '{')
            ++at_;
        const std::string_view word = text_.substr(wordStart, at_ - wordStart);
        if (word.empty())
            throw PatternError(start, "a token needs a word after its sign");
        if (word.find_first_of("*{}^$!~@%") != std::string_view::npos)
            throw PatternError(wordStart, "unexpected sign inside \"" + std::string(word) + "\"");
        if (n.kind != PatternNode::Kind::Word) {
            n.text = std::string(word);
            quantifier(n);
            items.push_back(std::move(n));
            return;
        }
        // A literal: normalised as the draft is ("I'd" -> i would); each word its own token.
        const std::vector<std::string> words = text::normalisePhrase(word);
        if (words.empty())
            throw PatternError(wordStart, "\"" + std::string(word) + "\" has no word in it");
        if (n.negated && words.size() != 1)
            throw PatternError(start, "'!' applies to one word");
        if (words.size() == 1) {
            n.text = words.front();
            quantifier(n);
            items.push_back(std::move(n));
            return;
        }
        // "I'd?" makes the whole contraction optional: a group of its words.
        PatternNode g;
        g.kind = PatternNode::Kind::Group;
        g.alternatives.emplace_back();
        for (const std::string& w : words) {
            PatternNode part;
            part.text = w;
            g.alternatives.back().push_back(std::move(part));
        }
        quantifier(g);
        items.push_back(std::move(g));
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

} // namespace

Pattern parsePattern(std::string_view text) {
    return Parser(text).parse();
}

} // namespace overture
