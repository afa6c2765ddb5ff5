// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `overture --screenshot` renders the real window offscreen: the PNG has the window's
// size and is not blank (the README's picture and the start-up check rely on it).
#include "gui_test_support.hpp"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <doctest/doctest.h>

TEST_CASE("overture --screenshot writes a PNG of the window") {
    resetUserData();
    const QString draft = testHome() + QStringLiteral("/draft-for-screenshot.txt");
    {
        QFile f(draft);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Hi Priya, I'd like to add you to my professional network on LinkedIn.");
    }
    const QString png = testHome() + QStringLiteral("/shot.png");
    QProcess app;
    app.start(QStringLiteral(OVERTURE_APP_BINARY),
              {QStringLiteral("--draft"), draft, QStringLiteral("--screenshot"), png});
    REQUIRE(app.waitForFinished(60000));
    CHECK(app.exitCode() == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 1240);
    CHECK(image.height() == 780);
    // A blank or single-colour image would mean nothing was drawn.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20);
}
