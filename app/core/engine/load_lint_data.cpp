// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engine/load_lint_data.hpp"

#include "data/data_error.hpp"
#include "data/data_locator.hpp"
#include "data/diagnostics.hpp"
#include "data/embedded_data.hpp"
#include "data/word_list.hpp"

#include <algorithm>
#include <cctype>

namespace overture {

namespace {

// Reads the pack's files through one function, so that the first pass can fall back file
// by file and the second pass can insist on the built-in copies.
class PackLoader {
public:
    PackLoader(const std::optional<std::filesystem::path>& dataDir, std::string dir,
               std::vector<std::string>& problems, bool builtInOnly)
        : dataDir_(builtInOnly ? std::nullopt : dataDir), dir_(std::move(dir)),
          problems_(problems) {}

    // Reads and parses one file; on a problem, reports it and parses the built-in copy.
    template <typename Parse> void load(const std::string& name, Parse&& parse) {
        const std::string relative = dir_ + "/" + name;
        DataText file = readData(dataDir_, relative, problems_);
        try {
            parse(file.text, file.source);
        } catch (const DataError& e) {
            if (file.embedded)
                throw; // a broken built-in copy is a build error, never a user's
            problems_.push_back(diagnostics::usingBuiltInCopy(e.what()));
            parse(std::string(embeddedFile(relative)), diagnostics::builtInSource(relative));
        }
    }

    LanguagePack read() {
        LanguagePack pack;
        std::vector<std::string> patternFiles;
        // The manifest is parsed into a scratch pack first, so that a fallback after a
        // half-parsed file starts clean.
        load(kLanguageManifest, [&](const std::string& text, const std::string& source) {
            LanguagePack scratch;
            std::vector<std::string> files;
            parseLanguageManifest(text, source, scratch, files);
            pack = std::move(scratch);
            patternFiles = std::move(files);
        });
        load(kClassesFile, [&](const std::string& text, const std::string& source) {
            LanguagePack scratch;
            parseClasses(text, source, scratch);
            pack.classes = std::move(scratch.classes);
        });
        load(kMessagesFile, [&](const std::string& text, const std::string& source) {
            LanguagePack scratch;
            parseMessages(text, source, scratch);
            pack.rules = std::move(scratch.rules);
        });
        for (const std::string& file : patternFiles) {
            load(file, [&](const std::string& text, const std::string& source) {
                LanguagePack scratch;
                parsePatternFile(text, source, scratch);
                const auto fileIndex = static_cast<std::uint32_t>(pack.files.size());
                for (PatternGroup& g : scratch.groups)
                    g.file = fileIndex;
                pack.files.push_back(std::move(scratch.files.front()));
                std::move(scratch.groups.begin(), scratch.groups.end(),
                          std::back_inserter(pack.groups));
            });
        }
        load(kWordsFile, [&](const std::string& text, const std::string& source) {
            pack.projectWords = parseWordList(text, source);
        });
        return pack;
    }

private:
    std::optional<std::filesystem::path> dataDir_;
    std::string dir_;
    std::vector<std::string>& problems_;
};

} // namespace

std::string packLanguage(std::string_view language) {
    std::string lang;
    for (const char c : language) {
        if (c == '_' || c == '-' || c == '.')
            break;
        lang += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return lang;
}

std::vector<std::string> builtInLanguages() {
    // Every dictionaries/<lang>/ folder with a manifest among the embedded files.
    std::vector<std::string> out;
    const std::string prefix = languagePackDir("");
    const std::string suffix = std::string("/") + kLanguageManifest;
    for (const std::string_view path : embeddedFiles())
        if (path.starts_with(prefix) && path.ends_with(suffix) &&
            path.size() > prefix.size() + suffix.size())
            out.emplace_back(
                path.substr(prefix.size(), path.size() - prefix.size() - suffix.size()));
    return out;
}

LoadedLintData loadLintData(const std::optional<std::filesystem::path>& dataDir,
                            std::string_view language) {
    LoadedLintData out;
    out.dataDir = dataDir;
    std::string lang = packLanguage(language);
    const auto known = builtInLanguages();
    if (std::find(known.begin(), known.end(), lang) == known.end()) {
        out.problems.push_back(diagnostics::noLanguagePack(language, kDefaultLanguage));
        lang = kDefaultLanguage;
    }
    const std::string dir = languagePackDir(lang);
    try {
        out.data = LintData::build(PackLoader(dataDir, dir, out.problems, false).read());
    } catch (const DataError& e) {
        // Each file parsed, but together they do not compile.
        out.problems.push_back(diagnostics::usingBuiltInPack(e.what(), dir));
        std::vector<std::string> ignored;
        out.data = LintData::build(PackLoader(dataDir, dir, ignored, true).read());
    }
    return out;
}

} // namespace overture
