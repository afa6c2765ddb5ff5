// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "phrases/language_pack.hpp"

#include "data/json_file.hpp"
#include "phrases/pattern.hpp"
#include "phrases/text_rules_json.hpp"

#include <nlohmann/json.hpp>

namespace overture {

namespace {

std::string stringField(const nlohmann::json& obj, const char* key, const std::string& source,
                        const std::string& path, bool required) {
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

std::map<std::string, std::string, std::less<>>
stringMap(const nlohmann::json& obj, const char* key, const std::string& source) {
    std::map<std::string, std::string, std::less<>> out;
    const auto it = obj.find(key);
    if (it == obj.end())
        return out;
    if (!it->is_object())
        throw fieldError(source, key, "expected an object of strings");
    for (const auto& [k, v] : it->items()) {
        if (!v.is_string())
            throw fieldError(source, std::string(key) + "." + k, "expected a string");
        out[k] = v.get<std::string>();
    }
    return out;
}

nlohmann::json objectDoc(const std::string& json, const std::string& source) {
    nlohmann::json doc = parseJson(json, source);
    if (!doc.is_object())
        throw fieldError(source, "(top level)", "expected an object");
    return doc;
}

// Checks a pattern's syntax at load time, so a typo is reported with its file, field
// and column instead of surfacing when the matcher is built.
void checkPattern(const std::string& pattern, const std::string& source, const std::string& path) {
    try {
        (void)parsePattern(pattern);
    } catch (const PatternError& e) {
        throw fieldError(source, path,
                         "\"" + pattern + "\" at column " + std::to_string(e.offset() + 1) + ": " +
                             e.what());
    }
}

// The fields a file sets for all its groups and a group may override.
struct GroupDefaults {
    std::string rule;
    std::optional<Role> role;
    bool boilerplate = false;
    std::optional<Severity> severity;
    std::string message;
    std::string why;
    std::vector<std::string> replacements;
    std::vector<std::string> unless;
    std::string claim;
    std::optional<std::vector<Relationship>> permittedBy;
    bool fuzzy = false;
};

void readGroupFields(const nlohmann::json& obj, const std::string& source, const std::string& path,
                     GroupDefaults& d) {
    if (obj.contains("rule"))
        d.rule = stringField(obj, "rule", source, path, true);
    if (obj.contains("role")) {
        const std::string role = stringField(obj, "role", source, path, true);
        d.role = parseRole(role);
        if (!d.role)
            throw fieldError(source, path + ".role", "unknown sentence role \"" + role + "\"");
    }
    if (obj.contains("level")) {
        const std::string level = stringField(obj, "level", source, path, true);
        d.severity = parseSeverity(level);
        if (!d.severity)
            throw fieldError(source, path + ".level", "expected error, warning or hint");
    }
    if (obj.contains("message"))
        d.message = stringField(obj, "message", source, path, true);
    if (obj.contains("why"))
        d.why = stringField(obj, "why", source, path, true);
    if (obj.contains("replacements"))
        d.replacements = stringListField(obj, "replacements", source, path);
    if (obj.contains("claim"))
        d.claim = stringField(obj, "claim", source, path, true);
    for (const char* flag : {"boilerplate", "fuzzy"}) {
        if (const auto it = obj.find(flag); it != obj.end()) {
            if (!it->is_boolean())
                throw fieldError(source, path + "." + flag, "expected true or false");
            (std::string_view(flag) == "fuzzy" ? d.fuzzy : d.boilerplate) = it->get<bool>();
        }
    }
    if (obj.contains("permitted_by")) {
        std::vector<Relationship> rels;
        for (const std::string& rel : stringListField(obj, "permitted_by", source, path)) {
            const auto parsed = parseRelationship(rel);
            if (!parsed)
                throw fieldError(source, path + ".permitted_by",
                                 "unknown relationship \"" + rel + "\"");
            rels.push_back(*parsed);
        }
        d.permittedBy = std::move(rels);
    }
    const std::vector<std::string> unless = stringListField(obj, "unless", source, path);
    for (std::size_t i = 0; i < unless.size(); ++i)
        checkPattern(unless[i], source, path + ".unless[" + std::to_string(i) + "]");
    d.unless.insert(d.unless.end(), unless.begin(), unless.end());
}

std::string fileStem(const std::string& source) {
    std::string stem = source;
    if (const auto slash = stem.find_last_of('/'); slash != std::string::npos)
        stem = stem.substr(slash + 1);
    if (const auto dot = stem.rfind('.'); dot != std::string::npos)
        stem = stem.substr(0, dot);
    return stem;
}

} // namespace

void parseLanguageManifest(const std::string& json, const std::string& source, LanguagePack& pack,
                           std::vector<std::string>& patternFiles) {
    const nlohmann::json doc = objectDoc(json, source);
    pack.code = stringField(doc, "language", source, "", true);
    pack.name = stringField(doc, "name", source, "", true);
    pack.spellingDictionaries = stringListField(doc, "spelling", source, "");
    patternFiles = stringListField(doc, "pattern_files", source, "");
    if (patternFiles.empty())
        throw fieldError(source, "pattern_files", "missing; list the pattern files of the pack");
    pack.functionWords = stringListField(doc, "function_words", source, "");
    pack.acronyms = stringListField(doc, "acronyms", source, "");
    pack.placeholderWords = stringListField(doc, "placeholder_words", source, "");
    pack.possessiveSuffixes = stringListField(doc, "possessive_suffixes", source, "");
    pack.placeholderFields = stringMap(doc, "placeholder_fields", source);
    pack.relationshipLabels = stringMap(doc, "relationships", source);
    pack.roleLabels = stringMap(doc, "roles", source);
    for (const Relationship r : kAllRelationships)
        if (!pack.relationshipLabels.contains(relationshipId(r)))
            throw fieldError(source, "relationships",
                             "missing the label of \"" + std::string(relationshipId(r)) + "\"");
    if (const auto m = doc.find("morphology"); m != doc.end())
        pack.morphology = Morphology::fromJson(*m, source);
    pack.text = parseTextRules(doc, source);
}

void parseClasses(const std::string& json, const std::string& source, LanguagePack& pack) {
    const nlohmann::json doc = objectDoc(json, source);
    const auto classes = doc.find("classes");
    if (classes == doc.end() || !classes->is_object())
        throw fieldError(source, "classes", "missing; expected an object of word classes");
    for (const auto& [name, members] : classes->items()) {
        const std::string path = "classes." + name;
        if (!members.is_array() || members.empty())
            throw fieldError(source, path, "expected a non-empty array of members");
        std::vector<std::string> list = stringListField(*classes, name.c_str(), source, "classes");
        for (std::size_t i = 0; i < list.size(); ++i)
            checkPattern(list[i], source, path + "[" + std::to_string(i) + "]");
        pack.classes[name] = std::move(list);
    }
}

void parseMessages(const std::string& json, const std::string& source, LanguagePack& pack) {
    const nlohmann::json doc = objectDoc(json, source);
    const auto rules = doc.find("rules");
    if (rules == doc.end() || !rules->is_object())
        throw fieldError(source, "rules", "missing; expected an object keyed by rule id");
    for (const auto& [id, r] : rules->items()) {
        const std::string path = "rules." + id;
        if (!r.is_object())
            throw fieldError(source, path, "expected an object");
        RuleText text;
        text.name = stringField(r, "name", source, path, true);
        text.summary = stringField(r, "summary", source, path, true);
        if (const auto msgs = r.find("messages"); msgs != r.end()) {
            if (!msgs->is_object())
                throw fieldError(source, path + ".messages", "expected an object");
            for (const auto& [key, m] : msgs->items()) {
                const std::string mpath = path + ".messages." + key;
                if (!m.is_object())
                    throw fieldError(source, mpath, "expected an object");
                text.messages[key] = MessageText{stringField(m, "message", source, mpath, true),
                                                 stringField(m, "why", source, mpath, false)};
            }
        }
        pack.rules[id] = std::move(text);
    }
}

void parsePatternFile(const std::string& json, const std::string& source, LanguagePack& pack) {
    const nlohmann::json doc = objectDoc(json, source);
    GroupDefaults file;
    readGroupFields(doc, source, "", file);
    // The file's exceptions are kept once for the file, not copied into each group.
    const auto fileIndex = static_cast<std::uint32_t>(pack.files.size());
    pack.files.push_back(PatternFile{source, file.unless});
    file.unless.clear();
    const auto groups = doc.find("groups");
    if (groups == doc.end() || !groups->is_array() || groups->empty())
        throw fieldError(source, "groups", "missing; expected an array of pattern groups");
    const std::string stem = fileStem(source);
    for (std::size_t i = 0; i < groups->size(); ++i) {
        const std::string path = "groups[" + std::to_string(i) + "]";
        const nlohmann::json& g = (*groups)[i];
        if (!g.is_object())
            throw fieldError(source, path, "expected an object");
        GroupDefaults d = file;
        readGroupFields(g, source, path, d);
        PatternGroup group;
        const std::string name = stringField(g, "name", source, path, false);
        group.id = stem + "/" + (name.empty() ? std::to_string(i) : name);
        group.source = source;
        group.rule = d.rule;
        group.role = d.role;
        group.boilerplate = d.boilerplate;
        group.severity = d.severity.value_or(Severity::Warning);
        group.message = d.message;
        group.why = d.why;
        group.replacements = d.replacements;
        group.fuzzy = d.fuzzy;
        group.claim = d.claim;
        group.unless = d.unless;
        group.file = fileIndex;
        if (d.permittedBy)
            group.permittedBy = *d.permittedBy;
        if (group.rule.empty() && !group.role && !group.boilerplate)
            throw fieldError(source, path,
                             "a group needs a rule, a role or \"boilerplate\": true (else it "
                             "does nothing)");
        if (group.role == Role::SharedPast && !d.permittedBy)
            throw fieldError(source, path + ".permitted_by",
                             "missing; a shared-past claim lists the relationships that permit "
                             "it ([] for none)");
        group.patterns = stringListField(g, "patterns", source, path);
        if (group.patterns.empty())
            throw fieldError(source, path + ".patterns", "missing; expected at least one pattern");
        for (std::size_t k = 0; k < group.patterns.size(); ++k)
            checkPattern(group.patterns[k], source, path + ".patterns[" + std::to_string(k) + "]");
        if (const auto ex = g.find("examples"); ex != g.end()) {
            if (!ex->is_object())
                throw fieldError(source, path + ".examples",
                                 "expected {\"fire\": [...], \"pass\": [...]}");
            group.fires = stringListField(*ex, "fire", source, path + ".examples");
            group.passes = stringListField(*ex, "pass", source, path + ".examples");
        }
        pack.groups.push_back(std::move(group));
    }
}

std::string
fillMessage(std::string_view text,
            std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string out;
    out.reserve(text.size() + 32);
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '{') {
            const std::size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view key = text.substr(i + 1, close - i - 1);
                bool replaced = false;
                for (const auto& [k, v] : values) {
                    if (k == key) {
                        out += v;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

} // namespace overture
