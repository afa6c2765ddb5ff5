// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The draft being written and its file: the text the editor shows, saved a second after
// the last keystroke (atomically, by DraftStore) and on quit, loaded at start from a
// --draft file or the saved draft. Every change says which characters it replaced, so
// the underlines can move with their words until the next lint.
#pragma once

#include "draft_store.hpp"
#include "findings_model.hpp"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQuickTextDocument;
Q_MOC_INCLUDE(<QQuickTextDocument>)

namespace overture::gui {

class ProblemLog;

class DraftDocument : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The draft belongs to a DraftController")
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged FINAL)
    Q_PROPERTY(QString path READ path CONSTANT FINAL)

public:
    DraftDocument(ProblemLog* problems, QObject* parent);
    ~DraftDocument() override;
    DraftDocument(const DraftDocument&) = delete;
    DraftDocument& operator=(const DraftDocument&) = delete;
    DraftDocument(DraftDocument&&) = delete;
    DraftDocument& operator=(DraftDocument&&) = delete;

    // Set by main() before the QML loads: a file given with --draft replaces the saved draft.
    static void setStartupFile(const QString& path);

    [[nodiscard]] const QString& text() const { return text_; }
    void setText(const QString& text);
    [[nodiscard]] QString path() const { return store_.path(); }

    Q_INVOKABLE bool saveNow();
    // Replaces [start, end) of the editor's document in one undoable edit block. With
    // `expected`, only when the range still holds that text (a fix clicked just after an
    // edit must not replace the wrong words).
    Q_INVOKABLE bool replaceRange(QQuickTextDocument* document, int start, int end,
                                  const QString& replacement, const QString& expected = {});
    // Replaces every range (in text order, not overlapping) in one undoable edit block,
    // only when each still holds `expected`.
    bool replaceRanges(QQuickTextDocument* document, const std::vector<TextRange>& ranges,
                       const QString& replacement, const QString& expected);

signals:
    void textChanged();
    void saved();
    // A fix was refused because its words are no longer where the findings said: the
    // findings are behind the text.
    void outOfDate();

private:
    void loadAtStart();

    ProblemLog* problems_;
    QString text_;
    DraftStore store_;
    QTimer saveTimer_;
};

} // namespace overture::gui
