// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/lint_data.hpp"

#include "data/data_locator.hpp"
#include "data/diagnostics.hpp"
#include "data/json_file.hpp"
#include "phrases/pattern_compiler.hpp"
#include "rules/rule_catalog.hpp"
#include "text/match_words.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace overture {

namespace {

std::vector<std::uint32_t> sortedUnique(std::vector<std::uint32_t> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// A stock sentence for fuzzy matching: a pattern of plain words only.
bool plainWords(const Pattern& p) {
    return std::all_of(p.items.begin(), p.items.end(), [](const PatternNode& n) {
        return n.kind == PatternNode::Kind::Word && !n.negated && !n.optional && n.maxRepeat == 1;
    });
}

} // namespace

std::shared_ptr<const LintData> LintData::build(LanguagePack pack) {
    auto data = std::make_shared<LintData>();
    data->pack = std::move(pack);
    const LanguagePack& p = data->pack;
    PatternCompiler compiler(data->matcher, p.classes, p.morphology);

    for (const std::string& w : p.functionWords)
        data->functionWords.insert(text::foldForMatching(w));

    for (std::uint32_t g = 0; g < p.groups.size(); ++g) {
        const PatternGroup& group = p.groups[g];
        if (!group.rule.empty()) {
            const RuleInfo* info = findRuleInfo(group.rule);
            if (info == nullptr || !info->phraseDriven)
                throw fieldError(group.source, group.id, diagnostics::notAPatternRule(group.rule));
        }
        auto compile = [&](const std::string& text, bool antipattern, bool fileWide = false) {
            try {
                const Pattern pattern = parsePattern(text);
                const auto payload = static_cast<std::uint32_t>(data->patterns.size());
                data->patterns.push_back(
                    PatternRef{g, antipattern, fileWide, pattern.anchored, pattern.anchoredEnd});
                compiler.add(pattern, payload);
                if (group.fuzzy && !antipattern && plainWords(pattern)) {
                    FuzzyStockText stock;
                    stock.group = g;
                    stock.pattern = text;
                    std::vector<std::uint32_t> all;
                    std::vector<std::uint32_t> content;
                    for (const PatternNode& n : pattern.items) {
                        const std::uint32_t id = data->matcher.intern(n.text);
                        all.push_back(id);
                        if (!data->functionWords.contains(n.text))
                            content.push_back(id);
                    }
                    stock.words = sortedUnique(std::move(all));
                    stock.content = sortedUnique(std::move(content));
                    data->stockTexts.push_back(std::move(stock));
                }
            } catch (const PatternError& e) {
                throw fieldError(group.source, group.id, "\"" + text + "\": " + e.what());
            }
        };
        for (const std::string& text : group.patterns)
            compile(text, false);
        for (const std::string& text : group.unless)
            compile(text, true);
        // The file's exceptions, once, with the file's first group.
        if (g == 0 || p.groups[g - 1].file != group.file)
            for (const std::string& text : p.files[group.file].unless)
                compile(text, true, true);
    }

    for (const std::string_view id : kCodeClassIds) {
        try {
            data->codeClassSets.push_back(
                data->matcher.defineSet(compiler.classWords(std::string(id))));
        } catch (const PatternError& e) {
            throw fieldError(p.code + "/" + kClassesFile, std::string(id), e.what());
        }
    }
    for (const auto& a : p.acronyms)
        data->acronyms.insert(a);
    for (const auto& w : p.placeholderWords)
        data->placeholderWords.insert(w);
    for (const auto& [key, field] : p.placeholderFields)
        data->placeholderFieldKeys.insert(key);
    for (const auto& w : p.projectWords)
        data->projectWords.insert(text::foldForMatching(w));
    return data;
}

const RuleText& LintData::ruleText(std::string_view id) const {
    static const RuleText kNone;
    const RuleText* t = pack.ruleText(id);
    return t != nullptr ? *t : kNone;
}

const MessageText& LintData::message(std::string_view rule, std::string_view key) const {
    static const MessageText kNone;
    const RuleText* t = pack.ruleText(rule);
    if (t == nullptr)
        return kNone;
    const auto it = t->messages.find(key);
    return it == t->messages.end() ? kNone : it->second;
}

std::string_view LintData::relationshipLabel(std::string_view id) const {
    const auto it = pack.relationshipLabels.find(id);
    return it == pack.relationshipLabels.end() ? id : std::string_view(it->second);
}

} // namespace overture
