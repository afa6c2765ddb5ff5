// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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
    settings_->setProblemHandler([this](const QString& message) { problems_->add(message); });
    connect(history_, &HistoryStore::problem, problems_, &ProblemLog::add);
    history_->openInBackground(userDataPath(QStringLiteral("history.sqlite")));
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
    connect(document_, &DraftDocument::textChanged, this, &DraftController::draftChanged);
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

bool DraftController::replaceDraft(QQuickTextDocument* document, const QString& text) {
    if (text == document_->text()) {
        startNewDraft();
        return true;
    }
    Replaced old{document_->text(), lint_->dismissedKeys(), spelling_->ignoredWords()};
    if (!document_->replaceRange(document, 0, static_cast<int>(document_->text().size()), text))
        return false;
    startNewDraft();
    constexpr std::size_t kKept = 20; // as many replaced drafts as anyone undoes back to
    if (replaced_.size() == kKept)
        replaced_.erase(replaced_.begin());
    replaced_.push_back(std::move(old));
    return true;
}

void DraftController::newNoteForSomeoneElse(QQuickTextDocument* document) {
    replaceDraft(document, QString());
    card_->clear();
}

void DraftController::draftChanged() {
    // Ctrl+Z brought a replaced draft back: its dismissals and ignored words come too.
    if (replaced_.empty() || document_->text() != replaced_.back().text)
        return;
    Replaced back = std::move(replaced_.back());
    replaced_.pop_back();
    spelling_->setIgnoredWords(std::move(back.ignored));
    lint_->setDismissedKeys(std::move(back.dismissed));
}

} // namespace overture::gui
