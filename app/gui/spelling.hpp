// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Spelling for the editor: the Hunspell dictionary of the chosen language (loaded on a
// worker thread, so the window never waits for it), the person's own dictionary, the
// words ignored for this draft, and suggestions, which are slow and therefore computed
// only when the person asks and then remembered.
#pragma once

#include "lint_enums.hpp"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <set>
#include <string>

namespace overture {
class PersonalDictionary;
class Speller;
} // namespace overture

Q_MOC_INCLUDE("choice_model.hpp")

namespace overture::gui {

class ChoiceModel;
class ProblemLog;
class UserSettings;

class Spelling : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Spelling belongs to a DraftController")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)
    Q_PROPERTY(overture::gui::Lint::SpellingState state READ state NOTIFY stateChanged FINAL)
    Q_PROPERTY(overture::gui::ChoiceModel* languages READ languages CONSTANT FINAL)

public:
    Spelling(UserSettings* settings, ProblemLog* problems, QObject* parent);
    ~Spelling() override;
    Spelling(const Spelling&) = delete;
    Spelling& operator=(const Spelling&) = delete;
    Spelling(Spelling&&) = delete;
    Spelling& operator=(Spelling&&) = delete;

    [[nodiscard]] QString language() const { return language_; }
    void setLanguage(const QString& language);
    [[nodiscard]] Lint::SpellingState state() const { return state_; }
    [[nodiscard]] ChoiceModel* languages() const { return languages_; }

    // The loaded dictionary, null while loading or when none could be loaded.
    [[nodiscard]] std::shared_ptr<const Speller> speller() const { return speller_; }
    // The person's own dictionary (shared with overture-lint).
    [[nodiscard]] const std::vector<std::string>& personalWords() const;
    // Words ignored for the current draft ("Ignore" in the menu), kept across restarts.
    [[nodiscard]] const std::set<std::string, std::less<>>& ignoredWords() const {
        return ignored_;
    }

    // Hunspell's suggestions (at most five). Slow (20-75 ms a word): only on a person's
    // request (the context menu, the card's "Suggest spellings").
    Q_INVOKABLE QStringList suggestionsFor(const QString& word) const;
    // Whether suggestions for `word` were asked for already (then they cost nothing).
    Q_INVOKABLE bool hasSuggestionsFor(const QString& word) const;
    Q_INVOKABLE void addToDictionary(const QString& word);
    Q_INVOKABLE void ignoreWord(const QString& word);
    // A new draft checks every word again.
    void forgetIgnoredWords();
    // Undoing a replaced draft brings its ignored words back.
    void setIgnoredWords(std::set<std::string, std::less<>> words);

signals:
    void languageChanged();
    void stateChanged();
    void spellerChanged();               // a dictionary finished loading (or failed to)
    void wordAdded(const QString& word); // to the personal dictionary
    void ignoredWordsChanged();

private:
    void startLoad();
    void loaded(std::shared_ptr<const Speller> speller, const QString& error, quint64 generation);
    void saveIgnored();

    UserSettings* settings_;
    ProblemLog* problems_;
    ChoiceModel* languages_;
    QString language_ = QStringLiteral("en_US");
    Lint::SpellingState state_ = Lint::SpellingLoading;
    quint64 generation_ = 0;
    std::shared_ptr<const Speller> speller_;
    std::unique_ptr<PersonalDictionary> personal_;
    std::set<std::string, std::less<>> ignored_;
    // suggest() takes milliseconds a word, and the findings panel asks again each time a
    // lint rebuilds its cards: answers are kept until the dictionary changes.
    mutable QHash<QString, QStringList> suggestionCache_;
};

} // namespace overture::gui
