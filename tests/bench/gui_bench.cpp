// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// overture_gui_bench: how fast the editor answers a keystroke, measured on the real
// window (qrc:/Overture/Main.qml, the same QML as the app) with the dictionary loaded:
//
//   Keystroke/ToRanges      a key event delivered to the note, until the findings model
//                           holds the lint of the new text (the underline ranges);
//   Keystroke/ToPaintedFrame  the same, until the frame that shows the new waves has been
//                           rendered (QQuickWindow::frameSwapped after the UnderlineLayer
//                           painted that lint);
//
// each for a 300-character note and after pasting 100 KB, typing and deleting a
// character in turn. Each iteration is one keystroke; the counters are the median and
// the 99th percentile over all of them, in milliseconds. Plus the controller alone
// (Controller/ChangeToRanges: setText and the rows, no window), as before.
//
//   overture_gui_bench --benchmark_counters_tabular=true
//
// (QT_QPA_PLATFORM=offscreen draws with Qt Quick's software renderer; under Xvfb with
// GLX it is the OpenGL one.) The editor's files go to a temporary folder.
#include "draft_controller.hpp"
#include "draft_document.hpp"
#include "findings_model.hpp"
#include "lint_session.hpp"
#include "prose.hpp"
#include "recipient_card.hpp"
#include "spelling.hpp"
#include "underline_layer.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(OverturePlugin)

namespace {

using overture::gui::DraftController;
using overture::gui::UnderlineLayer;
using Clock = std::chrono::steady_clock;

// The window and what the benchmarks reach into.
struct Editor {
    QQuickWindow* window = nullptr;
    QQuickItem* note = nullptr;
    UnderlineLayer* underlines = nullptr;
    DraftController* controller = nullptr;
    int frames = 0;
};
Editor* editor = nullptr;

void spin(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// A card that fits the notes, so that their findings are what a person would see.
void setCard(DraftController& c) {
    const overture::Recipient card = overture::bench::noteCard();
    c.card()->setName(QString::fromStdString(card.name));
    c.card()->setCompany(QString::fromStdString(card.company));
    c.card()->setRelationship(QStringLiteral("met-in-person"));
    c.card()->setReason(QString::fromStdString(card.reason));
}

QString noteOfSize(int which) {
    const QString note = QString::fromUtf8(overture::bench::kNote.data(),
                                           static_cast<qsizetype>(overture::bench::kNote.size()));
    if (which == 0)
        return note;
    // The note, then 100 KB pasted after it (the over-limit span runs to the end).
    return note + QStringLiteral("\n\n") +
           QString::fromStdString(overture::bench::makeProse(100U * 1024U));
}

// Puts `text` in the note with the cursor at its end (where typing goes after a paste),
// and lets the window settle.
void loadNote(const QString& text) {
    editor->note->setProperty("text", text);
    editor->note->forceActiveFocus();
    editor->note->setProperty("cursorPosition", text.size());
    spin(300);
}

void sendKey(int key, const QString& text) {
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(editor->window, &press);
    QCoreApplication::sendEvent(editor->window, &release);
}

double percentile(std::vector<double> samples, double p) {
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto at =
        static_cast<std::size_t>(std::ceil(p * static_cast<double>(samples.size()))) - 1;
    return samples[std::min(at, samples.size() - 1)];
}

void report(benchmark::State& state, const std::vector<double>& ms) {
    state.counters["median_ms"] = percentile(ms, 0.5);
    state.counters["p99_ms"] = percentile(ms, 0.99);
    state.counters["chars"] = static_cast<double>(editor->controller->document()->text().size());
    state.counters["findings"] = editor->controller->lint()->findings()->count();
}

// One keystroke: a character typed, or (every other time) deleted again.
void keystroke(bool type) {
    if (type)
        sendKey(Qt::Key_X, QStringLiteral("x"));
    else
        sendKey(Qt::Key_Backspace, {});
}

void BM_Keystroke_ToRanges(benchmark::State& state) {
    loadNote(noteOfSize(static_cast<int>(state.range(0))));
    std::vector<double> ms;
    bool type = true;
    for (auto _ : state) {
        const int before = editor->underlines->findingsRevision();
        const auto t0 = Clock::now();
        keystroke(type);
        // The lint runs in the key event: the ranges are there when it returns.
        const auto t1 = Clock::now();
        if (editor->underlines->findingsRevision() == before &&
            editor->controller->lint()->findings()->count() > 0)
            state.SkipWithError("the key event did not bring new findings");
        const double seconds = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(seconds);
        ms.push_back(seconds * 1000);
        type = !type;
        // Let the frame go out before the next keystroke, as between a person's keys.
        spin(2);
    }
    report(state, ms);
}

void BM_Keystroke_ToPaintedFrame(benchmark::State& state) {
    loadNote(noteOfSize(static_cast<int>(state.range(0))));
    std::vector<double> ms;
    bool type = true;
    for (auto _ : state) {
        const int framesBefore = editor->frames;
        const auto t0 = Clock::now();
        keystroke(type);
        const int revision = editor->underlines->findingsRevision();
        // Until a frame has gone out that painted this lint's waves.
        QElapsedTimer guard;
        guard.start();
        while (
            (editor->frames == framesBefore || editor->underlines->paintedRevision() != revision) &&
            guard.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            5);
        const auto t1 = Clock::now();
        if (guard.elapsed() >= 5000) {
            state.SkipWithError("no frame within 5 s");
            break;
        }
        const double seconds = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(seconds);
        ms.push_back(seconds * 1000);
        type = !type;
    }
    report(state, ms);
}

// The controller alone, as the README's engine table reports it: setText() as a
// keystroke does (the lint runs in it), then the rows the underline layer reads.
void BM_Controller_ChangeToRanges(benchmark::State& state) {
    DraftController& c = *editor->controller;
    const QString note = noteOfSize(static_cast<int>(state.range(0)));
    const QString typed = note + QLatin1Char('!');
    bool flip = false;
    for (auto _ : state) {
        c.document()->setText(flip ? typed : note);
        flip = !flip;
        int ranges = 0;
        for (const auto& row : c.lint()->findings()->rows())
            ranges += row.underlined ? static_cast<int>(row.ranges.size()) : 0;
        benchmark::DoNotOptimize(ranges);
    }
}

constexpr int kKeystrokes = 300;

BENCHMARK(BM_Keystroke_ToRanges)
    ->ArgName("paste100k")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(kKeystrokes)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Keystroke_ToPaintedFrame)
    ->ArgName("paste100k")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(kKeystrokes)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Controller_ChangeToRanges)
    ->ArgName("paste100k")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "overture_gui_bench: cannot make a temporary folder\n");
        return 2;
    }
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = home.filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    benchmark::Initialize(&argc, argv);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("overture-bench"));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion")); // as the app

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Overture/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "overture_gui_bench: the window did not load\n");
        return 2;
    }
    Editor e;
    e.window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    e.controller = e.window->findChild<DraftController*>();
    e.note = e.window->findChild<QQuickItem*>(QStringLiteral("editor"));
    e.underlines = e.window->findChild<UnderlineLayer*>(QStringLiteral("underlines"));
    if (e.controller == nullptr || e.note == nullptr || e.underlines == nullptr) {
        std::fprintf(stderr, "overture_gui_bench: the editor's parts were not found\n");
        return 2;
    }
    QObject::connect(e.window, &QQuickWindow::frameSwapped, [&e] { ++e.frames; });
    editor = &e;
    setCard(*e.controller);
    QElapsedTimer wait;
    wait.start();
    while (e.controller->spelling()->state() == overture::gui::Lint::SpellingLoading &&
           wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    std::fprintf(stderr, "overture_gui_bench: spelling %s, %s\n",
                 e.controller->spelling()->state() == overture::gui::Lint::SpellingOn ? "on"
                                                                                      : "off",
                 qPrintable(QGuiApplication::platformName()));

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
