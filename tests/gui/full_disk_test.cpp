// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A full disk: a copied note whose COMMIT fails and a card change that
// cannot be written are each said in one line, kept in memory and written once there is
// room. Before, the note was counted but never reached the history (the COMMIT's result
// was not checked), and the card change was dropped without a word. The writes fail here
// through RLIMIT_FSIZE (EFBIG), as they fail with ENOSPC on a full file system.
#include "gui_test_support.hpp"
#include "history_store.hpp"
#include "user_settings.hpp"

#include <QFile>
#include <QFileInfo>
#include <doctest/doctest.h>

using overture::gui::HistoryStore;
using overture::gui::UserSettings;

namespace {

qint64 largestOf(const QString& path) {
    return std::max(
        {QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size(), qint64{1}});
}

} // namespace

TEST_CASE("full disk: a copied note that cannot be written is kept, counted and written later") {
    resetUserData();
    const QString path = userDataFile(QStringLiteral("history.sqlite"));
    QStringList problems;
    {
        HistoryStore store;
        QObject::connect(&store, &HistoryStore::problem, [&](const QString& p) { problems << p; });
        REQUIRE(store.open(path));
        store.record(QStringLiteral("Hi Priya, thanks for the talk on data contracts."),
                     QStringLiteral("Priya Shah"), QStringLiteral("Northwind"), QString(), 300);
        REQUIRE(problems.isEmpty());
        {
            // No file of the history may grow: the next note's pages cannot be written.
            const FileSizeLimit full(static_cast<rlim_t>(largestOf(path)));
            store.record(QString(20000, QLatin1Char('x')) + QStringLiteral(" Hi Tom."),
                         QStringLiteral("Tom Berg"), QString(), QString(), 300);
        }
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QStringLiteral("could not be recorded")));
        CHECK(problems.first().contains(QStringLiteral("kept in memory")));
        // The checks still see it: it was copied, so it was (probably) sent.
        REQUIRE(store.notes() != nullptr);
        CHECK(store.notes()->size() == 2);
        // With room again, the next Copy writes both.
        store.record(QStringLiteral("Hi Ana, your FOSDEM talk helped us."),
                     QStringLiteral("Ana Lima"), QString(), QString(), 300);
        CHECK(store.total() == 3);
    }
    HistoryStore again;
    REQUIRE(again.open(path));
    CHECK(again.total() == 3); // before: 2, the note of the failed COMMIT was gone
}

TEST_CASE("full disk: a card change that cannot be saved is said in the banner and saved later") {
    resetUserData();
    const QString path = userDataFile(QStringLiteral("settings.ini"));
    QStringList problems;
    {
        UserSettings settings(path);
        settings.setProblemHandler([&](const QString& p) { problems << p; });
        settings.setValue(QStringLiteral("card/name"), QStringLiteral("Priya Shah"));
        REQUIRE(waitUntil([&] { return QFile::exists(path); }));
        {
            const FileSizeLimit full(static_cast<rlim_t>(QFileInfo(path).size()));
            settings.setValue(QStringLiteral("card/company"),
                              QStringLiteral("Northwind Traders and Partners"));
            REQUIRE(waitUntil([&] { return !problems.isEmpty(); }));
        }
        CHECK(problems.first().contains(path));
        CHECK(problems.first().contains(QStringLiteral("kept in memory")));
        // The value is still there, and written with the next change.
        CHECK(settings.value(QStringLiteral("card/company")).toString() ==
              QStringLiteral("Northwind Traders and Partners"));
        settings.setValue(QStringLiteral("card/role"), QStringLiteral("Data lead"));
        QCoreApplication::processEvents();
    }
    const UserSettings again(path);
    CHECK(again.value(QStringLiteral("card/company")).toString() ==
          QStringLiteral("Northwind Traders and Partners"));
    CHECK(again.value(QStringLiteral("card/role")).toString() == QStringLiteral("Data lead"));
}
