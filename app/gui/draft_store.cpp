#include "draft_store.hpp"

#include "text/utf8.hpp"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace overture::gui {

DraftStore::Loaded DraftStore::load() const {
    Loaded out;
    QFile file(path_);
    if (!file.exists())
        return out;
    auto moveAside = [&](const QString& why) {
        const QString aside =
            path_ + ".unreadable-" +
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(path_, aside);
        out.problem =
            QStringLiteral("%1: %2; it was kept as %3 and a new draft started")
                .arg(QDir::toNativeSeparators(path_), why, QDir::toNativeSeparators(aside));
    };
    if (file.size() > kMaxDraftBytes) {
        moveAside(QStringLiteral("the saved draft is larger than 16 MiB"));
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.problem = QStringLiteral("%1: cannot read the saved draft: %2")
                          .arg(QDir::toNativeSeparators(path_), file.errorString());
        return out;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    if (const auto bad = text::findInvalidUtf8(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())))) {
        moveAside(QStringLiteral("invalid UTF-8 at byte %1").arg(static_cast<qulonglong>(*bad)));
        return out;
    }
    out.text = QString::fromUtf8(bytes);
    return out;
}

bool DraftStore::save(const QString& text, QString* error) const {
    QDir().mkpath(QFileInfo(path_).absolutePath());
    QSaveFile file(path_);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error != nullptr)
            *error = QStringLiteral("%1: cannot save the draft: %2")
                         .arg(QDir::toNativeSeparators(path_), file.errorString());
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (error != nullptr)
            *error = QStringLiteral("%1: cannot save the draft: %2")
                         .arg(QDir::toNativeSeparators(path_), file.errorString());
        return false;
    }
    return true;
}

} // namespace overture::gui
