// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The lint session: the engine run over the draft and the card, and what the editor
// shows of its report: the findings (without the ones dismissed for this draft), the
// scorecard, the counter, whether the note is ready. A lint takes tens of microseconds,
// so it runs on every change (each keystroke, each card edit, a new dictionary, a new
// entry in the history): the counter and the underlines are never behind the text.
#pragma once

#include "lint_enums.hpp"
#include "model/report.hpp"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <set>

namespace overture {
class Linter;
struct LintData;
} // namespace overture

class QQuickTextDocument;
Q_MOC_INCLUDE(<QQuickTextDocument>)
Q_MOC_INCLUDE("anatomy_model.hpp")
Q_MOC_INCLUDE("findings_model.hpp")
Q_MOC_INCLUDE("rule_list_model.hpp")
Q_MOC_INCLUDE("scorecard_model.hpp")

namespace overture::gui {

class AnatomyModel;
class DraftDocument;
class FindingsModel;
class HistoryStore;
class ProblemLog;
class RecipientCard;
class RuleListModel;
class ScorecardModel;
class Spelling;
class UserSettings;

class LintSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The lint session belongs to a DraftController")
    Q_PROPERTY(overture::gui::FindingsModel* findings READ findings CONSTANT FINAL)
    Q_PROPERTY(overture::gui::ScorecardModel* scorecard READ scorecard CONSTANT FINAL)
    // The parts of the note a recipient looks for, from the engine's sentence roles.
    Q_PROPERTY(overture::gui::AnatomyModel* anatomy READ anatomy CONSTANT FINAL)
    Q_PROPERTY(overture::gui::RuleListModel* rules READ rules CONSTANT FINAL)
    Q_PROPERTY(int characters READ characters NOTIFY reportChanged FINAL)
    Q_PROPERTY(int words READ words NOTIFY reportChanged FINAL)
    Q_PROPERTY(int sentences READ sentences NOTIFY reportChanged FINAL)
    Q_PROPERTY(int limit READ limit NOTIFY reportChanged FINAL)
    Q_PROPERTY(QString counterText READ counterText NOTIFY reportChanged FINAL)
    Q_PROPERTY(
        overture::gui::Lint::CounterState counterState READ counterState NOTIFY reportChanged FINAL)
    Q_PROPERTY(bool ready READ ready NOTIFY reportChanged FINAL)
    Q_PROPERTY(bool hasErrors READ hasErrors NOTIFY reportChanged FINAL)
    Q_PROPERTY(int dismissedCount READ dismissedCount NOTIFY reportChanged FINAL)
    // The errors left, in words, for the Copy confirmation ("Unfilled placeholder ...").
    Q_PROPERTY(QStringList errorMessages READ errorMessages NOTIFY reportChanged FINAL)

public:
    struct Parts {
        DraftDocument* document;
        RecipientCard* card;
        Spelling* spelling;
        HistoryStore* history;
        ProblemLog* problems;
        UserSettings* settings;
    };
    LintSession(const Parts& parts, QObject* parent);
    ~LintSession() override;
    LintSession(const LintSession&) = delete;
    LintSession& operator=(const LintSession&) = delete;
    LintSession(LintSession&&) = delete;
    LintSession& operator=(LintSession&&) = delete;

    [[nodiscard]] FindingsModel* findings() const { return findings_; }
    [[nodiscard]] ScorecardModel* scorecard() const { return scorecard_; }
    [[nodiscard]] AnatomyModel* anatomy() const { return anatomy_; }
    [[nodiscard]] RuleListModel* rules() const { return rules_; }
    [[nodiscard]] const Report& report() const { return report_; }
    [[nodiscard]] int characters() const { return static_cast<int>(report_.stats.characters); }
    [[nodiscard]] int words() const { return static_cast<int>(report_.stats.words); }
    [[nodiscard]] int sentences() const { return static_cast<int>(report_.stats.sentences); }
    [[nodiscard]] int limit() const { return report_.stats.limit; }
    [[nodiscard]] QString counterText() const;
    [[nodiscard]] Lint::CounterState counterState() const;
    [[nodiscard]] bool ready() const { return report_.ready; }
    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] int dismissedCount() const { return static_cast<int>(dismissed_.size()); }
    [[nodiscard]] QStringList errorMessages() const;
    [[nodiscard]] const std::set<QString>& dismissedKeys() const { return dismissed_; }
    // Undoing a replaced draft brings its dismissals back.
    void setDismissedKeys(std::set<QString> keys);

    // Lints the current text at once (every change calls this; tests and benchmarks too).
    Q_INVOKABLE void lintNow();
    // Applies a finding's fix to every occurrence the card stands for, in one undoable
    // edit; false (and a fresh lint) when the words are no longer there.
    Q_INVOKABLE bool applyFix(QQuickTextDocument* document, int row, const QString& replacement);
    // "Suggest spellings" on a misspelling's card: asks the dictionary (slow, so only now)
    // and shows the answers as its fixes, from then on for every card of that word.
    Q_INVOKABLE void suggestSpellings(int row);
    Q_INVOKABLE void dismiss(const QString& dismissKey);
    Q_INVOKABLE void restoreDismissed();
    // A new draft starts with nothing dismissed.
    void forgetDismissed();

signals:
    void reportChanged();
    void linted(); // after every lint, for tests

private:
    void saveDismissed();

    Parts parts_;
    std::shared_ptr<const LintData> lintData_;
    std::unique_ptr<Linter> linter_;
    Report report_;
    std::set<QString> dismissed_;
    FindingsModel* findings_;
    ScorecardModel* scorecard_;
    AnatomyModel* anatomy_;
    RuleListModel* rules_ = nullptr;
};

} // namespace overture::gui
