// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The history database: a round trip, its schema version, a corrupt file moved aside
// (never silently dropped), search, delete and export.
#include "gui_test_support.hpp"
#include "history_store.hpp"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <doctest/doctest.h>

using overture::gui::HistoryStore;

TEST_CASE("notes copied are recorded and read back after a restart") {
    resetUserData();
    const QString path = userDataFile(QStringLiteral("history.sqlite"));
    {
        HistoryStore store;
        REQUIRE(store.open(path));
        store.record(QStringLiteral("Hi Priya, thanks for the talk."), QStringLiteral("Priya Shah"),
                     QStringLiteral("Northwind"), QStringLiteral("met-in-person"), 300);
        store.record(QStringLiteral("Hi Tom, loved the demo."), QStringLiteral("Tom Berg"),
                     QString(), QStringLiteral("did-business"), 200);
        CHECK(store.total() == 2);
    }
    HistoryStore again;
    REQUIRE(again.open(path));
    CHECK(again.total() == 2);
    CHECK(again.textAt(0) == QStringLiteral("Hi Tom, loved the demo.")); // newest first
    REQUIRE(again.notes() != nullptr);
    CHECK(again.notes()->size() == 2);

    // The schema version table says what the file holds.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT version FROM schema_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == HistoryStore::kSchemaVersion);
        QSqlQuery mode(db);
        REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(mode.next());
        CHECK(mode.value(0).toString() == QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));

    again.setSearch(QStringLiteral("northwind"));
    CHECK(again.count() == 1);
    again.setSearch(QString());
    CHECK(again.remove(again.data(again.index(0), HistoryStore::IdRole).toInt()));
    CHECK(again.total() == 1);

    const QString json = QDir(testHome()).filePath(QStringLiteral("export.json"));
    CHECK(again.exportJson(json).isEmpty());
    QFile f(json);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray exported = f.readAll();
    CHECK(exported.contains("\"sent_at\""));
    CHECK(exported.contains("Priya Shah"));
    const QString csv = QDir(testHome()).filePath(QStringLiteral("export.csv"));
    CHECK(again.exportCsv(csv).isEmpty());
    CHECK(again.removeAll());
    CHECK(again.total() == 0);
}

TEST_CASE("a corrupt history file is moved aside with a message and a new one started") {
    resetUserData();
    const QString path = userDataFile(QStringLiteral("history.sqlite"));
    const QByteArray garbage(4096, 'x');
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    HistoryStore store;
    QStringList problems;
    QObject::connect(&store, &HistoryStore::problem, [&](const QString& p) { problems << p; });
    CHECK(store.open(path));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("history.sqlite")));
    const QStringList aside = QDir(QFileInfo(path).absolutePath())
                                  .entryList({QStringLiteral("history.sqlite.unreadable-*")});
    REQUIRE(aside.size() == 1);
    QFile kept(QFileInfo(path).absolutePath() + QLatin1Char('/') + aside.first());
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == garbage);
    store.record(QStringLiteral("Hi again."), QStringLiteral("Ana"), QString(), QString(), 300);
    CHECK(store.total() == 1);
}
