// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "openers/opener_library.hpp"

#include "data/json_file.hpp"
#include "text/tokenizer.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

namespace overture {

namespace {

bool containsFolded(const std::string& haystack, const std::string& needle) {
    return text::foldForMatching(haystack).find(needle) != std::string::npos;
}

} // namespace

std::vector<std::string> placeholdersOf(std::string_view text) {
    std::vector<std::string> names;
    std::size_t pos = 0;
    while ((pos = text.find('{', pos)) != std::string_view::npos) {
        const auto close = text.find('}', pos);
        if (close == std::string_view::npos)
            break;
        names.emplace_back(text.substr(pos + 1, close - pos - 1));
        pos = close + 1;
    }
    return names;
}

OpenerLibrary OpenerLibrary::fromJson(std::string_view json, const std::string& source, bool own) {
    const nlohmann::json doc = parseJson(json, source);
    if (!doc.is_object())
        throw fieldError(source, "(top level)", "expected an object with \"openers\"");
    const auto list = doc.find("openers");
    if (list == doc.end() || !list->is_array())
        throw fieldError(source, "openers", "missing; expected an array of openers");
    OpenerLibrary lib;
    std::unordered_set<std::string> ids; // a scan per opener was quadratic on a big file
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = "openers[" + std::to_string(i) + "]";
        const auto& o = (*list)[i];
        if (!o.is_object())
            throw fieldError(source, path, "expected an object");
        auto str = [&](const char* key, bool required) -> std::string {
            const auto it = o.find(key);
            if (it == o.end()) {
                if (required)
                    throw fieldError(source, path + "." + key, "missing; expected a string");
                return {};
            }
            if (!it->is_string())
                throw fieldError(source, path + "." + key, "expected a string");
            return it->get<std::string>();
        };
        auto strings = [&](const char* key) {
            std::vector<std::string> out;
            const auto it = o.find(key);
            if (it == o.end())
                return out;
            if (!it->is_array())
                throw fieldError(source, path + "." + key, "expected an array of strings");
            for (const auto& v : *it) {
                if (!v.is_string())
                    throw fieldError(source, path + "." + key, "expected an array of strings");
                out.push_back(v.get<std::string>());
            }
            return out;
        };
        Opener op;
        op.id = str("id", true);
        op.title = str("title", true);
        op.text = str("text", true);
        if (op.id.empty() || op.text.empty())
            throw fieldError(source, path, "\"id\" and \"text\" may not be empty");
        if (text::findInvalidUtf8(op.text))
            throw fieldError(source, path + ".text", "invalid UTF-8");
        for (const auto& r : strings("relationships")) {
            const auto rel = parseRelationship(r);
            if (!rel)
                throw fieldError(source, path + ".relationships",
                                 "unknown relationship \"" + r + "\"");
            op.relationships.push_back(*rel);
        }
        op.situations = strings("situations");
        if (const auto ex = o.find("example"); ex != o.end()) {
            if (!ex->is_object())
                throw fieldError(source, path + ".example", "expected an object of strings");
            for (const auto& [key, value] : ex->items()) {
                if (!value.is_string())
                    throw fieldError(source, path + ".example." + key, "expected a string");
                op.example[key] = value.get<std::string>();
            }
        }
        op.own = own;
        if (!ids.insert(op.id).second)
            throw fieldError(source, path + ".id", "duplicate id \"" + op.id + "\"");
        lib.openers_.push_back(std::move(op));
    }
    return lib;
}

std::string OpenerLibrary::toJson() const {
    nlohmann::json list = nlohmann::json::array();
    for (const Opener& o : openers_) {
        nlohmann::json rels = nlohmann::json::array();
        for (const auto r : o.relationships)
            rels.push_back(std::string(relationshipId(r)));
        list.push_back({{"id", o.id},
                        {"title", o.title},
                        {"relationships", rels},
                        {"situations", o.situations},
                        {"text", o.text},
                        {"example", o.example}});
    }
    return nlohmann::json{{"version", 1}, {"openers", list}}.dump(2) + "\n";
}

void OpenerLibrary::merge(const OpenerLibrary& other) {
    // One index of ids, not a scan per added opener (a person's file may hold thousands).
    std::unordered_map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < openers_.size(); ++i)
        at.emplace(openers_[i].id, i);
    for (const Opener& o : other.openers_) {
        const auto [it, added] = at.emplace(o.id, openers_.size());
        if (added)
            openers_.push_back(o);
        else
            openers_[it->second] = o;
    }
}

void OpenerLibrary::add(Opener opener) {
    const auto it = std::find_if(openers_.begin(), openers_.end(),
                                 [&](const Opener& o) { return o.id == opener.id; });
    if (it != openers_.end())
        *it = std::move(opener);
    else
        openers_.push_back(std::move(opener));
}

bool OpenerLibrary::remove(const std::string& id) {
    const auto before = openers_.size();
    openers_.erase(std::remove_if(openers_.begin(), openers_.end(),
                                  [&](const Opener& o) { return o.id == id; }),
                   openers_.end());
    return openers_.size() != before;
}

const Opener* OpenerLibrary::find(std::string_view id) const {
    for (const Opener& o : openers_)
        if (o.id == id)
            return &o;
    return nullptr;
}

std::vector<const Opener*> OpenerLibrary::filter(std::optional<Relationship> relationship,
                                                 std::string_view search) const {
    std::vector<std::string> terms;
    for (const auto& t : text::tokenize(search))
        if (t.isWordLike())
            terms.push_back(text::foldForMatching(t.in(search)));
    std::vector<const Opener*> out;
    for (const Opener& o : openers_) {
        if (relationship && !o.relationships.empty() &&
            std::find(o.relationships.begin(), o.relationships.end(), *relationship) ==
                o.relationships.end())
            continue;
        std::string haystack = o.title + " " + o.text;
        for (const auto& s : o.situations)
            haystack += " " + s;
        if (std::all_of(terms.begin(), terms.end(),
                        [&](const std::string& t) { return containsFolded(haystack, t); }))
            out.push_back(&o);
    }
    return out;
}

FilledOpener fillPlaceholders(std::string_view text,
                              const std::map<std::string, std::string>& values) {
    FilledOpener out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto open = text.find('{', pos);
        const auto close = open == std::string_view::npos ? open : text.find('}', open);
        if (open == std::string_view::npos || close == std::string_view::npos) {
            out.text.append(text.substr(pos));
            break;
        }
        out.text.append(text.substr(pos, open - pos));
        const std::string key(text.substr(open + 1, close - open - 1));
        const auto it = values.find(key);
        if (it != values.end() && !it->second.empty()) {
            out.text += it->second;
        } else {
            const std::size_t start = out.text.size();
            out.text.append(text.substr(open, close - open + 1));
            out.unfilled.push_back(Span{start, out.text.size()});
        }
        pos = close + 1;
    }
    return out;
}

FilledOpener fillOpener(const Opener& opener, const Recipient& card) {
    std::map<std::string, std::string> values{
        {"name", card.name}, {"first_name", card.firstName()}, {"company", card.company},
        {"role", card.role}, {"reason", card.reason},          {"context", card.context},
    };
    for (const DetailSlot slot : kAllDetailSlots)
        values[std::string(detailSlotId(slot))] = card.detail(slot);
    if (!card.hasDetails() && !card.context.empty()) {
        // A card from the command line: one untyped "where or what". With a relationship
        // it is the detail that relationship rests on (where you met, which group, who
        // introduced you: the first slot the card would ask), and fills that slot only, so
        // "the Leeds Data Meetup" never becomes a {topic}. Without one, it may serve the
        // opener's one detail slot, never two of them.
        const auto names = placeholdersOf(opener.text);
        const bool usesContext = std::find(names.begin(), names.end(), "context") != names.end();
        if (card.relationship) {
            if (!usesContext)
                values[std::string(detailSlotId(detailSlotsFor(card.relationship).front()))] =
                    card.context;
        } else {
            std::vector<std::string> slots;
            for (const auto& n : names)
                if (parseDetailSlot(n) && std::find(slots.begin(), slots.end(), n) == slots.end())
                    slots.push_back(n);
            if (!usesContext && slots.size() == 1)
                values[slots.front()] = card.context;
        }
    }
    return fillPlaceholders(opener.text, values);
}

Recipient exampleCard(const Opener& opener, std::optional<Relationship> relationship) {
    Recipient card;
    auto get = [&](const char* key) {
        const auto it = opener.example.find(key);
        return it == opener.example.end() ? std::string() : it->second;
    };
    card.name = get("name");
    card.company = get("company");
    card.role = get("role");
    card.reason = get("reason");
    for (const DetailSlot slot : kAllDetailSlots)
        if (const std::string value = get(std::string(detailSlotId(slot)).c_str()); !value.empty())
            card.setDetail(slot, value);
    if (card.context.empty())
        card.context = get("context");
    card.relationship = relationship;
    if (!relationship && !opener.relationships.empty())
        card.relationship = opener.relationships.front();
    return card;
}

} // namespace overture
