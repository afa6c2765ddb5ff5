// The editor's brain, exposed to QML: the draft text and the recipient card in; the
// report (findings, scorecard, counter, ready) out. It lints on a short single-shot
// timer after each change (the keystroke path only restarts timers), saves the draft a
// second after the last keystroke, remembers the card, loads the Hunspell dictionary on
// a worker thread so the window never waits for it, and owns the opener library.
#pragma once

#include "draft_store.hpp"
#include "engine/linter.hpp"
#include "findings_model.hpp"
#include "history_store.hpp"
#include "opener_model.hpp"
#include "spelling/personal_dictionary.hpp"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <set>

class QSettings;

namespace overture {
class HunspellSpeller;
}

namespace overture::gui {

class DraftController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY cardChanged)
    Q_PROPERTY(QString company READ company WRITE setCompany NOTIFY cardChanged)
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY cardChanged)
    Q_PROPERTY(QString relationship READ relationship WRITE setRelationship NOTIFY cardChanged)
    Q_PROPERTY(QString context READ context WRITE setContext NOTIFY cardChanged)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY cardChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY cardChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

    Q_PROPERTY(overture::gui::FindingsModel* findings READ findings CONSTANT)
    Q_PROPERTY(overture::gui::OpenerModel* openers READ openers CONSTANT)
    Q_PROPERTY(overture::gui::HistoryStore* history READ history CONSTANT)
    Q_PROPERTY(int characters READ characters NOTIFY reportChanged)
    Q_PROPERTY(int words READ words NOTIFY reportChanged)
    Q_PROPERTY(int sentences READ sentences NOTIFY reportChanged)
    Q_PROPERTY(QString counterText READ counterText NOTIFY reportChanged)
    Q_PROPERTY(QString counterState READ counterState NOTIFY reportChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY reportChanged)
    Q_PROPERTY(bool hasErrors READ hasErrors NOTIFY reportChanged)
    Q_PROPERTY(QVariantList scorecard READ scorecard NOTIFY reportChanged)
    Q_PROPERTY(int dismissedCount READ dismissedCount NOTIFY reportChanged)

    Q_PROPERTY(QString spellingState READ spellingState NOTIFY spellingChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(QVariantList relationships READ relationships CONSTANT)
    Q_PROPERTY(QVariantList rules READ rules NOTIFY rulesChanged)
    Q_PROPERTY(QString draftPath READ draftPath CONSTANT)

public:
    explicit DraftController(QObject* parent = nullptr);
    ~DraftController() override;
    DraftController(const DraftController&) = delete;
    DraftController& operator=(const DraftController&) = delete;
    DraftController(DraftController&&) = delete;
    DraftController& operator=(DraftController&&) = delete;

    // Set by main() before the QML loads: a file given with --draft replaces the saved draft.
    static void setStartupDraftFile(const QString& path);

    [[nodiscard]] QString text() const { return text_; }
    void setText(const QString& text);
    [[nodiscard]] QString name() const { return QString::fromStdString(card_.name); }
    void setName(const QString& v);
    [[nodiscard]] QString company() const { return QString::fromStdString(card_.company); }
    void setCompany(const QString& v);
    [[nodiscard]] QString role() const { return QString::fromStdString(card_.role); }
    void setRole(const QString& v);
    [[nodiscard]] QString relationship() const;
    void setRelationship(const QString& id);
    [[nodiscard]] QString context() const { return QString::fromStdString(card_.context); }
    void setContext(const QString& v);
    [[nodiscard]] QString reason() const { return QString::fromStdString(card_.reason); }
    void setReason(const QString& v);
    [[nodiscard]] int limit() const { return card_.limit; }
    void setLimit(int limit);
    [[nodiscard]] QString language() const { return language_; }
    void setLanguage(const QString& language);

    [[nodiscard]] FindingsModel* findings() const { return findings_; }
    [[nodiscard]] OpenerModel* openers() const { return openers_; }
    [[nodiscard]] HistoryStore* history() const { return history_; }
    [[nodiscard]] int characters() const { return static_cast<int>(report_.stats.characters); }
    [[nodiscard]] int words() const { return static_cast<int>(report_.stats.words); }
    [[nodiscard]] int sentences() const { return static_cast<int>(report_.stats.sentences); }
    [[nodiscard]] QString counterText() const;
    [[nodiscard]] QString counterState() const;
    [[nodiscard]] bool ready() const { return ready_; }
    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] QVariantList scorecard() const { return scorecard_; }
    [[nodiscard]] int dismissedCount() const { return static_cast<int>(dismissed_.size()); }
    [[nodiscard]] QString spellingState() const { return spellingState_; }
    [[nodiscard]] QStringList problems() const { return problems_; }
    [[nodiscard]] QVariantList relationships() const;
    [[nodiscard]] QVariantList rules() const;
    [[nodiscard]] QString draftPath() const { return store_.path(); }

    // Lints the current text at once (the timer calls this; tests and benchmarks too).
    Q_INVOKABLE void lintNow();
    // Replaces [start, end) of the editor's document in one undoable edit block. With
    // `expected`, only when the range still holds that text (a fix clicked just after an
    // edit, before the lint caught up, must not replace the wrong words).
    Q_INVOKABLE bool replaceRange(QQuickTextDocument* document, int start, int end,
                                  const QString& replacement, const QString& expected = {});
    // Hunspell's suggestions (at most five). Slow (20-75 ms a word): only on a person's
    // request (the context menu, the card's "Suggest spellings"), never per lint.
    Q_INVOKABLE QStringList suggestionsFor(const QString& word) const;
    // The suggestions already made for `word`, or null when none were asked for yet.
    Q_INVOKABLE QVariant cachedSuggestionsFor(const QString& word) const;
    Q_INVOKABLE void addToDictionary(const QString& word);
    Q_INVOKABLE void ignoreWord(const QString& word);
    Q_INVOKABLE void dismiss(const QString& dismissKey);
    Q_INVOKABLE void restoreDismissed();
    Q_INVOKABLE void setRuleEnabled(const QString& id, bool enabled);
    // Copies the draft to the clipboard, records it in the history, returns its length.
    Q_INVOKABLE int copyToClipboard();
    Q_INVOKABLE bool saveDraftNow();
    Q_INVOKABLE void dismissProblem(int index);
    Q_INVOKABLE QString gradeOf(const QString& reasonLabel) const;
    // Forgets the dismissed findings (a new draft starts clean).
    Q_INVOKABLE void startNewDraft();
    Q_INVOKABLE void reportProblem(const QString& problem);

signals:
    void textChanged();
    void cardChanged();
    void languageChanged();
    void reportChanged();
    void spellingChanged();
    void problemsChanged();
    void rulesChanged();
    void linted(); // after every lint, for tests
    void draftSaved();

private:
    void loadEngine();
    void loadSettings();
    void saveCard();
    void saveDraftState(); // dismissed findings and ignored words of this draft
    void cardEdited();
    void startSpellerLoad();
    void spellerLoaded(std::shared_ptr<HunspellSpeller> speller, const QString& error,
                       quint64 generation);
    void addProblem(const QString& problem);

    QString text_;
    Recipient card_;
    QString language_ = QStringLiteral("en_US");
    std::unique_ptr<Linter> linter_;
    std::shared_ptr<const LintData> lintData_;
    Report report_;
    bool ready_ = false;
    QVariantList scorecard_;
    std::set<QString> dismissed_;
    // "Ignore" in the spelling menu: for this draft, kept across restarts (LintOptions).
    std::set<std::string, std::less<>> ignored_;
    // Hunspell's suggest() takes milliseconds a word, and the findings panel asks again
    // each time a lint rebuilds its cards: answers are kept until the dictionary changes.
    mutable QHash<QString, QStringList> suggestionCache_;
    std::set<std::string, std::less<>> disabledRules_;
    QString spellingState_ = QStringLiteral("loading");
    quint64 spellerGeneration_ = 0;
    QStringList problems_;

    FindingsModel* findings_;
    OpenerModel* openers_;
    HistoryStore* history_;
    DraftStore store_;
    std::unique_ptr<PersonalDictionary> personal_;
    std::unique_ptr<QSettings> settings_;
    bool settingsWritable_ = true;

    QTimer lintTimer_;
    QTimer saveTimer_;
};

} // namespace overture::gui
