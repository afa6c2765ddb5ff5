#include "draft_controller.hpp"

#include "appearance.hpp"
#include "data/data_locator.hpp"
#include "draft_document.hpp"
#include "history_store.hpp"
#include "lint_session.hpp"
#include "opener_model.hpp"
#include "openers/opener_files.hpp"
#include "problem_log.hpp"
#include "recipient_card.hpp"
#include "spelling.hpp"
#include "user_settings.hpp"

#include <QClipboard>
#include <QGuiApplication>

namespace overture::gui {

DraftController::DraftController(QObject* parent)
    : QObject(parent), settings_(std::make_unique<UserSettings>()), problems_(new ProblemLog(this)),
      card_(new RecipientCard(settings_.get(), this)),
      document_(new DraftDocument(problems_, this)),
      spelling_(new Spelling(settings_.get(), problems_, this)), history_(new HistoryStore(this)),
      lint_(nullptr), openers_(new OpenerModel(this)),
      appearance_(new Appearance(settings_.get(), this)) {
    problems_->add(settings_->problem());
    connect(history_, &HistoryStore::problem, problems_, &ProblemLog::add);
    history_->open(userDataPath(QStringLiteral("history.sqlite")));
    lint_ = new LintSession(
        LintSession::Parts{document_, card_, spelling_, history_, problems_, settings_.get()},
        this);

    const QString ownOpeners = userDataPath(QStringLiteral("openers.json"));
    LoadedOpeners loaded = loadOpeners(findDataDir(), ownOpeners.toStdString());
    for (const auto& p : loaded.problems)
        problems_->add(QString::fromStdString(p));
    openers_->setLibrary(std::move(loaded.shipped), std::move(loaded.own), ownOpeners,
                         loaded.ownWritable);
    openers_->setCard(card_->recipient());
    connect(card_, &RecipientCard::changed, this,
            [this] { openers_->setCard(card_->recipient()); });
}

DraftController::~DraftController() {
    // The parts read the settings and the problem log while they go (the draft is saved
    // on the way out): delete them before those, users first.
    delete appearance_;
    delete openers_;
    delete lint_;
    delete history_;
    delete spelling_;
    delete document_;
    delete card_;
}

int DraftController::copyToClipboard() {
    const QString& text = document_->text();
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
    history_->record(text, card_->name(), card_->company(), card_->relationship(), card_->limit());
    return static_cast<int>(text.size());
}

void DraftController::startNewDraft() {
    lint_->forgetDismissed();
    spelling_->forgetIgnoredWords();
}

} // namespace overture::gui
