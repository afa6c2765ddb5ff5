// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "phrases/text_rules_json.hpp"

#include "data/json_file.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace overture {

namespace {

bool flagField(const nlohmann::json& obj, const char* key, const std::string& source) {
    const auto it = obj.find(key);
    if (it == obj.end())
        return false;
    if (!it->is_boolean())
        throw fieldError(source, std::string("text.") + key, "expected true or false");
    return it->get<bool>();
}

// {"n't": "not"} as folded pairs, longest first (so "n't" is tried before "'t").
std::vector<std::pair<std::string, std::string>> affixes(const nlohmann::json& obj, const char* key,
                                                         const std::string& source) {
    std::vector<std::pair<std::string, std::string>> out;
    const auto it = obj.find(key);
    if (it == obj.end())
        return out;
    const std::string path = std::string("text.") + key;
    if (!it->is_object())
        throw fieldError(source, path, "expected an object of strings");
    for (const auto& [affix, word] : it->items()) {
        std::string field = path;
        field += '.';
        field += affix;
        if (!word.is_string() || word.get<std::string>().empty() ||
            word.get<std::string>().find(' ') != std::string::npos)
            throw fieldError(source, field, "expected one word");
        if (affix.find('\'') == std::string::npos &&
            affix.find("\xE2\x80\x99") == std::string::npos)
            throw fieldError(source, field, "a contraction is written with an apostrophe");
        out.emplace_back(text::foldForMatching(affix),
                         text::foldForMatching(word.get<std::string>()));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return out;
}

} // namespace

text::TextRules parseTextRules(const nlohmann::json& manifest, const std::string& source) {
    text::TextRules rules;
    const auto t = manifest.find("text");
    if (t == manifest.end())
        return rules;
    if (!t->is_object())
        throw fieldError(source, "text", "expected an object");
    using Kind = text::TextRules::AbbreviationKind;
    for (const auto& [key, kind] : {std::pair{"abbreviations", Kind::Always},
                                    std::pair{"closing_abbreviations", Kind::Closing},
                                    std::pair{"number_abbreviations", Kind::BeforeNumber}}) {
        for (const std::string& written : stringListField(*t, key, source, "text")) {
            if (text::TextRules::abbreviationKey(written).empty())
                throw fieldError(source, std::string("text.") + key,
                                 "\"" + written + "\" has no letter in it");
            rules.addAbbreviation(written, kind);
        }
    }
    if (const auto c = t->find("contractions"); c != t->end()) {
        if (!c->is_object())
            throw fieldError(source, "text.contractions", "expected an object of strings");
        for (const auto& [word, expansion] : c->items()) {
            const std::string path = "text.contractions." + word;
            if (!expansion.is_string())
                throw fieldError(source, path, "expected the words it stands for");
            text::TextRules::Contraction entry{text::foldForMatching(word), {}};
            const std::string words = text::foldForMatching(expansion.get<std::string>());
            std::size_t start = 0;
            while (start < words.size()) {
                std::size_t end = words.find(' ', start);
                if (end == std::string::npos)
                    end = words.size();
                if (end > start)
                    entry.expansion.push_back(words.substr(start, end - start));
                start = end + 1;
            }
            if (entry.expansion.size() < 2)
                throw fieldError(source, path, "expected the two or more words it stands for");
            if (entry.word.find('\'') == std::string::npos)
                throw fieldError(source, path, "a contraction is written with an apostrophe");
            rules.contractions.push_back(std::move(entry));
        }
    }
    rules.contractionSuffixes = affixes(*t, "contraction_suffixes", source);
    rules.contractionPrefixes = affixes(*t, "contraction_prefixes", source);
    rules.ordinalDot = flagField(*t, "ordinal_dot", source);
    rules.capitalisedNouns = flagField(*t, "capitalised_nouns", source);
    return rules;
}

} // namespace overture
