// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A long history: 200 000 notes made the first frame 3 s, each
// keystroke of a search 120-350 ms and an export 5 s, all on the UI thread. Now the notes
// are read on another thread after the window shows, a long history is searched by SQLite
// on another thread, and an export runs on another thread with its progress. These tests
// use a few thousand notes (above HistoryStore::kSyncSearchRows): what they check is where
// the work happens and that nothing is lost, not how fast (tests/bench measures that).
#include "gui_test_support.hpp"
#include "history/note_history.hpp"
#include "history_store.hpp"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <doctest/doctest.h>

using overture::NoteHistory;
using overture::gui::HistoryStore;

namespace {

constexpr int kNotes = HistoryStore::kSyncSearchRows + 1000;

// A history of kNotes notes, one in ten to someone at "Northwind".
QString longHistory() {
    resetUserData();
    const QString path = userDataFile(QStringLiteral("history.sqlite"));
    {
        HistoryStore store;
        REQUIRE(store.open(path)); // creates the schema
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO sent_notes (text, name, company, relationship, "
                                 "note_limit, sent_at) VALUES (?, ?, ?, '', 300, "
                                 "'2026-11-22T09:30:00Z')"));
        for (int i = 0; i < kNotes; ++i) {
            q.addBindValue(QStringLiteral("Hi %1, note number %2 about streaming.").arg(i).arg(i));
            q.addBindValue(QStringLiteral("Person %1").arg(i));
            q.addBindValue(i % 10 == 0 ? QStringLiteral("Northwind") : QStringLiteral("Acme"));
            REQUIRE(q.exec());
        }
        REQUIRE(db.commit());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return path;
}

} // namespace

TEST_CASE("long history: the notes are read after opening, and a note copied meanwhile is kept") {
    const QString path = longHistory();
    HistoryStore store;
    store.setBackgroundLoadBytes(0); // this history is long in notes, not in bytes
    REQUIRE(store.openInBackground(path));
    // Opening returns before the notes are read (before: all read and indexed first).
    CHECK(store.loading());
    store.record(QStringLiteral("Hi Ana, copied while the history was read."),
                 QStringLiteral("Ana Lima"), QString(), QString(), 300);
    REQUIRE(waitUntil([&] { return !store.loading(); }, 30000));
    CHECK(store.total() == kNotes + 1);
    REQUIRE(store.notes() != nullptr);
    CHECK(store.notes()->size() == static_cast<std::size_t>(kNotes + 1));
    CHECK(store.textAt(0) == QStringLiteral("Hi Ana, copied while the history was read."));
}

TEST_CASE("long history: a search runs off the UI thread and shows the latest question's answer") {
    const QString path = longHistory();
    HistoryStore store;
    REQUIRE(store.open(path));
    store.setSearch(QStringLiteral("northwind"));
    // The keystroke returns at once; the answer comes later (before: filtered right here).
    CHECK(store.searching());
    store.setSearch(QStringLiteral("NORTHWIND")); // typed on: only this one is shown
    REQUIRE(waitUntil([&] { return !store.searching(); }, 30000));
    CHECK(store.count() == kNotes / 10 + (kNotes % 10 != 0 ? 1 : 0));
    CHECK(store.data(store.index(0), HistoryStore::CompanyRole).toString() ==
          QStringLiteral("Northwind"));
    // A wildcard of SQL is a character like any other.
    store.setSearch(QStringLiteral("100%"));
    REQUIRE(waitUntil([&] { return !store.searching(); }, 30000));
    CHECK(store.count() == 0);
    store.setSearch(QString());
    CHECK_FALSE(store.searching());
    CHECK(store.count() == kNotes);
}

TEST_CASE("long history: an export runs in the background with its progress, and reads back") {
    const QString path = longHistory();
    HistoryStore store;
    REQUIRE(store.open(path));
    const QString out = QDir(testHome()).filePath(QStringLiteral("export.json"));
    std::vector<double> progress;
    QString finishedPath = QStringLiteral("(none)");
    QString finishedError = QStringLiteral("(none)");
    QObject::connect(&store, &HistoryStore::exportProgressChanged,
                     [&] { progress.push_back(store.exportProgress()); });
    QObject::connect(&store, &HistoryStore::exportFinished,
                     [&](const QString& p, const QString& e) {
                         finishedPath = p;
                         finishedError = e;
                     });
    REQUIRE(store.startExport(QStringLiteral("json"), out));
    CHECK(store.exporting());
    CHECK_FALSE(store.startExport(QStringLiteral("csv"), out)); // one at a time
    REQUIRE(waitUntil([&] { return !store.exporting(); }, 30000));
    CHECK(finishedError.isEmpty());
    CHECK(finishedPath == out);
    REQUIRE(progress.size() >= 2); // started ... done (the steps between are rate-limited)
    CHECK(progress.front() == doctest::Approx(0.0));
    CHECK(std::is_sorted(progress.begin() + 1, progress.end()));
    CHECK(progress.back() == doctest::Approx(1.0));
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const NoteHistory back = NoteHistory::fromJson(f.readAll().toStdString(), "export.json");
    CHECK(back.size() == static_cast<std::size_t>(kNotes));
}

TEST_CASE("long history: a file damaged past its first page is still found and moved aside") {
    const QString path = longHistory();
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        // The schema page is whole (opening succeeds), the notes' pages are not: only the
        // background reader's quick_check can tell.
        f.seek(f.size() / 2);
        f.write(QByteArray(4096 * 4, '\x5a'));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    HistoryStore store;
    QStringList problems;
    QObject::connect(&store, &HistoryStore::problem, [&](const QString& p) { problems << p; });
    store.setBackgroundLoadBytes(0); // this history is long in notes, not in bytes
    REQUIRE(store.openInBackground(path));
    store.record(QStringLiteral("Hi Ana, copied while the damaged file was read."),
                 QStringLiteral("Ana Lima"), QString(), QString(), 300);
    REQUIRE(waitUntil([&] { return !store.loading(); }, 30000));
    // (The note copied meanwhile may also have been refused by the damaged file.)
    const QStringList damaged = problems.filter(QStringLiteral("damaged"));
    REQUIRE(damaged.size() == 1);
    CHECK(damaged.first().contains(QStringLiteral("kept as")));
    // The note copied meanwhile is in the new history.
    CHECK(store.total() == 1);
    HistoryStore again;
    REQUIRE(again.open(path));
    CHECK(again.total() == 1);
}
