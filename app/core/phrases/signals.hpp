// Word lists that are evidence rather than findings (dictionaries/signals.json): what
// a reason for connecting sounds like, what an ask sounds like, the nouns that name a
// piece of someone's work, greetings, known acronyms, and capitalised words that are
// not specific to anyone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace overture {

struct Signals {
    std::vector<std::string> reasonMarkers;    // "because", "thanks for", "I work on" ...
    std::vector<std::string> askMarkers;       // "would like to connect", "stay in touch" ...
    std::vector<std::string> workNouns;        // "talk", "article", "case study" ...
    std::vector<std::string> greetings;        // "hi", "hello", "dear" ...
    std::vector<std::string> acronyms;         // "AWS", "SaaS" ... (not shouting)
    std::vector<std::string> placeholderWords; // "NAME", "COMPANY" ... in capitals
    std::vector<std::string> notSpecific;      // capitalised but says nothing: "LinkedIn", "I" ...
    std::vector<std::string> numberWords;      // "three", "first" ... count as a specific detail

    static Signals fromJson(std::string_view json, const std::string& source);
};

} // namespace overture
