// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Compiles parsed patterns into the PhraseMatcher's trie: words become word edges, a
// lemma or a word class becomes one set edge (its single-word members), a class's
// several-word members become alternative paths, gaps and optional tokens become
// alternative paths. Classes and lemma sets are resolved once and cached.
#pragma once

#include "phrases/morphology.hpp"
#include "phrases/pattern.hpp"
#include "phrases/phrase_matcher.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace overture {

// Word classes by name ("positive-adj"): each member is a pattern ("great", "~enjoy",
// "@other-class", "grab a coffee").
using WordClassMap = std::map<std::string, std::vector<std::string>, std::less<>>;

class PatternCompiler {
public:
    // A pattern may grow at most this many paths in the trie (an alternation of classes
    // with several-word members multiplies): past it the pattern is refused as too broad.
    static constexpr std::size_t kMaxPaths = 20000;

    PatternCompiler(PhraseMatcher& matcher, const WordClassMap& classes,
                    const Morphology& morphology)
        : matcher_(matcher), classes_(classes), morphology_(morphology) {}

    // Adds `pattern` to the matcher with `payload`. Throws PatternError (offset 0) for an
    // unknown class or flag, a class that contains itself, or a pattern that grows too many
    // paths.
    void add(const Pattern& pattern, std::uint32_t payload);

    // The words of a class's single-word members (folded), e.g. for rules that need to ask
    // "is this word a title?" of a class. Throws PatternError for an unknown class.
    const std::vector<std::string>& classWords(const std::string& name);

    // The forms of a lemma (cached).
    const std::vector<std::string>& lemmaForms(const std::string& lemma);

private:
    using Ends = std::vector<PhraseMatcher::NodeId>;
    struct ResolvedClass {
        std::vector<std::string> words;                  // single-word members
        std::optional<std::uint32_t> set;                // their set, once defined
        std::vector<std::vector<PatternNode>> sequences; // several-word members
    };

    Ends addSequence(Ends from, const std::vector<PatternNode>& items);
    Ends addNode(const Ends& from, const PatternNode& node);
    Ends addOnce(const Ends& from, const PatternNode& node);
    Ends join(Ends ends);
    const ResolvedClass& resolve(const std::string& name);
    std::uint32_t setOf(ResolvedClass& c);

    PhraseMatcher& matcher_;
    const WordClassMap& classes_;
    const Morphology& morphology_;
    std::map<std::string, ResolvedClass, std::less<>> resolved_;
    std::map<std::string, std::vector<std::string>, std::less<>> lemmas_;
    std::map<std::string, std::uint32_t, std::less<>> lemmaSets_;
    std::set<std::string, std::less<>> resolving_; // classes being resolved (cycle check)
};

} // namespace overture
