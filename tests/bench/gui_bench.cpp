// overture_gui_bench: the editor's path from a text change to new underline ranges, for
// a 300-character note, through the real Qt controller (DraftController) without
// painting: setText() as a keystroke does, then lintNow() as the lint timer does, then
// the ranges the underline overlay reads from the findings model.
//
//   QT_QPA_PLATFORM=offscreen overture_gui_bench --benchmark_repetitions=7
//
// The controller's files (draft, settings, history) go to a temporary folder, never to
// the person's own.
#include "draft_controller.hpp"
#include "draft_document.hpp"
#include "findings_model.hpp"
#include "lint_session.hpp"
#include "prose.hpp"
#include "recipient_card.hpp"
#include "spelling.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

namespace {

using overture::gui::DraftController;
using overture::gui::FindingsModel;

DraftController* controller = nullptr;

// Spins the event loop until the dictionary has loaded on its worker thread.
bool waitForSpeller(DraftController& c, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (c.spelling()->state() == overture::gui::Lint::SpellingLoading &&
           timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return c.spelling()->state() != overture::gui::Lint::SpellingLoading;
}

void setCard(DraftController& c) {
    const overture::Recipient card = overture::bench::noteCard();
    c.card()->setName(QString::fromStdString(card.name));
    c.card()->setCompany(QString::fromStdString(card.company));
    c.card()->setRelationship(QStringLiteral("met-in-person"));
    c.card()->setContext(QString::fromStdString(card.context));
    c.card()->setReason(QString::fromStdString(card.reason));
}

// A note of the same length with something for every underline colour: LinkedIn's stock
// sentence, a false claim, a misspelling, shouting, a row of exclamation marks.
constexpr std::string_view kFlawedNote =
    "Hi Priya, I'd like to add you to my professional network on LinkedIn. As my former "
    "colleague you know how much I enjoyed your talk on idempotent retries at the Berlin "
    "FinTech Summit, especialy the part about replaying failed webhooks. PLEASE ACCEPT!!! "
    "Would you be open to comparing notes sometime?";

// One keystroke: the note with one more or one fewer character than last time.
// Argument 0: the typical note (no findings); 1: the flawed note.
void BM_Editor_ChangeToRanges(benchmark::State& state) {
    DraftController& c = *controller;
    const std::string_view text = state.range(0) == 0 ? overture::bench::kNote : kFlawedNote;
    const QString note = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    const QString typed = note + QLatin1Char('!');
    bool flip = false;
    int ranges = 0;
    for (auto _ : state) {
        c.document()->setText(flip ? typed : note);
        flip = !flip;
        c.lint()->lintNow();
        // What the overlay reads: the underlined rows' UTF-16 ranges.
        const FindingsModel* model = c.lint()->findings();
        ranges = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (model->data(index, FindingsModel::UnderlinedRole).toBool()) {
                benchmark::DoNotOptimize(model->data(index, FindingsModel::StartRole).toInt());
                benchmark::DoNotOptimize(model->data(index, FindingsModel::EndRole).toInt());
                ++ranges;
            }
        }
    }
    state.counters["findings"] = c.lint()->findings()->rowCount();
    state.counters["ranges"] = ranges;
    state.SetLabel(c.spelling()->state() == overture::gui::Lint::SpellingOn ? "rules and spelling"
                                                                            : "rules only");
}
BENCHMARK(BM_Editor_ChangeToRanges)
    ->ArgName("flawed")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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

    benchmark::Initialize(&argc, argv);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("overture-bench"));

    auto owned = std::make_unique<DraftController>();
    controller = owned.get();
    setCard(*controller);
    if (!waitForSpeller(*controller, 10000))
        std::fprintf(stderr, "overture_gui_bench: the dictionary did not load in 10 s\n");
    std::fprintf(stderr, "overture_gui_bench: spelling %s\n",
                 controller->spelling()->state() == overture::gui::Lint::SpellingOn ? "on" : "off");

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    owned.reset();
    return 0;
}
