// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// overture: the editor. A thin executable: parse the command line, pick a style, load
// the QML module, and (for tests and the README) render a screenshot and exit.
#include "appearance.hpp"
#include "draft_controller.hpp"
#include "draft_document.hpp"
#include "draft_store.hpp"
#include "problem_log.hpp"
#include "quit_signals.hpp"
#include "single_instance.hpp"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickTextDocument>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

// The QML module is a static library: its plugin must be imported by hand.
Q_IMPORT_QML_PLUGIN(OverturePlugin)

#ifndef OVERTURE_VERSION
#define OVERTURE_VERSION "0.0.0"
#endif

namespace {

using overture::gui::DraftController;
using overture::gui::DraftStore;

// The editor page of the window; null before the QML is loaded.
QQuickItem* editorPage(QQuickWindow* window) {
    // The page's QObject parent is the window or its content item, depending on how the
    // window declares its children: look under both.
    auto* page = window->findChild<QQuickItem*>(QStringLiteral("editorPage"));
    if (page == nullptr)
        page = window->contentItem()->findChild<QQuickItem*>(QStringLiteral("editorPage"));
    return page;
}

// Opens a text file (--draft, here or from a later launch) in the editor without losing
// the draft it replaces: that draft is written to a backup first, and the file's text
// replaces it as one edit, so Ctrl+Z brings it back. The banner says both. (Before, the
// file's text was made the saved draft and the draft someone had been writing was gone.)
void openDraftFile(QQuickWindow* window, const QString& path) {
    QQuickItem* page = editorPage(window);
    auto* controller = page != nullptr ? page->findChild<DraftController*>() : nullptr;
    auto* editor =
        page != nullptr ? page->findChild<QQuickItem*>(QStringLiteral("editor")) : nullptr;
    auto* textDocument =
        editor != nullptr ? editor->property("textDocument").value<QQuickTextDocument*>() : nullptr;
    if (controller == nullptr || textDocument == nullptr) {
        std::fprintf(stderr, "overture: %s: the editor is not ready to open it\n",
                     qPrintable(path));
        return;
    }
    overture::gui::ProblemLog* problems = controller->problems();
    overture::gui::DraftDocument* document = controller->document();
    const DraftStore::Loaded opened = DraftStore::readFile(path);
    if (!opened.problem.isEmpty()) {
        problems->add(opened.problem + QStringLiteral("; the draft you had is still open"));
        return;
    }
    if (opened.text == document->text())
        return;
    QString error;
    const QString kept = DraftStore(document->path()).keepCopy(document->text(), &error);
    if (!error.isEmpty()) {
        problems->add(error + QStringLiteral("; so %1 was not opened, to keep the draft you had")
                                  .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!controller->replaceDraft(textDocument, opened.text)) {
        problems->add(QStringLiteral("%1: could not be put in the editor; the draft you had is "
                                     "still open")
                          .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!kept.isEmpty())
        problems->add(QStringLiteral("Opened %1; the draft you had is kept in %2 (and Ctrl+Z "
                                     "brings it back)")
                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(kept)));
}

} // namespace

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

    const QString draftFile = parser.isSet(draftOption) ? parser.value(draftOption) : QString();
    // One Overture per person: a second launch brings the first forward, hands it the
    // --draft file and exits 0. A screenshot run is a tool, not a window: it renders and
    // exits on its own.
    overture::gui::SingleInstance instance(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!parser.isSet(screenshotOption)) {
        switch (instance.start(draftFile)) {
        case overture::gui::SingleInstance::Role::Forwarded:
            std::fprintf(stderr, "overture: already running; its window was brought forward%s\n",
                         draftFile.isEmpty() ? "" : " to open the file");
            return 0;
        case overture::gui::SingleInstance::Role::Unanswered:
            std::fprintf(stderr, "overture: %s\n", qPrintable(instance.problem()));
            return 1;
        case overture::gui::SingleInstance::Role::Alone:
            std::fprintf(stderr, "overture: %s\n", qPrintable(instance.problem()));
            break;
        case overture::gui::SingleInstance::Role::First:
            break;
        }
    }
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

    if (!instance.problem().isEmpty())
        if (QQuickItem* page = editorPage(window))
            if (auto* controller = page->findChild<DraftController*>())
                controller->problems()->add(instance.problem());
    if (!draftFile.isEmpty())
        openDraftFile(window, draftFile);
    QObject::connect(&instance, &overture::gui::SingleInstance::activationRequested, window,
                     [window](const QString& file) {
                         if ((window->windowStates() & Qt::WindowMinimized) != 0)
                             window->showNormal();
                         window->show();
                         window->raise();
                         window->requestActivate();
                         if (!file.isEmpty())
                             openDraftFile(window, file);
                     });

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
