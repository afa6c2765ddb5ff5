// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "spelling.hpp"

#include "choice_model.hpp"
#include "problem_log.hpp"
#include "spelling/hunspell_speller.hpp"
#include "spelling/personal_dictionary.hpp"
#include "user_settings.hpp"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace overture::gui {

namespace {
std::vector<ChoiceModel::Choice> languageChoices() {
    return {{QStringLiteral("en_US"), QStringLiteral("English (United States)")},
            {QStringLiteral("en_GB"), QStringLiteral("English (United Kingdom)")}};
}
} // namespace

Spelling::Spelling(UserSettings* settings, ProblemLog* problems, QObject* parent)
    : QObject(parent), settings_(settings), problems_(problems),
      languages_(new ChoiceModel(languageChoices(), this)),
      personal_(std::make_unique<PersonalDictionary>(
          userDataPath(QStringLiteral("personal.dic")).toStdString())) {
    const QString lang =
        settings_->value(QStringLiteral("spelling/language"), QStringLiteral("en_US")).toString();
    if (languages_->indexOf(lang) >= 0)
        language_ = lang;
    // Words ignored for this draft stay ignored after a restart, like the draft.
    for (const QString& w : settings_->value(QStringLiteral("draft/ignored")).toStringList())
        ignored_.insert(w.toStdString());
    if (std::string error; !personal_->load(error))
        problems_->add(QString::fromStdString(error));
    startLoad();
}

Spelling::~Spelling() = default;

const std::vector<std::string>& Spelling::personalWords() const {
    return personal_->words();
}

void Spelling::setLanguage(const QString& language) {
    if (language == language_)
        return;
    language_ = language;
    settings_->setValue(QStringLiteral("spelling/language"), language_);
    emit languageChanged();
    startLoad();
}

void Spelling::startLoad() {
    const quint64 generation = ++generation_;
    state_ = Lint::SpellingLoading;
    emit stateChanged();
    const std::string lang = language_.toStdString();
    // Hunspell reads a 50k-word dictionary in ~50-100 ms: never on the UI thread. The
    // global thread pool's thread is joined when the program ends (a parentless QThread
    // was not), and the watcher belongs to this object: a result that arrives after the
    // editor closed goes nowhere.
    using Result = std::pair<std::shared_ptr<const Speller>, QString>;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        Result result = watcher->result();
        watcher->deleteLater();
        loaded(std::move(result.first), result.second, generation);
    });
    watcher->setFuture(QtConcurrent::run([lang] {
        std::string error;
        std::shared_ptr<const Speller> speller = HunspellSpeller::open(lang, error);
        return Result{std::move(speller), QString::fromStdString(error)};
    }));
}

void Spelling::loaded(std::shared_ptr<const Speller> speller, const QString& error,
                      quint64 generation) {
    if (generation != generation_)
        return; // a newer language was chosen meanwhile
    if (!speller) {
        state_ = Lint::SpellingOff;
        problems_->add(error);
    } else {
        state_ = Lint::SpellingOn;
    }
    speller_ = std::move(speller);
    suggestionCache_.clear();
    emit stateChanged();
    emit spellerChanged();
}

bool Spelling::hasSuggestionsFor(const QString& word) const {
    return suggestionCache_.contains(word);
}

QStringList Spelling::suggestionsFor(const QString& word) const {
    QStringList out;
    if (!speller_)
        return out;
    if (const auto cached = suggestionCache_.constFind(word); cached != suggestionCache_.cend())
        return *cached;
    QString folded = word;
    folded.replace(QChar(0x2019), QLatin1Char('\''));
    for (const auto& s : speller_->suggest(folded.toStdString(), 5))
        out << QString::fromStdString(s);
    suggestionCache_.insert(word, out);
    return out;
}

void Spelling::addToDictionary(const QString& word) {
    if (std::string error; !personal_->add(word.toStdString(), error))
        problems_->add(QString::fromStdString(error));
    emit wordAdded(word);
}

void Spelling::ignoreWord(const QString& word) {
    ignored_.insert(word.toStdString());
    saveIgnored();
    emit ignoredWordsChanged();
}

void Spelling::forgetIgnoredWords() {
    if (ignored_.empty())
        return;
    ignored_.clear();
    saveIgnored();
    emit ignoredWordsChanged();
}

void Spelling::setIgnoredWords(std::set<std::string, std::less<>> words) {
    if (words == ignored_)
        return;
    ignored_ = std::move(words);
    saveIgnored();
    emit ignoredWordsChanged();
}

void Spelling::saveIgnored() {
    QStringList ignored;
    for (const auto& w : ignored_)
        ignored << QString::fromStdString(w);
    settings_->setValue(QStringLiteral("draft/ignored"), ignored);
}

} // namespace overture::gui
