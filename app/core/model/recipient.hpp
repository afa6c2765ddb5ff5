// The recipient card: who the note is for and how the sender knows them.
#pragma once

#include "model/relationship.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace overture {

inline constexpr int kDefaultNoteLimit = 300; // LinkedIn's limit for a personal note
inline constexpr int kFreeAccountLimit = 200; // reported for free accounts

struct Recipient {
    std::string name;
    std::string company;
    std::string role;
    std::optional<Relationship>
        relationship;    // unset: claims are judged only when no relationship permits them
    std::string context; // where or what: an event, a group, an article...
    std::string reason;  // why the sender wants to connect
    int limit = kDefaultNoteLimit; // in UTF-16 code units, as LinkedIn counts

    // First word of the name ("Priya" of "Priya Shah"), for greetings and openers.
    [[nodiscard]] std::string firstName() const;
    // A field by its id: "name", "first-name", "company", "role", "context", "reason";
    // empty for an unknown id. (Language packs map placeholder words to these ids.)
    [[nodiscard]] std::string field(std::string_view id) const;
};

} // namespace overture
