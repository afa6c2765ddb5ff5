// overture: the editor. A thin executable: parse the command line, pick a style, load
// the QML module, and (for tests and the README) render a screenshot and exit.
#include "appearance.hpp"
#include "draft_document.hpp"
#include "quit_signals.hpp"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

// The QML module is a static library: its plugin must be imported by hand.
Q_IMPORT_QML_PLUGIN(OverturePlugin)

#ifndef OVERTURE_VERSION
#define OVERTURE_VERSION "0.0.0"
#endif

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    // SIGTERM and SIGHUP quit as closing the window does: the draft is saved first.
    const overture::gui::QuitSignals quitSignals;
    QGuiApplication::setApplicationName(QStringLiteral("overture"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Overture"));
    QGuiApplication::setApplicationVersion(QStringLiteral(OVERTURE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.overture.Overture"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write the note on a LinkedIn connection invitation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption draftOption(QStringLiteral("draft"),
                                         QStringLiteral("Open a text file as the draft."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Render the window to a PNG file and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QStringLiteral("Light or dark for this run (the saved choice is kept)."),
        QStringLiteral("light|dark"));
    parser.addOption(draftOption);
    parser.addOption(screenshotOption);
    parser.addOption(themeOption);
    parser.process(app);
    if (parser.isSet(themeOption)) {
        const QString theme = parser.value(themeOption);
        if (theme != QStringLiteral("light") && theme != QStringLiteral("dark")) {
            std::fprintf(stderr, "overture: --theme: expected light or dark, not \"%s\"\n",
                         qPrintable(theme));
            return 2;
        }
        overture::gui::Appearance::setStartupMode(theme);
    }

    if (parser.isSet(draftOption))
        overture::gui::DraftDocument::setStartupFile(parser.value(draftOption));
    // Fusion follows the system's light or dark palette; an explicit style wins.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QQmlApplicationEngine engine;
    engine.addImportPath(
        QStringLiteral("qrc:/")); // the static module "Overture" lives there on 6.4
    // loadFromModule is Qt 6.5+; on 6.4 the module's files live under qrc:/<URI>/.
    engine.load(QUrl(QStringLiteral("qrc:/Overture/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (window == nullptr)
        return 1;

    const bool timing = qEnvironmentVariableIsSet("OVERTURE_TIMING");
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [timing, &sinceStart] {
            if (timing)
                std::fprintf(stderr, "overture: first frame after %lld ms\n",
                             static_cast<long long>(sinceStart.elapsed()));
        },
        Qt::SingleShotConnection);

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        // After the first frame, give the lint timer and the layout a moment, then grab.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [window, path] {
                QTimer::singleShot(400, window, [window, path] {
                    const QImage image = window->grabWindow();
                    if (image.isNull() || !image.save(path)) {
                        std::fprintf(stderr, "overture: cannot write the screenshot %s\n",
                                     qPrintable(path));
                        QCoreApplication::exit(1);
                        return;
                    }
                    QCoreApplication::exit(0);
                });
            },
            Qt::SingleShotConnection);
    }
    return QGuiApplication::exec();
}
