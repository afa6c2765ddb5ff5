// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/text_rules.hpp"

#include "text/utf8.hpp"

namespace overture::text {

std::string TextRules::abbreviationKey(std::string_view written) {
    std::string folded = foldForMatching(written);
    while (!folded.empty() && (folded.back() == '.' || folded.back() == ' '))
        folded.pop_back();
    std::string key;
    key.reserve(folded.size());
    for (const char c : folded)
        if (c != ' ' && c != '-')
            key += c;
    return key;
}

void TextRules::addAbbreviation(std::string_view written, AbbreviationKind kind) {
    const std::string key = abbreviationKey(written);
    if (key.empty())
        return;
    switch (kind) {
    case AbbreviationKind::Always:
        abbreviations.insert(key);
        break;
    case AbbreviationKind::Closing:
        closingAbbreviations.insert(key);
        break;
    case AbbreviationKind::BeforeNumber:
        numberAbbreviations.insert(key);
        break;
    }
    // "z.b" written "z. B." reaches the splitter as z . B . : its first parts are prefixes.
    for (std::size_t dot = key.find('.'); dot != std::string::npos; dot = key.find('.', dot + 1))
        abbreviationPrefixes.insert(key.substr(0, dot));
}

std::vector<std::string_view> TextRules::expand(std::string_view folded) const {
    for (const Contraction& c : contractions)
        if (c.word == folded)
            return {c.expansion.begin(), c.expansion.end()};
    for (const auto& [suffix, word] : contractionSuffixes)
        if (folded.size() > suffix.size() && folded.ends_with(suffix))
            return {folded.substr(0, folded.size() - suffix.size()), word};
    for (const auto& [prefix, word] : contractionPrefixes)
        if (folded.size() > prefix.size() && folded.starts_with(prefix))
            return {word, folded.substr(prefix.size())};
    return {};
}

} // namespace overture::text
