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
// history) and starting a new draft.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>

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

private:
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
