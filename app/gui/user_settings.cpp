#include "user_settings.hpp"

#include <QDir>
#include <QStandardPaths>

namespace overture::gui {

QString UserSettings::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/settings.ini");
}

UserSettings::UserSettings() : UserSettings(defaultPath()) {}

UserSettings::UserSettings(const QString& path)
    : settings_(std::make_unique<QSettings>(path, QSettings::IniFormat)) {
    if (settings_->status() == QSettings::NoError)
        return;
    writable_ = false;
    problem_ =
        QStringLiteral("%1: cannot be read (%2); settings will not be saved this session")
            .arg(QDir::toNativeSeparators(path), settings_->status() == QSettings::FormatError
                                                     ? QStringLiteral("format error")
                                                     : QStringLiteral("access error"));
}

QVariant UserSettings::value(const QString& key, const QVariant& fallback) const {
    return writable_ ? settings_->value(key, fallback) : fallback;
}

void UserSettings::setValue(const QString& key, const QVariant& value) {
    if (writable_)
        settings_->setValue(key, value);
}

void UserSettings::remove(const QString& key) {
    if (writable_)
        settings_->remove(key);
}

QString userDataPath(const QString& file) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(file);
}

} // namespace overture::gui
