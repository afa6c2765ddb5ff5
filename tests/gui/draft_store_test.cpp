// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The saved draft's file: a failed write never replaces a
// good draft, a --draft file never destroys the saved one, and FIFOs, devices and
// symbolic links are neither waited on nor replaced.
#include "draft_store.hpp"
#include "gui_test_support.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <doctest/doctest.h>
#include <sys/stat.h>

using overture::gui::DraftStore;

namespace {

QByteArray contents(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("draft file: a write that fails part way (a full disk) leaves the saved draft whole") {
    resetUserData();
    const QString path = userDataFile(QStringLiteral("draft.txt"));
    const QByteArray good = "Hi Priya, thanks for the talk on data contracts last week.";
    write(path, good);
    const DraftStore store(path);
    QString error;
    bool saved = true;
    {
        const FileSizeLimit full(20);
        saved = store.save(QStringLiteral("Hi Priya, thanks for the talk on data contracts last "
                                          "week. I'd like to stay in touch."),
                           &error);
    }
    CHECK_FALSE(saved);
    CHECK(contents(path) == good); // before: the temporary file was renamed over it, cut short
    CHECK(error.contains(path));
    CHECK(error.contains(QStringLiteral("kept in memory")));
    // No temporary file left beside it.
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files).size() == 1);
    // Once there is room again, the same save goes through.
    CHECK(store.save(QStringLiteral("Hi Priya."), &error));
    CHECK(contents(path) == "Hi Priya.");
}

TEST_CASE("draft file: a draft over 16 MiB is not written, so the next start does not move it "
          "aside") {
    resetUserData();
    const QString path = userDataFile(QStringLiteral("draft.txt"));
    write(path, "Hi Ana.");
    const DraftStore store(path);
    QString error;
    CHECK_FALSE(store.save(QString(DraftStore::kMaxDraftBytes + 1, QLatin1Char('a')), &error));
    CHECK(error.contains(QStringLiteral("larger than 16 MiB")));
    CHECK(contents(path) == "Hi Ana.");
}

TEST_CASE("draft file: a FIFO, a device or a symbolic link is neither waited on nor replaced") {
    resetUserData();
    const QString path = userDataFile(QStringLiteral("draft.txt"));
    QDir().mkpath(QFileInfo(path).absolutePath());

    SUBCASE("a FIFO") {
        REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        QElapsedTimer timer;
        timer.start();
        const DraftStore::Loaded loaded = DraftStore(path).load(); // before: blocked for ever
        CHECK(timer.elapsed() < 5000);
        CHECK(loaded.text.isEmpty());
        CHECK(loaded.problem.contains(QStringLiteral("a FIFO")));
        QString error;
        CHECK_FALSE(DraftStore(path).save(QStringLiteral("Hi."), &error));
        CHECK(QFileInfo(path).isFile() == false); // still the FIFO
    }
    SUBCASE("a symbolic link") {
        const QString target = QDir(testHome()).filePath(QStringLiteral("elsewhere.txt"));
        write(target, "someone else's file");
        REQUIRE(QFile::link(target, path));
        const DraftStore::Loaded loaded = DraftStore(path).load();
        CHECK(loaded.text.isEmpty()); // before: read through the link
        CHECK(loaded.problem.contains(QStringLiteral("symbolic link")));
        QString error;
        CHECK_FALSE(DraftStore(path).save(QStringLiteral("Hi."), &error));
        CHECK(QFileInfo(path).isSymLink()); // before: the link was replaced on quit
        CHECK(contents(target) == "someone else's file");
    }
    SUBCASE("--draft naming a FIFO or a device") {
        const QString fifo = QDir(testHome()).filePath(QStringLiteral("note.fifo"));
        QFile::remove(fifo);
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const DraftStore::Loaded opened = DraftStore::readFile(fifo);
        CHECK(opened.problem.contains(QStringLiteral("not a regular file")));
        CHECK(DraftStore::readFile(QStringLiteral("/dev/zero"))
                  .problem.contains(QStringLiteral("a device")));
        QFile::remove(fifo);
    }
}

TEST_CASE("draft file: --draft keeps the saved draft beside it first") {
    resetUserData();
    const QString path = userDataFile(QStringLiteral("draft.txt"));
    write(path, "My half-written note to Priya.");
    const DraftStore store(path);
    QString error;
    const QString kept = store.keepPrevious(&error);
    CHECK(error.isEmpty());
    REQUIRE(kept == path + QStringLiteral(".previous"));
    CHECK(contents(kept) == "My half-written note to Priya.");
    // Nothing to keep: no file is made.
    write(path, "  \n");
    QFile::remove(kept);
    CHECK(store.keepPrevious(&error).isEmpty());
    CHECK_FALSE(QFile::exists(kept));
}

TEST_CASE("draft file: opening two files in a row never overwrites the first backup") {
    resetUserData();
    const QString path = userDataFile(QStringLiteral("draft.txt"));
    const DraftStore store(path);
    QString error;
    const QString first = store.keepCopy(QStringLiteral("The note I was writing."), &error);
    CHECK(first == path + QStringLiteral(".previous"));
    // The text of the first file opened, replaced by a second: a backup of its own (before,
    // the one backup was overwritten and the note being written was gone).
    const QString second = store.keepCopy(QStringLiteral("The first file's text."), &error);
    CHECK(second == path + QStringLiteral(".previous-2"));
    CHECK(contents(first) == "The note I was writing.");
    CHECK(contents(second) == "The first file's text.");
    // The same text again is not copied twice.
    CHECK(store.keepCopy(QStringLiteral("The note I was writing."), &error) == first);
    CHECK(error.isEmpty());
}

TEST_CASE("draft file: a draft that cannot be saved is copied to the runtime folder and taken "
          "back at the next start") {
    resetUserData();
    // The draft's folder cannot be made (a file has its name): every save fails, as on a
    // full disk, while the runtime folder (another file system) has room.
    const QString blocked = QDir(testHome()).filePath(QStringLiteral("blocked"));
    write(blocked, "not a folder");
    const QString path = blocked + QStringLiteral("/draft.txt");
    const QString text = QStringLiteral("Hi Ana, typed while the disk was full.");
    QString error;
    CHECK_FALSE(DraftStore(path).save(text, &error));
    const QString rescue = DraftStore(path).rescuePath();
    REQUIRE_FALSE(rescue.isEmpty());
    CHECK(error.contains(rescue)); // the banner says where the copy is
    CHECK(contents(rescue) == text.toUtf8());
    // Quit, free some room, start again: the text is back (before: lost at quit).
    QFile::remove(blocked);
    QDir().mkpath(blocked);
    const DraftStore::Loaded loaded = DraftStore(path).load();
    CHECK(loaded.text == text);
    CHECK(loaded.problem.contains(QStringLiteral("taken back")));
    CHECK(DraftStore(path).save(loaded.text, &error));
    CHECK_FALSE(QFile::exists(rescue)); // once saved where it belongs, the copy goes
}
