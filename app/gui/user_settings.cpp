// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "user_settings.hpp"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>

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
    if (!writable_)
        return;
    settings_->setValue(key, value);
    saveSoon();
}

void UserSettings::remove(const QString& key) {
    if (!writable_)
        return;
    settings_->remove(key);
    saveSoon();
}

void UserSettings::saveSoon() {
    // QSettings writes later on its own but never says when that failed: a full disk lost
    // a card change without a word. One write per edit, checked.
    if (saveQueued_)
        return;
    saveQueued_ = true;
    QTimer::singleShot(0, settings_.get(), [this] {
        saveQueued_ = false;
        settings_->sync();
        if (settings_->status() != QSettings::NoError && onProblem_)
            onProblem_(QStringLiteral("%1: cannot save the card and settings (the disk is full "
                                      "or the file is not writable); they are kept in memory "
                                      "and saved again with the next change")
                           .arg(QDir::toNativeSeparators(settings_->fileName())));
    });
}

QString userDataPath(const QString& file) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(file);
}

} // namespace overture::gui
