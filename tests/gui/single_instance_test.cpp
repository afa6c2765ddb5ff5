// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One Overture per person, tried on the real program: a second
// launch on the same files brings the first forward, hands it its --draft file and exits
// 0; the first opens that file without losing the draft it had (a backup, and Ctrl+Z).
// Before, the second launch opened a second window that raced the first for the draft,
// the history and the personal dictionary, and --draft overwrote the saved draft.
#include "gui_test_support.hpp"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <csignal>
#include <doctest/doctest.h>

namespace {

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray contents(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "(missing)";
    return f.readAll();
}

// Starts the editor and waits for its first frame.
void startFirst(QProcess& app, const QStringList& arguments) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OVERTURE_TIMING"), QStringLiteral("1")); // "first frame after"
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(OVERTURE_APP_BINARY), arguments);
    REQUIRE(app.waitForStarted(10000));
    QByteArray err;
    REQUIRE(waitUntil(
        [&] {
            err += app.readAllStandardError();
            return err.contains("first frame");
        },
        30000));
}

// Runs a second launch to its end; its exit code (-1 when it had to be killed).
int runSecond(const QStringList& arguments, QByteArray* err) {
    QProcess second;
    second.start(QStringLiteral(OVERTURE_APP_BINARY), arguments);
    REQUIRE(second.waitForStarted(10000));
    if (!second.waitForFinished(20000)) { // before: a second window, running on
        second.kill();
        second.waitForFinished(5000);
        return -1;
    }
    *err = second.readAllStandardError();
    return second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -1;
}

void quit(QProcess& app) {
    ::kill(static_cast<pid_t>(app.processId()), SIGTERM); // saves the draft, as closing does
    REQUIRE(app.waitForFinished(15000));
    CHECK(app.exitCode() == 0);
}

} // namespace

TEST_CASE("editor: a second launch brings the first forward with its --draft file and exits 0") {
    resetUserData();
    const QString draft = userDataFile(QStringLiteral("draft.txt"));
    const QByteArray unsaved = "My half-written note to Priya, not sent anywhere else.";
    write(draft, unsaved);
    const QString a = QDir(testHome()).filePath(QStringLiteral("a.txt"));
    const QString b = QDir(testHome()).filePath(QStringLiteral("b.txt"));
    write(a, "Hi Ana, your FOSDEM talk on parsers helped us ship.");
    write(b, "Hi Tom, thanks for the review of our schema.");

    QProcess first;
    startFirst(first, {QStringLiteral("--draft"), a});
    QByteArray err;
    CHECK(runSecond({QStringLiteral("--draft"), b}, &err) == 0);
    CHECK(err.contains("already running"));
    // A second launch without a file only brings the window forward.
    CHECK(runSecond({}, &err) == 0);
    // The first is still the one running, and it opened b.
    REQUIRE(first.state() == QProcess::Running);
    quit(first);

    CHECK(contents(draft) == "Hi Tom, thanks for the review of our schema.");
    // Neither --draft destroyed a draft: the one being written before a.txt, and a.txt's
    // text before b.txt, are each in a backup of their own.
    CHECK(contents(draft + QStringLiteral(".previous")) == unsaved);
    CHECK(contents(draft + QStringLiteral(".previous-2")) ==
          "Hi Ana, your FOSDEM talk on parsers helped us ship.");
}

TEST_CASE("editor: the lock of an Overture that was killed does not stop the next one") {
    resetUserData();
    QProcess first;
    startFirst(first, {});
    first.kill(); // SIGKILL: the lock file and the socket stay behind
    REQUIRE(first.waitForFinished(10000));
    QProcess next;
    startFirst(next, {}); // would be "already running" (or no answer) if the lock were kept
    CHECK(next.state() == QProcess::Running);
    quit(next);
}
