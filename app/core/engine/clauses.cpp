// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Clauses and the role each plays. A clause ends at a comma, semicolon, colon, bracket or
// dash, and a new one starts at a clause-break word ("and", "because": a class of the
// language pack). A clause plays the roles of the pattern groups whose matches start in
// it, "detail" when it holds something specific to this person, and "other" otherwise.
#include "engine/analysis.hpp"
#include "phrases/word_flags.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace overture {

namespace {

bool spaceAround(std::string_view text, const text::Token& t) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    return t.begin > 0 && space(text[t.begin - 1]) && t.end < text.size() && space(text[t.end]);
}

bool endsClause(std::string_view text, const text::Token& t) {
    if (t.kind != text::TokenKind::Punct)
        return false;
    switch (t.first) {
    case U'-': // a dash, not the hyphen of "15-minute"
        return spaceAround(text, t);
    case U',':
    case U';':
    case U':':
    case U'(':
    case U')':
    case U'\u2013': // en dash
    case U'\u2014': // em dash
    case U'\u3001': // ideographic comma
    case U'\uFF0C': // fullwidth comma
        return true;
    default:
        return false;
    }
}

std::uint16_t bit(Role r) {
    return static_cast<std::uint16_t>(1U << static_cast<unsigned>(r));
}

// The clause holding word `w` (clauses are in text order and cover every word).
std::size_t clauseOfWord(const LintContext& ctx, std::uint32_t w) {
    const auto it =
        std::upper_bound(ctx.clauses.begin(), ctx.clauses.end(), w,
                         [](std::uint32_t word, const Clause& c) { return word < c.firstWord; });
    return it == ctx.clauses.begin() ? 0 : static_cast<std::size_t>(it - ctx.clauses.begin() - 1);
}

std::size_t clauseOfByte(const LintContext& ctx, std::size_t byte) {
    const auto it =
        std::upper_bound(ctx.clauses.begin(), ctx.clauses.end(), byte,
                         [](std::size_t b, const Clause& c) { return b < c.span.begin; });
    return it == ctx.clauses.begin() ? 0 : static_cast<std::size_t>(it - ctx.clauses.begin() - 1);
}

// Words standing for a person: capitalised, the card's name, or "there", "team" (the
// not-a-name class) after a greeting.
bool nameLike(const LintContext& ctx, std::uint32_t w) {
    return (ctx.wordFlags[w] & (kFlagCapitalised | kFlagRecipient)) != 0 ||
           ctx.data.inClass(ctx.wordIds[w], CodeClass::NotAName);
}

// "Priya", "Priya Shah" or "- Sam" standing alone as the last sentence: a signature.
// (Sign-off formulas such as "Best, Sam" are pattern groups of the pack.)
bool isSignature(const LintContext& ctx, const text::Sentence& s, std::size_t index) {
    if (index + 1 != ctx.sentences.size() || s.wordCount == 0 || s.wordCount > 3 ||
        ctx.sentences.size() < 2)
        return false;
    for (std::uint32_t t = s.firstToken; t < s.endToken; ++t) {
        const text::Token& tok = ctx.tokens[t];
        // "Connect?" closing a note asks; a signature does not end with a question mark.
        if (tok.kind == text::TokenKind::Punct && (tok.first == U'?' || tok.first == 0xFF1F))
            return false;
        if (tok.kind == text::TokenKind::Punct || tok.kind == text::TokenKind::Symbol)
            continue;
        if (tok.kind != text::TokenKind::Word || (!tok.capitalized && tok.first < 0x80))
            return false;
    }
    return true;
}

} // namespace

void findClauses(LintContext& ctx) {
    ctx.clauses.clear();
    std::uint32_t word = 0;
    for (std::uint32_t s = 0; s < ctx.sentences.size(); ++s) {
        const text::Sentence& sentence = ctx.sentences[s];
        Clause current;
        current.sentence = s;
        current.firstToken = sentence.firstToken;
        current.firstWord = word;
        bool hasWords = false;
        auto close = [&](std::uint32_t endToken) {
            current.endToken = endToken;
            current.endWord = word;
            if (current.endWord > current.firstWord) {
                current.span =
                    Span{ctx.words[current.firstWord].begin, ctx.tokens[endToken - 1].end};
                ctx.clauses.push_back(current);
            } else if (!ctx.clauses.empty() && ctx.clauses.back().sentence == s) {
                // Punctuation with no words after it belongs to the clause before.
                ctx.clauses.back().endToken = endToken;
                ctx.clauses.back().span.end = ctx.tokens[endToken - 1].end;
            }
            current = Clause{};
            current.sentence = s;
            current.firstToken = endToken;
            current.firstWord = word;
            hasWords = false;
        };
        for (std::uint32_t t = sentence.firstToken; t < sentence.endToken; ++t) {
            const text::Token& tok = ctx.tokens[t];
            // A clause-break word starts a new clause (not at the clause's start).
            if (hasWords && word < ctx.words.size() && ctx.words[word].token == t &&
                ctx.data.inClass(ctx.wordIds[word], CodeClass::ClauseBreak))
                close(t);
            while (word < ctx.words.size() && ctx.words[word].token == t) {
                ++word;
                hasWords = true;
            }
            if (endsClause(ctx.text, tok) && hasWords)
                close(t + 1);
        }
        close(sentence.endToken);
    }
}

void assignRoles(LintContext& ctx) {
    ctx.roles.clear();
    if (ctx.clauses.empty()) {
        ctx.substantive.assign(ctx.sentences.size(), false);
        return;
    }
    // What each clause's shared-past claims imply, by clause.
    std::vector<std::vector<Relationship>> implies(ctx.clauses.size());
    std::vector<bool> claimed(ctx.clauses.size(), false);
    // Clauses in which every word is part of a greeting or sign-off match or a name.
    std::vector<std::uint32_t> framingEnd(ctx.clauses.size(), 0);
    for (const PhraseMatch& m : ctx.matches) {
        const PatternGroup& g = ctx.groupOf(m);
        // Details are what findDetails kept (not inside boilerplate nor a placeholder).
        if (!g.role || *g.role == Role::Detail)
            continue;
        const std::size_t c = clauseOfWord(ctx, m.firstWord);
        ctx.clauses[c].roles |= bit(*g.role);
        if (*g.role == Role::SharedPast) {
            // Several claims in one clause ("a pleasure working with you": an interaction
            // and a collaboration) imply what they all permit: the most specific one.
            if (!claimed[c]) {
                implies[c] = g.permittedBy;
                claimed[c] = true;
            } else {
                std::erase_if(implies[c], [&](Relationship r) {
                    return std::find(g.permittedBy.begin(), g.permittedBy.end(), r) ==
                           g.permittedBy.end();
                });
            }
        }
        if (*g.role == Role::Greeting || *g.role == Role::SignOff)
            framingEnd[c] = std::max(framingEnd[c], m.endWord);
    }
    // A question asks: the clause that ends with the question mark.
    for (std::uint32_t t = 0; t < ctx.tokens.size(); ++t) {
        const text::Token& tok = ctx.tokens[t];
        if (tok.kind == text::TokenKind::Punct && (tok.first == U'?' || tok.first == 0xFF1F) &&
            tok.begin > 0)
            ctx.clauses[clauseOfByte(ctx, tok.begin - 1)].roles |= bit(Role::Ask);
    }
    for (const Span& d : ctx.details)
        ctx.clauses[clauseOfByte(ctx, d.begin)].roles |= bit(Role::Detail);
    for (std::size_t i = 0; i < ctx.sentences.size(); ++i) {
        if (!isSignature(ctx, ctx.sentences[i], i))
            continue;
        for (Clause& c : ctx.clauses)
            if (c.sentence == i) {
                c.roles = bit(Role::SignOff);
                framingEnd[static_cast<std::size_t>(&c - ctx.clauses.data())] = c.endWord;
            }
    }

    // A greeting or sign-off clause says nothing more when the words after its formula
    // are names ("Hi Ana", "Best, Sam"); then it is only framing.
    std::vector<bool> framing(ctx.clauses.size(), false);
    for (std::size_t c = 0; c < ctx.clauses.size(); ++c) {
        Clause& clause = ctx.clauses[c];
        const std::uint16_t frame = bit(Role::Greeting) | bit(Role::SignOff);
        if ((clause.roles & frame) == 0 || (clause.roles & ~frame) != 0)
            continue;
        bool onlyNames = true;
        for (std::uint32_t w = std::max(framingEnd[c], clause.firstWord); w < clause.endWord; ++w)
            onlyNames = onlyNames && nameLike(ctx, w);
        framing[c] = onlyNames;
    }
    // A clause of one to three capitalised words and nothing else is the person
    // addressed ("Ana," opening the note, "..., Bruno!"): it frames like a greeting.
    // After a sign-off ("Kind regards, Sam Jones") it is the sender's signature: framing
    // too, and its proper nouns are no detail about the recipient.
    std::vector<bool> signature(ctx.clauses.size(), false);
    for (std::size_t c = 0; c < ctx.clauses.size(); ++c) {
        Clause& clause = ctx.clauses[c];
        const bool afterSignOff = c > 0 && framing[c - 1] && ctx.clauses[c - 1].has(Role::SignOff);
        const std::uint16_t allowed = afterSignOff ? bit(Role::Detail) : 0;
        if ((clause.roles & ~allowed) != 0 || clause.endWord - clause.firstWord > 3)
            continue;
        bool onlyNames = true;
        for (std::uint32_t w = clause.firstWord; w < clause.endWord; ++w)
            onlyNames = onlyNames && (ctx.wordFlags[w] & (kFlagCapitalised | kFlagRecipient)) != 0;
        if (onlyNames) {
            clause.roles = bit(afterSignOff ? Role::SignOff : Role::Greeting);
            framing[c] = true;
            signature[c] = afterSignOff;
        }
    }
    std::erase_if(ctx.details,
                  [&](const Span& d) { return signature[clauseOfByte(ctx, d.begin)]; });

    ctx.substantive.assign(ctx.sentences.size(), false);
    for (std::size_t c = 0; c < ctx.clauses.size(); ++c) {
        Clause& clause = ctx.clauses[c];
        if (clause.roles == 0)
            clause.roles = bit(Role::Other);
        if (!framing[c])
            ctx.substantive[clause.sentence] = true;
        for (const Role r : kAllRoles) {
            if (!clause.has(r))
                continue;
            RoleSpan span{r, clause.span, {}};
            if (r == Role::SharedPast)
                span.implies = implies[c];
            ctx.roles.push_back(std::move(span));
        }
    }
}

} // namespace overture
