// The phrase lists of dictionaries/phrases.json: each entry a phrase (or token pattern),
// the rule it feeds, how serious it is, what to tell the person and what to write instead.
#pragma once

#include "model/finding.hpp"
#include "model/relationship.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace overture {

struct PhraseEntry {
    std::string phrase;             // as written in the file, for messages
    std::vector<std::string> words; // normalised words, "*" a wildcard
    std::string rule;               // a rule id from the catalogue
    Severity severity = Severity::Warning;
    std::string message;
    std::string why;
    std::vector<std::string> replacements;
    bool fuzzy = false; // default-text: a whole stock sentence, matched approximately too
    std::string claim;  // false-relationship: "that you worked together"
    std::vector<Relationship>
        permittedBy; // false-relationship: relationships that make the claim honest
};

// True when every "*" in `phrase` is a word of its own ("thanks * for", not "thanks*"):
// the wildcard is only recognised between spaces, so the loaders refuse anything else.
bool wildcardsStandAlone(std::string_view phrase);

class PhraseBook {
public:
    // Parses and validates; throws DataError naming the file and the line or field.
    static PhraseBook fromJson(std::string_view json, const std::string& source);

    [[nodiscard]] const std::vector<PhraseEntry>& entries() const { return entries_; }

private:
    std::vector<PhraseEntry> entries_;
};

} // namespace overture
