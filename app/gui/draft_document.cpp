// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "draft_document.hpp"

#include "problem_log.hpp"
#include "text/utf8.hpp"
#include "user_settings.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QQuickTextDocument>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace overture::gui {

namespace {
QString startupFile; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): set once by
                     // main()
constexpr int kSaveDelayMs = 1000; // "a second after the last keystroke"
} // namespace

void DraftDocument::setStartupFile(const QString& path) {
    startupFile = path;
}

DraftDocument::DraftDocument(ProblemLog* problems, QObject* parent)
    : QObject(parent), problems_(problems), store_(userDataPath(QStringLiteral("draft.txt"))) {
    saveTimer_.setSingleShot(true);
    saveTimer_.setInterval(kSaveDelayMs);
    connect(&saveTimer_, &QTimer::timeout, this, &DraftDocument::saveNow);
    if (auto* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &DraftDocument::saveNow);
    loadAtStart();
}

DraftDocument::~DraftDocument() {
    if (saveTimer_.isActive())
        saveNow();
}

void DraftDocument::loadAtStart() {
    // The draft: a --draft file, else what was saved, else empty.
    if (!startupFile.isEmpty()) {
        // Opening a file must not destroy the saved draft: it is copied aside first, and a
        // file that is not a regular file (a FIFO would block for ever) is refused.
        const DraftStore::Loaded opened = DraftStore::readFile(startupFile);
        QString keepError;
        const QString kept = opened.problem.isEmpty() ? store_.keepPrevious(&keepError) : QString();
        if (!opened.problem.isEmpty())
            problems_->add(opened.problem + QStringLiteral("; the saved draft was opened instead"));
        else if (!keepError.isEmpty())
            problems_->add(keepError +
                           QStringLiteral("; so the saved draft was opened instead of ") +
                           startupFile);
        else
            text_ = opened.text;
        if (!kept.isEmpty())
            problems_->add(QStringLiteral("Opened %1; the draft you had is kept in %2")
                               .arg(startupFile, kept));
    }
    if (text_.isEmpty()) {
        const DraftStore::Loaded loaded = store_.load();
        problems_->add(loaded.problem);
        text_ = loaded.text;
    }
}

void DraftDocument::setText(const QString& text) {
    if (text == text_)
        return;
    text_ = text;
    emit textChanged();
    saveTimer_.start();
}

bool DraftDocument::saveNow() {
    saveTimer_.stop();
    QString error;
    if (!store_.save(text_, &error)) {
        problems_->add(error);
        return false;
    }
    emit saved();
    return true;
}

bool DraftDocument::replaceRange(QQuickTextDocument* document, int start, int end,
                                 const QString& replacement, const QString& expected) {
    return replaceRanges(document, {TextRange{start, end}}, replacement, expected);
}

bool DraftDocument::replaceRanges(QQuickTextDocument* document,
                                  const std::vector<TextRange>& ranges, const QString& replacement,
                                  const QString& expected) {
    if (document == nullptr || document->textDocument() == nullptr || ranges.empty())
        return false;
    QTextDocument* doc = document->textDocument();
    const int size = doc->characterCount() - 1; // without the final paragraph separator
    QTextCursor cursor(doc);
    for (const TextRange& r : ranges) {
        if (r.start < 0 || r.end < r.start || r.end > size)
            return false;
        cursor.setPosition(r.start);
        cursor.setPosition(r.end, QTextCursor::KeepAnchor);
        // selectedText() gives line breaks as U+2029; the findings have them as '\n'.
        if (!expected.isNull() && cursor.selectedText().replace(QChar::ParagraphSeparator,
                                                                QLatin1Char('\n')) != expected) {
            emit outOfDate();
            return false;
        }
    }
    // One edit block: one Ctrl+Z undoes the whole fix. From the last range to the first,
    // so that the positions still to come do not move.
    cursor.beginEditBlock();
    for (auto r = ranges.rbegin(); r != ranges.rend(); ++r) {
        cursor.setPosition(r->start);
        cursor.setPosition(r->end, QTextCursor::KeepAnchor);
        cursor.insertText(replacement);
    }
    cursor.endEditBlock();
    return true;
}

} // namespace overture::gui
