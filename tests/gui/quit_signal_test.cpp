// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SIGTERM or SIGHUP within a second of the last change: the draft is
// saved as on quit. Before, the signal killed the editor and the change was lost (the
// save waits for a pause in typing, and nothing saved on a signal).
#include "gui_test_support.hpp"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <csignal>
#include <doctest/doctest.h>

namespace {

void quitsAndSaves(int signal) {
    resetUserData();
    const QString note = QDir(testHome()).filePath(QStringLiteral("note.txt"));
    const QByteArray text = "Hi Priya, your talk on data contracts changed how we ship.";
    {
        QFile f(note);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OVERTURE_TIMING"), QStringLiteral("1")); // "first frame after"
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(OVERTURE_APP_BINARY), {QStringLiteral("--draft"), note});
    REQUIRE(app.waitForStarted(10000));
    QByteArray err;
    REQUIRE(waitUntil(
        [&] {
            err += app.readAllStandardError();
            return err.contains("first frame");
        },
        30000));
    // The --draft text is the draft now, not saved yet (no pause in typing has passed).
    ::kill(static_cast<pid_t>(app.processId()), signal);
    REQUIRE(app.waitForFinished(15000));
    CHECK(app.exitStatus() == QProcess::NormalExit); // quit, not killed by the signal
    CHECK(app.exitCode() == 0);
    QFile draft(userDataFile(QStringLiteral("draft.txt")));
    REQUIRE(draft.open(QIODevice::ReadOnly));
    CHECK(draft.readAll() == text);
}

} // namespace

TEST_CASE("editor: SIGTERM saves the draft as quitting does") {
    quitsAndSaves(SIGTERM);
}

TEST_CASE("editor: SIGHUP (the terminal closed) saves the draft as quitting does") {
    quitsAndSaves(SIGHUP);
}
