// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "phrases/morphology.hpp"

#include "data/json_file.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace overture {

Morphology Morphology::fromJson(const nlohmann::json& doc, const std::string& source) {
    Morphology m;
    if (!doc.is_object())
        throw fieldError(source, "morphology", "expected an object");
    if (doc.contains("vowels")) {
        if (!doc["vowels"].is_string())
            throw fieldError(source, "morphology.vowels", "expected a string");
        m.vowels_ = doc["vowels"].get<std::string>();
    }
    if (doc.contains("rules")) {
        if (!doc["rules"].is_array())
            throw fieldError(source, "morphology.rules", "expected an array");
        for (std::size_t i = 0; i < doc["rules"].size(); ++i) {
            const auto& r = doc["rules"][i];
            const std::string path = "morphology.rules[" + std::to_string(i) + "]";
            if (!r.is_object())
                throw fieldError(source, path, "expected an object");
            Rule rule;
            rule.ends = stringListField(r, "ends", source, path);
            if (rule.ends.empty())
                rule.ends.emplace_back();
            rule.add = stringListField(r, "add", source, path);
            if (rule.add.empty())
                throw fieldError(source, path + ".add", "at least one ending is needed");
            if (r.contains("strip")) {
                if (!r["strip"].is_number_unsigned() || r["strip"].get<std::size_t>() > 4)
                    throw fieldError(source, path + ".strip", "expected a number from 0 to 4");
                rule.strip = r["strip"].get<std::size_t>();
            }
            if (r.contains("double")) {
                if (!r["double"].is_boolean())
                    throw fieldError(source, path + ".double", "expected true or false");
                rule.doubleLast = r["double"].get<bool>();
            }
            m.rules_.push_back(std::move(rule));
        }
    }
    if (doc.contains("irregular")) {
        if (!doc["irregular"].is_object())
            throw fieldError(source, "morphology.irregular", "expected an object");
        for (const auto& [lemma, forms] : doc["irregular"].items())
            m.irregular_[lemma] =
                stringListField(doc["irregular"], lemma.c_str(), source, "morphology.irregular");
    }
    return m;
}

bool Morphology::isVowel(char c) const {
    return vowels_.find(c) != std::string::npos;
}

bool Morphology::endsLike(std::string_view word, std::string_view shape) const {
    if (shape.size() > word.size())
        return false;
    const std::string_view tail = word.substr(word.size() - shape.size());
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const char s = shape[i];
        const char c = tail[i];
        const bool letter = c >= 'a' && c <= 'z';
        if (s == 'V') {
            if (!isVowel(c))
                return false;
        } else if (s == 'C') {
            if (!letter || isVowel(c))
                return false;
        } else if (s != c) {
            return false;
        }
    }
    return true;
}

std::vector<std::string> Morphology::formsOf(std::string_view lemma) const {
    std::vector<std::string> forms{std::string(lemma)};
    for (const Rule& rule : rules_) {
        const bool applies = std::any_of(rule.ends.begin(), rule.ends.end(),
                                         [&](const auto& e) { return endsLike(lemma, e); });
        if (!applies || rule.strip >= lemma.size())
            continue;
        std::string stem(lemma.substr(0, lemma.size() - rule.strip));
        if (rule.doubleLast && !stem.empty())
            stem += stem.back();
        for (const std::string& suffix : rule.add)
            forms.push_back(stem + suffix);
    }
    if (const auto it = irregular_.find(lemma); it != irregular_.end())
        forms.insert(forms.end(), it->second.begin(), it->second.end());
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    return forms;
}

} // namespace overture
