// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// How the window looks: follow the system's palette, or force a light or a dark one
// (Settings → Appearance, `overture --theme light|dark`), and the colours that carry
// meaning (spelling and errors red, warnings amber, hints blue, ok green), in shades
// that read on the palette in use.
#pragma once

#include "lint_enums.hpp"

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace overture::gui {

class UserSettings;

class Appearance : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The appearance belongs to a DraftController")
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged FINAL)
    Q_PROPERTY(bool dark READ dark NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QColor spelling READ spelling NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QColor error READ error NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QColor warning READ warning NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QColor hint READ hint NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QColor ok READ ok NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QColor bannerBackground READ bannerBackground NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QColor bannerBorder READ bannerBorder NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QColor bannerText READ bannerText NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QColor placeholderMark READ placeholderMark NOTIFY colorsChanged FINAL)

public:
    enum Mode { FollowSystem, Light, Dark };
    Q_ENUM(Mode)

    Appearance(UserSettings* settings, QObject* parent);

    // `overture --theme light|dark`: this run only, the saved choice is left alone.
    static void setStartupMode(const QString& mode); // "" | "light" | "dark"

    [[nodiscard]] Mode mode() const { return mode_; }
    void setMode(Mode mode);
    [[nodiscard]] bool dark() const { return dark_; }
    [[nodiscard]] QColor spelling() const { return error(); }
    [[nodiscard]] QColor error() const;
    [[nodiscard]] QColor warning() const;
    [[nodiscard]] QColor hint() const;
    [[nodiscard]] QColor ok() const;
    [[nodiscard]] QColor bannerBackground() const;
    [[nodiscard]] QColor bannerBorder() const;
    [[nodiscard]] QColor bannerText() const;
    [[nodiscard]] QColor placeholderMark() const;

    // The colour of an underline or a finding's dot.
    Q_INVOKABLE QColor severityColor(overture::gui::Lint::Severity severity,
                                     const QString& rule) const;
    Q_INVOKABLE QColor gradeColor(overture::gui::Lint::Grade grade) const;
    Q_INVOKABLE QString gradeText(overture::gui::Lint::Grade grade) const;

    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    void modeChanged();
    void colorsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();

    UserSettings* settings_;
    Mode mode_ = FollowSystem;
    bool dark_ = false;
    bool applying_ = false;
    bool forced_ = false; // a light or dark palette of ours is set on the application
};

} // namespace overture::gui
