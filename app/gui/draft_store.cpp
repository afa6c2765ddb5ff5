// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "draft_store.hpp"

#include "data/file_io.hpp"
#include "spelling/personal_dictionary.hpp"
#include "text/utf8.hpp"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace overture::gui {

namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// The file's kind when it is not a plain file the draft may live in; "" otherwise.
QString oddKind(const QString& path) {
    const QFileInfo info(path);
    if (info.isSymLink())
        return QStringLiteral("a symbolic link");
    if (!info.exists() || info.isFile())
        return {};
    return QString::fromStdString(describeFileType(path.toStdString()));
}

} // namespace

DraftStore::Loaded DraftStore::load() const {
    Loaded out;
    const QFileInfo info(path_);
    if (!info.exists() && !info.isSymLink()) {
        takeRescued(out);
        return out;
    }
    if (const QString kind = oddKind(path_); !kind.isEmpty()) {
        out.problem =
            QStringLiteral("%1 is %2, not a file: it is neither read nor replaced; the draft "
                           "is kept in memory only")
                .arg(native(path_), kind);
        return out;
    }
    auto moveAside = [&](const QString& why) {
        const QString aside =
            path_ + ".unreadable-" +
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        // Say what really happened: a read-only folder refuses the rename.
        if (QFile::rename(path_, aside))
            out.problem = QStringLiteral("%1: %2; it was kept as %3 and a new draft started")
                              .arg(native(path_), why, native(aside));
        else
            out.problem = QStringLiteral("%1: %2; it could not be moved aside either, so it is "
                                         "left as it is and the draft is kept in memory only")
                              .arg(native(path_), why);
    };
    if (info.size() > kMaxDraftBytes) {
        moveAside(QStringLiteral("the saved draft is larger than 16 MiB"));
        return out;
    }
    const IoResult<std::string> bytes = readRegularFile(
        path_.toStdString(), static_cast<std::size_t>(kMaxDraftBytes), Symlinks::Refuse);
    if (!bytes) {
        out.problem = QString::fromStdString(bytes.error());
        return out;
    }
    if (const auto bad = text::findInvalidUtf8(bytes.value())) {
        moveAside(QStringLiteral("invalid UTF-8 at byte %1").arg(static_cast<qulonglong>(*bad)));
        return out;
    }
    out.text = QString::fromStdString(bytes.value());
    takeRescued(out);
    return out;
}

void DraftStore::takeRescued(Loaded& out) const {
    // A draft that could not be saved last time (a full disk) left a copy in the runtime
    // folder: it is newer than the file, so it is the draft.
    const QString rescue = rescuePath();
    if (rescue.isEmpty() || !QFileInfo::exists(rescue))
        return;
    const IoResult<std::string> bytes = readRegularFile(
        rescue.toStdString(), static_cast<std::size_t>(kMaxDraftBytes), Symlinks::Refuse);
    if (!bytes || text::findInvalidUtf8(bytes.value()))
        return;
    const QString rescued = QString::fromStdString(bytes.value());
    if (rescued == out.text) {
        QFile::remove(rescue);
        return;
    }
    out.text = rescued;
    out.problem = QStringLiteral("The draft could not be saved last time; it was taken back from "
                                 "%1 and is saved again at the next change")
                      .arg(native(rescue));
}

bool DraftStore::save(const QString& text, QString* error) const {
    auto failed = [&](const QString& why) {
        if (error != nullptr)
            *error = QStringLiteral("%1: cannot save the draft: %2; it is kept in memory and "
                                    "saved again at the next change")
                         .arg(native(path_), why);
        return false;
    };
    if (const QString kind = oddKind(path_); !kind.isEmpty())
        return failed(QStringLiteral("it is %1, which is never replaced").arg(kind));
    const QByteArray bytes = text.toUtf8();
    // The limit that load() applies: a bigger file would be moved aside at the next start.
    if (bytes.size() > kMaxDraftBytes)
        return failed(QStringLiteral("it is larger than 16 MiB"));
    const IoStatus saved = saveFileAtomically(path_.toStdString(), bytes.toStdString());
    const QString rescue = rescuePath();
    if (!saved) {
        // The core's message starts with the path; keep only the reason after it.
        QString why = QString::fromStdString(saved.error());
        const QString prefix = path_ + QStringLiteral(": ");
        if (why.startsWith(prefix))
            why = why.mid(prefix.size());
        // The home's disk is full, but the runtime folder is another file system (memory):
        // a copy there survives quitting, and the next start takes it back.
        if (!rescue.isEmpty() && saveFileAtomically(rescue.toStdString(), bytes.toStdString()))
            why += QStringLiteral(" (a copy is in %1 until it can be saved)").arg(native(rescue));
        return failed(why);
    }
    if (!rescue.isEmpty())
        QFile::remove(rescue); // the draft is where it belongs again
    return true;
}

QString DraftStore::rescuePath() const {
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    const QByteArray key = QCryptographicHash::hash(QFileInfo(path_).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex()
                               .left(16);
    return QDir(runtime).filePath(QStringLiteral("overture-draft-%1.txt").arg(QLatin1String(key)));
}

QString DraftStore::keepPrevious(QString* error) const {
    const Loaded previous = load();
    if (!previous.problem.isEmpty())
        return {};
    return keepCopy(previous.text, error);
}

QString DraftStore::keepCopy(const QString& text, QString* error) const {
    if (text.trimmed().isEmpty())
        return {};
    const QByteArray bytes = text.toUtf8();
    constexpr int kMaxBackups = 1000; // a bound, not a number anyone reaches
    for (int n = 1; n <= kMaxBackups; ++n) {
        QString kept = path_ + QStringLiteral(".previous") +
                       (n == 1 ? QString() : QStringLiteral("-%1").arg(n));
        if (QFileInfo(kept).isSymLink() || QFileInfo::exists(kept)) {
            // The same text kept already (opening the same file twice): nothing to add.
            const IoResult<std::string> old = readRegularFile(
                kept.toStdString(), static_cast<std::size_t>(kMaxDraftBytes), Symlinks::Refuse);
            if (old && old.value() == bytes.toStdString())
                return kept;
            continue; // another draft's backup: never overwritten
        }
        const IoStatus saved = saveFileAtomically(kept.toStdString(), bytes.toStdString());
        if (!saved) {
            if (error != nullptr)
                *error = QString::fromStdString(saved.error());
            return {};
        }
        return kept;
    }
    if (error != nullptr)
        *error =
            QStringLiteral("%1: too many backups of earlier drafts beside it").arg(native(path_));
    return {};
}

DraftStore::Loaded DraftStore::readFile(const QString& path) {
    Loaded out;
    const IoResult<std::string> bytes =
        readRegularFile(path.toStdString(), static_cast<std::size_t>(kMaxDraftBytes));
    if (!bytes) {
        out.problem = QString::fromStdString(bytes.error());
        return out;
    }
    if (const auto bad = text::findInvalidUtf8(bytes.value())) {
        out.problem = QStringLiteral("%1: invalid UTF-8 at byte %2")
                          .arg(native(path))
                          .arg(static_cast<qulonglong>(*bad));
        return out;
    }
    out.text = QString::fromStdString(bytes.value());
    return out;
}

} // namespace overture::gui
