// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The opener library (templates/openers.json, merged with the person's own openers):
// example notes for common situations, with placeholders that fill themselves from the
// recipient card: {name}, {first_name}, {company}, {role}, {reason}, and the card's typed
// details by the slot each names ({event}, {work}, {topic}, {group}, {mutual},
// {project}, {school}: model/card_detail.hpp). A slot takes only the card's value of its
// own kind: "Which group?" never lands in "your article on {topic}".
#pragma once

#include "model/finding.hpp"
#include "model/recipient.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overture {

struct Opener {
    std::string id;
    std::string title;
    std::vector<Relationship> relationships;
    std::vector<std::string> situations;
    std::string text;
    std::map<std::string, std::string> example; // placeholder -> realistic value
    bool own = false;                           // written by the person, not shipped
};

struct FilledOpener {
    std::string text;
    std::vector<Span> unfilled; // byte spans of placeholders the card could not fill
};

class OpenerLibrary {
public:
    // Throws DataError naming the file and the field (e.g. "openers[3].relationships").
    static OpenerLibrary fromJson(std::string_view json, const std::string& source,
                                  bool own = false);
    [[nodiscard]] std::string toJson() const; // same schema, for the person's own file

    // Adds `other`'s openers; one with the same id replaces the shipped one.
    void merge(const OpenerLibrary& other);
    void add(Opener opener);
    bool remove(const std::string& id);

    [[nodiscard]] const std::vector<Opener>& all() const { return openers_; }
    [[nodiscard]] const Opener* find(std::string_view id) const;
    // Openers that fit `relationship` (all when unset) and whose title, situations or
    // text contain every word of `search` (case-insensitive).
    [[nodiscard]] std::vector<const Opener*> filter(std::optional<Relationship> relationship,
                                                    std::string_view search = {}) const;

private:
    std::vector<Opener> openers_;
};

// The placeholder names of `text` in order, repeats included ("first_name", "event" ...).
std::vector<std::string> placeholdersOf(std::string_view text);

// The card fields an opener may name besides the detail slots.
inline constexpr std::array<std::string_view, 5> kCardPlaceholders = {"name", "first_name",
                                                                      "company", "role", "reason"};

// Fills an opener's placeholders from the card, each slot with the card's detail of that
// slot; whatever stays empty is left as written ("{group}") and listed in `unfilled`.
// ({context} takes the card's free text. A card with no typed details at all, as the
// command line's --context gives, lends that text to an opener's one detail slot.)
FilledOpener fillOpener(const Opener& opener, const Recipient& card);

// Fills from a placeholder -> value map (the opener's example, a test's values).
FilledOpener fillPlaceholders(std::string_view text,
                              const std::map<std::string, std::string>& values);

// The card an opener's example describes (name, company, role, reason, its details),
// declared as `relationship` (default: the opener's first).
Recipient exampleCard(const Opener& opener,
                      std::optional<Relationship> relationship = std::nullopt);

} // namespace overture
