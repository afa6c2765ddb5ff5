// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Keeps the draft on disk so it survives a restart or a crash. A save writes a temporary
// file whole, flushes it and only then renames it over the old draft; any failed write
// (a full disk: ENOSPC, a quota, a size limit) leaves the previous draft as it was and
// is reported, so the caller keeps the text in memory and tries again. (QSaveFile, used
// before, ignored an error of its final flush and renamed an empty file over a good
// draft.) A saved draft that cannot be read is moved aside, never overwritten; a draft
// that is a FIFO, a device or a symbolic link is neither read nor replaced.
#pragma once

#include <QString>

namespace overture::gui {

class DraftStore {
public:
    explicit DraftStore(QString path) : path_(std::move(path)) {}

    struct Loaded {
        QString text;
        QString problem; // one line, empty when all went well
    };
    [[nodiscard]] Loaded load() const;
    bool save(const QString& text, QString* error) const;
    [[nodiscard]] const QString& path() const { return path_; }

    // Before a --draft file replaces the draft: writes `text` (the draft being replaced)
    // to "<draft>.previous", or "<draft>.previous-2", -3... when an earlier backup holds
    // other text, so that opening two files in a row never overwrites the first backup.
    // Returns that path (an existing backup with the same text is reused), "" when `text`
    // is blank; sets `error` when it could not be written.
    QString keepCopy(const QString& text, QString* error) const;
    // The same for the saved draft on disk.
    QString keepPrevious(QString* error) const;

    // A text file opened with --draft: its text, or a one-line problem (not a regular
    // file, too large, invalid UTF-8). Never blocks on a FIFO.
    static Loaded readFile(const QString& path);

    static constexpr qint64 kMaxDraftBytes = qint64{16} * 1024 * 1024;

    // Where a draft that cannot be saved (a full disk) is copied meanwhile: a file in the
    // runtime folder (private, in memory, another file system than the home); "" when
    // there is no runtime folder. load() takes it back when it holds other text.
    [[nodiscard]] QString rescuePath() const;

private:
    void takeRescued(Loaded& out) const;

    QString path_;
};

} // namespace overture::gui
