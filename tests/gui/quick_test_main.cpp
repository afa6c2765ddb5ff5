// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Qt Quick Test runner for the editor: every tst_*.qml here runs against the real
// EditorPage with a fresh, empty data folder (no saved draft, card or history).
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(OverturePlugin)

namespace {
// Every warning the QML engine printed while the tests ran ("Component is not ready",
// a TypeError in a binding, ...): a part of the window that failed to build would
// otherwise only show up as a line on stderr, and the tests would still pass.
QStringList qmlWarnings;
QtMessageHandler previousHandler = nullptr;

void recordQmlWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const bool fromQml = QByteArray(context.category) == "qml" ||
                         QByteArray(context.category).startsWith("qt.qml") ||
                         message.contains(QStringLiteral("qrc:/Overture/")) ||
                         message.startsWith(QStringLiteral("QQmlComponent"));
    // QtInfoMsg sorts after QtFatalMsg: list the serious kinds by name.
    const bool serious = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
    if (serious && fromQml)
        qmlWarnings << message;
    if (previousHandler != nullptr)
        previousHandler(type, context, message);
}
} // namespace

// What the tests need from outside QML: the clipboard's text (the app itself never
// reads the clipboard), the QML warnings printed so far, and the pages the app asked
// the desktop to open (a "Learn more" link), caught here instead of starting a browser.
class TestHelper : public QObject {
    Q_OBJECT
public:
    explicit TestHelper(QObject* parent) : QObject(parent) {
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
    }
    ~TestHelper() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    TestHelper(const TestHelper&) = delete;
    TestHelper& operator=(const TestHelper&) = delete;
    TestHelper(TestHelper&&) = delete;
    TestHelper& operator=(TestHelper&&) = delete;

    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }
    Q_INVOKABLE QStringList qmlWarnings() const { return ::qmlWarnings; }
    // The local files opened so far, as paths, oldest first.
    Q_INVOKABLE QStringList openedFiles() const { return opened_; }

public slots:
    void openUrl(const QUrl& url) { opened_ << url.toLocalFile(); }

private:
    QStringList opened_;
};

class Setup : public QObject {
    Q_OBJECT
public:
    Setup() {
        previousHandler = qInstallMessageHandler(recordQmlWarnings);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QDir home(QStringLiteral(OVERTURE_TEST_HOME));
        home.removeRecursively();
        home.mkpath(QStringLiteral("data"));
        home.mkpath(QStringLiteral("config"));
        home.mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner);
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", home.filePath(QStringLiteral("runtime")).toUtf8());
        qputenv("HOME", home.path().toUtf8());
    }

public slots:
    void applicationAvailable() { QGuiApplication::setApplicationName(QStringLiteral("overture")); }
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(
            QStringLiteral("qrc:/")); // where the static module "Overture" lives on 6.4
        qmlRegisterSingletonInstance("OvertureTest", 1, 0, "TestHelper", new TestHelper(engine));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(overture, Setup)

#include "quick_test_main.moc"
