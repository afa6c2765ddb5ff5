// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// doctest main for the C++ editor tests: a QGuiApplication (offscreen) and empty data
// folders, so every run starts as a new user would.
#define DOCTEST_CONFIG_IMPLEMENT
#include "gui_test_support.hpp"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <doctest/doctest.h>

Q_IMPORT_QML_PLUGIN(OverturePlugin)

// One folder per process: CTest runs the discovered test cases in parallel processes,
// and two of them sharing a home would reset each other's files.
QString testHome() {
    static const QString home = QStringLiteral(OVERTURE_TEST_HOME) + QStringLiteral("/") +
                                QString::number(QCoreApplication::applicationPid());
    return home;
}

void resetUserData() {
    QDir home(testHome());
    home.removeRecursively();
    home.mkpath(QStringLiteral("data/overture"));
    home.mkpath(QStringLiteral("config"));
    home.mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString userDataFile(const QString& name) {
    return QDir(testHome()).filePath(QStringLiteral("data/overture/") + name);
}

int main(int argc, char** argv) {
    QDir home(testHome());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_RUNTIME_DIR", home.filePath(QStringLiteral("runtime")).toUtf8());
    qputenv("HOME", home.path().toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    resetUserData();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("overture"));
    doctest::Context context(argc, argv);
    const int result = context.run();
    // Each process has its own folder: remove it, unless a failure may want looking at.
    if (result == 0)
        QDir(testHome()).removeRecursively();
    return result;
}
