// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appearance.hpp"

#include "user_settings.hpp"

#include <QEvent>
#include <QGuiApplication>

namespace overture::gui {

namespace {
QString startupMode; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): set once by
                     // main()

constexpr int kDarkBelowLightness = 128;

QString modeId(Appearance::Mode m) {
    switch (m) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::FollowSystem:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Mode parseMode(const QString& id) {
    if (id == QStringLiteral("light"))
        return Appearance::Light;
    if (id == QStringLiteral("dark"))
        return Appearance::Dark;
    return Appearance::FollowSystem;
}

struct Roles {
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight,
        highlightedText, mid, dark, light, midlight, shadow, placeholder, toolTipBase, toolTipText,
        link, disabledText;
};

QPalette paletteOf(const Roles& r) {
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool off = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, r.window);
        p.setColor(group, QPalette::WindowText, off ? r.disabledText : r.windowText);
        p.setColor(group, QPalette::Base, r.base);
        p.setColor(group, QPalette::AlternateBase, r.alternateBase);
        p.setColor(group, QPalette::Text, off ? r.disabledText : r.text);
        p.setColor(group, QPalette::Button, r.button);
        p.setColor(group, QPalette::ButtonText, off ? r.disabledText : r.buttonText);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::Highlight, off ? r.mid : r.highlight);
        p.setColor(group, QPalette::HighlightedText, r.highlightedText);
        p.setColor(group, QPalette::Mid, r.mid);
        p.setColor(group, QPalette::Dark, r.dark);
        p.setColor(group, QPalette::Light, r.light);
        p.setColor(group, QPalette::Midlight, r.midlight);
        p.setColor(group, QPalette::Shadow, r.shadow);
        p.setColor(group, QPalette::PlaceholderText, r.placeholder);
        p.setColor(group, QPalette::ToolTipBase, r.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, r.toolTipText);
        p.setColor(group, QPalette::Link, r.link);
    }
    return p;
}
} // namespace

void Appearance::setStartupMode(const QString& mode) {
    startupMode = mode;
}

QPalette Appearance::lightPalette() {
    // Fusion's light palette, with a secondary text (placeholderText) dark enough to read
    // (4.5:1 on the window colour).
    return paletteOf({QColor(0xef, 0xef, 0xef), Qt::black, Qt::white, QColor(0xf7, 0xf7, 0xf7),
                      Qt::black, QColor(0xef, 0xef, 0xef), Qt::black, QColor(0x30, 0x8c, 0xc6),
                      Qt::white, QColor(0xb8, 0xb8, 0xb8), QColor(0x9f, 0x9f, 0x9f), Qt::white,
                      QColor(0xca, 0xca, 0xca), QColor(0x76, 0x76, 0x76), QColor(0x5f, 0x5f, 0x5f),
                      QColor(0xff, 0xff, 0xdc), Qt::black, QColor(0x00, 0x55, 0xcc),
                      QColor(0x8a, 0x8a, 0x8a)});
}

QPalette Appearance::darkPalette() {
    return paletteOf({QColor(0x2b, 0x2b, 0x2b), QColor(0xe8, 0xe8, 0xe8), QColor(0x1e, 0x1e, 0x1e),
                      QColor(0x26, 0x26, 0x26), QColor(0xe8, 0xe8, 0xe8), QColor(0x3a, 0x3a, 0x3a),
                      QColor(0xe8, 0xe8, 0xe8), QColor(0x2f, 0x7f, 0xd0), Qt::white,
                      QColor(0x60, 0x60, 0x60), QColor(0x18, 0x18, 0x18), QColor(0x50, 0x50, 0x50),
                      QColor(0x44, 0x44, 0x44), QColor(0x0c, 0x0c, 0x0c), QColor(0xa8, 0xa8, 0xa8),
                      QColor(0x3c, 0x3c, 0x3c), QColor(0xe8, 0xe8, 0xe8), QColor(0x8a, 0xb8, 0xff),
                      QColor(0x80, 0x80, 0x80)});
}

Appearance::Appearance(UserSettings* settings, QObject* parent)
    : QObject(parent), settings_(settings) {
    mode_ = parseMode(startupMode.isEmpty()
                          ? settings_->value(QStringLiteral("appearance/mode")).toString()
                          : startupMode);
    if (auto* app = QCoreApplication::instance())
        app->installEventFilter(this);
    apply();
}

void Appearance::setMode(Mode mode) {
    if (mode == mode_)
        return;
    mode_ = mode;
    settings_->setValue(QStringLiteral("appearance/mode"), modeId(mode_));
    apply();
    emit modeChanged();
}

void Appearance::apply() {
    applying_ = true;
    if (mode_ != FollowSystem)
        QGuiApplication::setPalette(mode_ == Light ? lightPalette() : darkPalette());
    else if (forced_)
        QGuiApplication::setPalette(QPalette()); // nothing set: the platform's palette again
    forced_ = mode_ != FollowSystem;
    applying_ = false;
    dark_ = QGuiApplication::palette().color(QPalette::Window).lightness() < kDarkBelowLightness;
    emit colorsChanged();
}

bool Appearance::eventFilter(QObject* watched, QEvent* event) {
    // The system's palette changed (the desktop switched to dark): follow it when asked to.
    if (event->type() == QEvent::ApplicationPaletteChange &&
        watched == QCoreApplication::instance() && !applying_ && mode_ == FollowSystem) {
        dark_ =
            QGuiApplication::palette().color(QPalette::Window).lightness() < kDarkBelowLightness;
        emit colorsChanged();
    }
    return QObject::eventFilter(watched, event);
}

// Each colour reads at 4.5:1 or better on its palette's window and base colours.
QColor Appearance::error() const {
    return dark_ ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}
QColor Appearance::warning() const {
    return dark_ ? QColor(0xff, 0xca, 0x28) : QColor(0x9a, 0x5b, 0x00);
}
QColor Appearance::hint() const {
    return dark_ ? QColor(0x82, 0xb1, 0xff) : QColor(0x15, 0x65, 0xc0);
}
QColor Appearance::ok() const {
    // Light: #1b5e20, 6.8:1 on the window; #2e7d32 was 4.46:1, below what text needs.
    return dark_ ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}
QColor Appearance::bannerBackground() const {
    return dark_ ? QColor(0x4a, 0x3b, 0x00) : QColor(0xff, 0xf3, 0xcd);
}
QColor Appearance::bannerBorder() const {
    return dark_ ? QColor(0x8a, 0x6d, 0x00) : QColor(0xe0, 0xc0, 0x68);
}
QColor Appearance::bannerText() const {
    return dark_ ? QColor(0xff, 0xe8, 0xa3) : QColor(0x5c, 0x44, 0x00);
}
QColor Appearance::placeholderMark() const {
    return {0xff, 0xd5, 0x4f}; // with black text, readable in both
}

QColor Appearance::severityColor(Lint::Severity severity, const QString& rule) const {
    if (rule == QStringLiteral("spelling") && severity != Lint::Hint)
        return spelling();
    switch (severity) {
    case Lint::Error:
        return error();
    case Lint::Warning:
        return warning();
    case Lint::Hint:
        break;
    }
    return hint();
}

QColor Appearance::gradeColor(Lint::Grade grade) const {
    switch (grade) {
    case Lint::Fail:
        return error();
    case Lint::Warn:
        return warning();
    case Lint::Ok:
        break;
    }
    return ok();
}

QString Appearance::gradeText(Lint::Grade grade) const {
    switch (grade) {
    case Lint::Fail:
        return tr("fails");
    case Lint::Warn:
        return tr("check");
    case Lint::Ok:
        break;
    }
    return tr("ok");
}

} // namespace overture::gui
