// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The editor's controller, as KDE Tokodon's post editor is built: it only assembles one
// object per responsibility and hands them to QML as typed, constant sub-objects.
//
//   card       RecipientCard   who the note is for (remembered between runs)
//   document   DraftDocument   the draft's text and its file
//   lint       LintSession     the report: findings, scorecard, counter, ready
//   spelling   Spelling        the dictionary, the person's words, suggestions
//   problems   ProblemLog      what went wrong, for the banner
//   openers    OpenerModel     the opener library, filled from the card
//   history    HistoryStore    the notes already copied
//   appearance Appearance      light, dark or the system's, and the colours that mean something
//
// What is left here is what spans several of them: Copy (the document, the card and the
// history), and replacing the draft (New, an opener, a note from the history) so that
// Ctrl+Z brings back the old draft with what was dismissed and ignored in it.
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <set>
#include <string>
#include <vector>

class QQuickTextDocument;
Q_MOC_INCLUDE(<QQuickTextDocument>)

// moc needs the complete types of the properties.
Q_MOC_INCLUDE("appearance.hpp")
Q_MOC_INCLUDE("draft_document.hpp")
Q_MOC_INCLUDE("history_store.hpp")
Q_MOC_INCLUDE("lint_session.hpp")
Q_MOC_INCLUDE("opener_model.hpp")
Q_MOC_INCLUDE("problem_log.hpp")
Q_MOC_INCLUDE("recipient_card.hpp")
Q_MOC_INCLUDE("spelling.hpp")

namespace overture::gui {

class Appearance;
class DraftDocument;
class HistoryStore;
class LintSession;
class OpenerModel;
class ProblemLog;
class RecipientCard;
class Spelling;
class UserSettings;

class DraftController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(overture::gui::RecipientCard* card READ card CONSTANT FINAL)
    Q_PROPERTY(overture::gui::DraftDocument* document READ document CONSTANT FINAL)
    Q_PROPERTY(overture::gui::LintSession* lint READ lint CONSTANT FINAL)
    Q_PROPERTY(overture::gui::Spelling* spelling READ spelling CONSTANT FINAL)
    Q_PROPERTY(overture::gui::ProblemLog* problems READ problems CONSTANT FINAL)
    Q_PROPERTY(overture::gui::OpenerModel* openers READ openers CONSTANT FINAL)
    Q_PROPERTY(overture::gui::HistoryStore* history READ history CONSTANT FINAL)
    Q_PROPERTY(overture::gui::Appearance* appearance READ appearance CONSTANT FINAL)

public:
    explicit DraftController(QObject* parent = nullptr);
    ~DraftController() override;
    DraftController(const DraftController&) = delete;
    DraftController& operator=(const DraftController&) = delete;
    DraftController(DraftController&&) = delete;
    DraftController& operator=(DraftController&&) = delete;

    [[nodiscard]] RecipientCard* card() const { return card_; }
    [[nodiscard]] DraftDocument* document() const { return document_; }
    [[nodiscard]] LintSession* lint() const { return lint_; }
    [[nodiscard]] Spelling* spelling() const { return spelling_; }
    [[nodiscard]] ProblemLog* problems() const { return problems_; }
    [[nodiscard]] OpenerModel* openers() const { return openers_; }
    [[nodiscard]] HistoryStore* history() const { return history_; }
    [[nodiscard]] Appearance* appearance() const { return appearance_; }

    // Copies the draft to the clipboard, records it in the history, returns its length.
    Q_INVOKABLE int copyToClipboard();
    // Forgets what was dismissed and ignored for the last draft (a new draft starts clean).
    Q_INVOKABLE void startNewDraft();
    // Replaces the whole draft in `document` (the note's textDocument) by `text` as one
    // undoable edit and starts it clean; the old draft's dismissals and ignored words
    // come back with it when Ctrl+Z does.
    Q_INVOKABLE bool replaceDraft(QQuickTextDocument* document, const QString& text);
    // "New note for someone else": an empty draft and an empty card.
    Q_INVOKABLE void newNoteForSomeoneElse(QQuickTextDocument* document);

private:
    void draftChanged();

    // A draft replaced by replaceDraft(), kept until undo brings its text back.
    struct Replaced {
        QString text;
        std::set<QString> dismissed;
        std::set<std::string, std::less<>> ignored;
    };
    std::vector<Replaced> replaced_;
    std::unique_ptr<UserSettings> settings_;
    ProblemLog* problems_;
    RecipientCard* card_;
    DraftDocument* document_;
    Spelling* spelling_;
    HistoryStore* history_;
    LintSession* lint_;
    OpenerModel* openers_;
    Appearance* appearance_;
};

} // namespace overture::gui
