// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "phrases/pattern_compiler.hpp"

#include "phrases/word_flags.hpp"

#include <algorithm>

namespace overture {

namespace {
void sortUnique(std::vector<PhraseMatcher::NodeId>& ends) {
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
}

// Past this many ends, the ends of an item are joined into one node by Epsilon edges:
// the next item is then added once instead of once per end. Small sets are kept, so that
// short alternations still share prefixes with other patterns.
constexpr std::size_t kJoinAbove = 4;
} // namespace

const std::vector<std::string>& PatternCompiler::lemmaForms(const std::string& lemma) {
    auto it = lemmas_.find(lemma);
    if (it == lemmas_.end())
        it = lemmas_.emplace(lemma, morphology_.formsOf(lemma)).first;
    return it->second;
}

const PatternCompiler::ResolvedClass& PatternCompiler::resolve(const std::string& name) {
    if (const auto it = resolved_.find(name); it != resolved_.end())
        return it->second;
    const auto def = classes_.find(name);
    if (def == classes_.end())
        throw PatternError(0, "unknown word class @" + name);
    if (!resolving_.insert(name).second)
        throw PatternError(0, "word class @" + name + " contains itself");
    ResolvedClass c;
    for (const std::string& member : def->second) {
        Pattern p;
        try {
            p = parsePattern(member);
        } catch (const PatternError& e) {
            throw PatternError(0, "@" + name + ": member \"" + member + "\": " + e.what());
        }
        if (p.anchored || p.anchoredEnd)
            throw PatternError(0, "@" + name + ": member \"" + member +
                                      "\": '^' and '$' are not allowed in a class");
        const bool single = p.items.size() == 1 && !p.items[0].optional && !p.items[0].negated;
        const PatternNode& n = p.items[0];
        if (single && n.kind == PatternNode::Kind::Word) {
            c.words.push_back(n.text);
        } else if (single && n.kind == PatternNode::Kind::Lemma) {
            const auto& forms = lemmaForms(n.text);
            c.words.insert(c.words.end(), forms.begin(), forms.end());
        } else if (single && n.kind == PatternNode::Kind::Class) {
            const ResolvedClass& inner = resolve(n.text);
            c.words.insert(c.words.end(), inner.words.begin(), inner.words.end());
            c.sequences.insert(c.sequences.end(), inner.sequences.begin(), inner.sequences.end());
        } else {
            c.sequences.push_back(std::move(p.items));
        }
    }
    std::sort(c.words.begin(), c.words.end());
    c.words.erase(std::unique(c.words.begin(), c.words.end()), c.words.end());
    resolving_.erase(name);
    return resolved_.emplace(name, std::move(c)).first->second;
}

const std::vector<std::string>& PatternCompiler::classWords(const std::string& name) {
    return resolve(name).words;
}

std::uint32_t PatternCompiler::setOf(ResolvedClass& c) {
    if (!c.set)
        c.set = matcher_.defineSet(c.words);
    return *c.set;
}

PatternCompiler::Ends PatternCompiler::addOnce(const Ends& from, const PatternNode& node) {
    using Kind = PatternNode::Kind;
    using EdgeKind = PhraseMatcher::EdgeKind;
    Ends out;
    auto stepAll = [&](PhraseMatcher::Edge edge) {
        for (const auto n : from)
            out.push_back(matcher_.stepEdge(n, edge));
    };
    const EdgeKind in = node.negated ? EdgeKind::NotInSet : EdgeKind::InSet;
    switch (node.kind) {
    case Kind::Word:
        if (node.negated)
            stepAll({in, matcher_.defineSet({node.text})});
        else
            for (const auto n : from)
                out.push_back(matcher_.stepWord(n, node.text));
        break;
    case Kind::Lemma: {
        auto it = lemmaSets_.find(node.text);
        if (it == lemmaSets_.end())
            it = lemmaSets_.emplace(node.text, matcher_.defineSet(lemmaForms(node.text))).first;
        stepAll({in, it->second});
        break;
    }
    case Kind::Class: {
        resolve(node.text);
        ResolvedClass& c = resolved_.find(node.text)->second;
        if (!c.words.empty() || node.negated)
            stepAll({in, setOf(c)});
        if (!node.negated)
            for (const auto& seq : c.sequences) {
                Ends ends = addSequence(from, seq);
                out.insert(out.end(), ends.begin(), ends.end());
            }
        break;
    }
    case Kind::Flag: {
        const auto flag = parseWordFlag(node.text);
        if (!flag)
            throw PatternError(0, "unknown flag %" + node.text);
        stepAll({node.negated ? EdgeKind::LacksFlags : EdgeKind::HasFlags, *flag});
        break;
    }
    case Kind::Any:
        stepAll({EdgeKind::Any, 0});
        break;
    case Kind::Group:
        for (const auto& alt : node.alternatives) {
            Ends ends = addSequence(from, alt);
            out.insert(out.end(), ends.begin(), ends.end());
        }
        break;
    }
    sortUnique(out);
    return join(std::move(out));
}

PatternCompiler::Ends PatternCompiler::join(Ends ends) {
    if (ends.size() > kMaxPaths)
        throw PatternError(0, "the pattern grows more than " + std::to_string(kMaxPaths) +
                                  " paths; split it or use a word class");
    if (ends.size() <= kJoinAbove)
        return ends;
    const PhraseMatcher::NodeId joined = matcher_.newNode();
    for (const auto n : ends)
        matcher_.link(n, joined);
    return Ends{joined};
}

PatternCompiler::Ends PatternCompiler::addNode(const Ends& from, const PatternNode& node) {
    if (node.maxRepeat != 1) {
        // x{min,max}: every count of x from min to max (optional: zero too).
        PatternNode one = node;
        one.minRepeat = one.maxRepeat = 1;
        one.optional = false;
        Ends current = from;
        Ends out = node.optional ? from : Ends{};
        for (unsigned k = 1; k <= node.maxRepeat; ++k) {
            current = addOnce(current, one);
            if (k >= node.minRepeat)
                out.insert(out.end(), current.begin(), current.end());
        }
        sortUnique(out);
        return join(std::move(out));
    }
    Ends out = addOnce(from, node);
    if (node.optional) {
        out.insert(out.end(), from.begin(), from.end());
        sortUnique(out);
        out = join(std::move(out));
    }
    return out;
}

PatternCompiler::Ends PatternCompiler::addSequence(Ends from,
                                                   const std::vector<PatternNode>& items) {
    for (const PatternNode& n : items)
        from = addNode(from, n);
    return from;
}

void PatternCompiler::add(const Pattern& pattern, std::uint32_t payload) {
    const Ends ends = addSequence(Ends{PhraseMatcher::kRoot}, pattern.items);
    for (const auto n : ends) {
        if (n == PhraseMatcher::kRoot)
            throw PatternError(0, "the pattern can match no words at all");
        matcher_.accept(n, payload);
    }
}

} // namespace overture
