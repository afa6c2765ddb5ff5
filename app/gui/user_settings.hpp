// The person's settings file (~/.config/overture/settings.ini), shared by the parts of
// the editor that remember something (the card, the spelling language, the rules, the
// state of the current draft). A file that could not be read is never written: the
// person's card would be lost.
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>
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
    // Does nothing when the file was unreadable at start.
    void setValue(const QString& key, const QVariant& value);
    void remove(const QString& key);

    static QString defaultPath();

private:
    std::unique_ptr<QSettings> settings_;
    bool writable_ = true;
    QString problem_;
};

// <data folder>/<file>: where the person's own files live (the folder is created).
QString userDataPath(const QString& file);

} // namespace overture::gui
