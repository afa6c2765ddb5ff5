// Helpers shared by the C++ editor tests.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <doctest/doctest.h>

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
