// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/lint_setup.hpp"

#include "cli/history_file.hpp"
#include "data/data_locator.hpp"
#include "engine/load_lint_data.hpp"
#include "engine/spellers.hpp"
#include "spelling/hunspell_speller.hpp"
#include "spelling/personal_dictionary.hpp"

namespace overture::cli {

IoResult<std::unique_ptr<LintSetup>>
makeLintSetup(const Options& o, const std::function<void(const std::string&)>& warn) {
    auto setup = std::make_unique<LintSetup>();

    std::shared_ptr<HunspellSpeller> speller;
    if (o.spelling || o.languageGiven) {
        std::string spellError;
        speller = HunspellSpeller::open(o.language, spellError);
        if (!speller && o.languageGiven)
            // A typo in a script's --lang must not quietly turn spelling off.
            return ioError("--lang: no Hunspell dictionary for " + o.language +
                           " (looked in $DICPATH, /usr/share/hunspell, /usr/share/myspell/dicts);"
                           " install it or use --no-spell");
        if (!speller)
            warn(spellError);
        if (!o.spelling)
            speller.reset();
    }

    LoadedLintData loaded;
    try {
        loaded = loadLintData(findDataDir(), o.language);
    } catch (const DataError& e) {
        return ioError(e.what());
    }
    for (const auto& p : loaded.problems)
        warn(p);
    setup->linter = std::make_unique<Linter>(loaded.data, speller);
    // A word only the language's other variant knows ("colour" under en_US) is a hint.
    if (speller)
        setup->linter->setAlternateSpeller(alternateSpellerFor(*loaded.data, o.language));

    const std::filesystem::path dictPath = o.personalDictionary.empty()
                                               ? userDataDir() / "personal.dic"
                                               : std::filesystem::path(o.personalDictionary);
    PersonalDictionary personal(dictPath);
    if (const IoStatus loadedDict = personal.load(); !loadedDict)
        warn(loadedDict.error());
    for (const auto& w : personal.words())
        setup->linter->acceptWord(w);

    setup->options.spelling = o.spelling;
    // Suggestions cost 13-57 ms a word: on by default only for one note read as text (a
    // batch's table does not show them).
    setup->options.suggestions =
        o.suggestions.value_or(o.format == Format::Text && o.batchFile.empty());
    setup->options.disabledRules = o.disabledRules;
    if (!o.historyFile.empty()) {
        IoResult<NoteHistory> history = readHistoryFile(o.historyFile);
        if (!history)
            return IoError{history.error()};
        setup->history = std::move(history).value();
        setup->options.history = &setup->history;
    }
    return setup;
}

} // namespace overture::cli
