// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Helpers shared by the C++ editor tests.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <csignal>
#include <doctest/doctest.h>
#include <sys/resource.h>

// doctest prints QStrings in failed checks.
namespace doctest {
template <> struct StringMaker<QString> {
    static String convert(const QString& s) { return String(s.toUtf8().constData()); }
};
} // namespace doctest

QString testHome();
// Removes every file of the test user (draft, settings, history, dictionary).
void resetUserData();
// <test home>/data/overture/<name>: where the app keeps the person's files.
QString userDataFile(const QString& name);

// Runs the event loop until `done()` or the timeout; returns done().
template <typename Done> bool waitUntil(Done done, int timeoutMs = 5000) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// Every write of this process past `bytes` fails (EFBIG), as a full disk fails with
// ENOSPC, until the guard ends.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &saved_);
        previous_ = std::signal(SIGXFSZ, SIG_IGN); // fail the write instead of killing us
        rlimit limit = saved_;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previous_);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    FileSizeLimit(FileSizeLimit&&) = delete;
    FileSizeLimit& operator=(FileSizeLimit&&) = delete;

private:
    rlimit saved_{};
    void (*previous_)(int) = nullptr;
};
