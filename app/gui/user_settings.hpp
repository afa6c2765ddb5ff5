// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The person's settings file (~/.config/overture/settings.ini), shared by the parts of
// the editor that remember something (the card, the spelling language, the rules, the
// state of the current draft). A file that could not be read is never written: the
// person's card would be lost.
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

namespace overture::gui {

class UserSettings {
public:
    UserSettings(); // opens the file in the standard config location
    explicit UserSettings(const QString& path);

    // "", or one line saying the file could not be read and will not be written.
    [[nodiscard]] const QString& problem() const { return problem_; }
    [[nodiscard]] bool writable() const { return writable_; }

    [[nodiscard]] QVariant value(const QString& key, const QVariant& fallback = {}) const;
    // Does nothing when the file was unreadable at start. The file is written once the
    // event loop runs (all the changes of one edit together); when that write fails (a full
    // disk, no permission) the handler below is told, and QSettings keeps the changes in
    // memory and writes them again with the next change.
    void setValue(const QString& key, const QVariant& value);
    void remove(const QString& key);
    // Who hears that the file could not be written (the editor's banner).
    void setProblemHandler(std::function<void(const QString&)> handler) {
        onProblem_ = std::move(handler);
    }

    static QString defaultPath();

private:
    void saveSoon();

    std::unique_ptr<QSettings> settings_;
    std::function<void(const QString&)> onProblem_;
    bool saveQueued_ = false;
    bool writable_ = true;
    QString problem_;
};

// <data folder>/<file>: where the person's own files live (the folder is created).
QString userDataPath(const QString& file);

} // namespace overture::gui
