#include "phrases/signals.hpp"

#include "data/json_file.hpp"
#include "phrases/phrase_book.hpp"

#include <nlohmann/json.hpp>

namespace overture {

Signals Signals::fromJson(std::string_view json, const std::string& source) {
    const nlohmann::json doc = parseJson(json, source);
    if (!doc.is_object())
        throw fieldError(source, "(top level)", "expected an object of word lists");
    Signals s;
    const std::string path;
    auto list = [&](const char* key) {
        if (doc.find(key) == doc.end())
            throw fieldError(source, key, "missing; expected an array of strings");
        std::vector<std::string> out = stringListField(doc, key, source, path);
        for (std::size_t i = 0; i < out.size(); ++i)
            if (!wildcardsStandAlone(out[i]))
                throw fieldError(source, std::string(key) + "[" + std::to_string(i) + "]",
                                 "the wildcard \"*\" must stand alone between spaces");
        return out;
    };
    s.reasonMarkers = list("reason_markers");
    s.askMarkers = list("ask_markers");
    s.workNouns = list("work_nouns");
    s.greetings = list("greetings");
    s.acronyms = list("acronyms");
    s.placeholderWords = list("placeholder_words");
    s.notSpecific = list("not_specific");
    s.numberWords = list("number_words");
    return s;
}

} // namespace overture
