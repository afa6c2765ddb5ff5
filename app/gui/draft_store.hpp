// Keeps the draft on disk so it survives a restart or a crash: saved atomically
// (QSaveFile writes a temporary file and renames it), so an interrupted write leaves the
// previous draft whole. A saved draft that cannot be read is moved aside, never
// overwritten, and the move is reported.
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

    static constexpr qint64 kMaxDraftBytes = 16 * 1024 * 1024;

private:
    QString path_;
};

} // namespace overture::gui
