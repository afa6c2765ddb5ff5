// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "openers/opener_from_draft.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace overture {

namespace {

bool isWordByte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (std::isalnum(u) != 0);
}

char foldAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether `value` is at `pos` of `text`, any ASCII case, as whole words.
bool wholeWordAt(std::string_view text, std::size_t pos, std::string_view value) {
    if (pos + value.size() > text.size())
        return false;
    for (std::size_t i = 0; i < value.size(); ++i)
        if (foldAscii(text[pos + i]) != foldAscii(value[i]))
            return false;
    const bool startsWord = pos == 0 || !isWordByte(text[pos - 1]) || !isWordByte(value.front());
    const std::size_t end = pos + value.size();
    const bool endsWord = end == text.size() || !isWordByte(text[end]) || !isWordByte(value.back());
    return startsWord && endsWord;
}

std::string trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\n");
    return std::string(s.substr(first, last - first + 1));
}

} // namespace

std::string placeholdersFromCard(std::string_view draft, const Recipient& card) {
    std::vector<std::pair<std::string, std::string>> values; // value, placeholder
    auto add = [&](std::string_view value, std::string_view placeholder) {
        std::string v = trimmed(value);
        if (!v.empty())
            values.emplace_back(std::move(v), "{" + std::string(placeholder) + "}");
    };
    add(card.name, "name");
    add(card.firstName(), "first_name");
    add(card.company, "company");
    add(card.role, "role");
    for (const DetailSlot slot : kAllDetailSlots)
        add(card.detail(slot), detailSlotId(slot));
    if (!card.hasDetails())
        add(card.context, "context");
    // The longest first: "Priya Shah" is {name}, not "{first_name} Shah".
    std::stable_sort(values.begin(), values.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    std::string out;
    out.reserve(draft.size());
    std::size_t pos = 0;
    while (pos < draft.size()) {
        const auto hit = std::find_if(values.begin(), values.end(), [&](const auto& v) {
            return wholeWordAt(draft, pos, v.first);
        });
        if (hit == values.end()) {
            out += draft[pos++];
            continue;
        }
        out += hit->second;
        pos += hit->first.size();
    }
    return out;
}

std::string ownOpenerId(std::string_view title, const OpenerLibrary& library) {
    std::string base = "own-";
    bool dash = false;
    for (const char c : title) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0 &&
            static_cast<unsigned char>(c) < 0x80) {
            if (dash && base.back() != '-')
                base += '-';
            base += foldAscii(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    if (base == "own-")
        base += "opener";
    std::string id = base;
    for (int n = 2; library.find(id) != nullptr; ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

Opener openerFromDraft(std::string_view draft, const Recipient& card, std::string_view title,
                       std::vector<Relationship> relationships, const OpenerLibrary& library) {
    Opener o;
    const std::string cleanTitle = trimmed(title);
    o.title = cleanTitle.empty() ? std::string("My opener") : cleanTitle;
    o.id = ownOpenerId(o.title, library);
    o.text = placeholdersFromCard(trimmed(draft), card);
    o.relationships = std::move(relationships);
    o.situations.emplace_back("own");
    o.own = true;
    return o;
}

} // namespace overture
