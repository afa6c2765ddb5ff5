#include "phrases/phrase_book.hpp"

#include "data/json_file.hpp"
#include "rules/rule_catalog.hpp"
#include "text/match_words.hpp"

#include <nlohmann/json.hpp>

namespace overture {

namespace {

std::string requireString(const nlohmann::json& obj, const char* key, const std::string& source,
                          const std::string& path, bool required = true) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            throw fieldError(source, path + "." + key, "missing; expected a string");
        return {};
    }
    if (!it->is_string())
        throw fieldError(source, path + "." + key, "expected a string");
    return it->get<std::string>();
}

} // namespace

bool wildcardsStandAlone(std::string_view phrase) {
    for (std::size_t i = phrase.find('*'); i != std::string_view::npos;
         i = phrase.find('*', i + 1)) {
        if ((i > 0 && phrase[i - 1] != ' ') || (i + 1 < phrase.size() && phrase[i + 1] != ' '))
            return false;
    }
    return true;
}

PhraseBook PhraseBook::fromJson(std::string_view json, const std::string& source) {
    const nlohmann::json doc = parseJson(json, source);
    if (!doc.is_object())
        throw fieldError(source, "(top level)", "expected an object with \"entries\"");
    const auto entries = doc.find("entries");
    if (entries == doc.end() || !entries->is_array())
        throw fieldError(source, "entries", "missing; expected an array of phrase entries");

    PhraseBook book;
    book.entries_.reserve(entries->size());
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const std::string path = "entries[" + std::to_string(i) + "]";
        const nlohmann::json& e = (*entries)[i];
        if (!e.is_object())
            throw fieldError(source, path, "expected an object");
        PhraseEntry entry;
        entry.phrase = requireString(e, "phrase", source, path);
        if (!wildcardsStandAlone(entry.phrase))
            throw fieldError(source, path + ".phrase",
                             "the wildcard \"*\" must stand alone between spaces");
        entry.words = text::normalisePhrase(entry.phrase);
        if (entry.words.empty())
            throw fieldError(source, path + ".phrase", "has no words");
        if (entry.words.front() == "*")
            throw fieldError(source, path + ".phrase", "may not start with the wildcard \"*\"");
        entry.rule = requireString(e, "rule", source, path);
        const RuleInfo* info = findRuleInfo(entry.rule);
        if (info == nullptr || !info->phraseDriven)
            throw fieldError(source, path + ".rule",
                             "\"" + entry.rule + "\" is not a rule that takes phrases");
        entry.severity = info->defaultSeverity;
        if (const std::string sev = requireString(e, "severity", source, path, false);
            !sev.empty()) {
            const auto parsed = parseSeverity(sev);
            if (!parsed)
                throw fieldError(source, path + ".severity", "expected error, warning or hint");
            entry.severity = *parsed;
        }
        entry.message = requireString(e, "message", source, path);
        entry.why = requireString(e, "why", source, path, false);
        entry.replacements = stringListField(e, "replacements", source, path);
        if (const auto f = e.find("fuzzy"); f != e.end()) {
            if (!f->is_boolean())
                throw fieldError(source, path + ".fuzzy", "expected true or false");
            entry.fuzzy = f->get<bool>();
        }
        entry.claim = requireString(e, "claim", source, path, false);
        for (const std::string& rel : stringListField(e, "permitted_by", source, path)) {
            const auto parsed = parseRelationship(rel);
            if (!parsed)
                throw fieldError(source, path + ".permitted_by",
                                 "unknown relationship \"" + rel + "\"");
            entry.permittedBy.push_back(*parsed);
        }
        if (entry.rule == "false-relationship" && e.find("permitted_by") == e.end())
            throw fieldError(
                source, path + ".permitted_by",
                "missing; a claim must list the relationships that permit it ([] for none)");
        book.entries_.push_back(std::move(entry));
    }
    return book;
}

} // namespace overture
