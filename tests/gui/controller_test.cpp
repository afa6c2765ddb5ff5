// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The draft controller as a person relies on it: the draft and the card survive a
// restart, a corrupt saved draft is kept aside and reported (never overwritten), the
// report and counter follow the text, dismissing and disabling rules work.
#include "draft_controller.hpp"
#include "draft_document.hpp"
#include "findings_model.hpp"
#include "gui_test_support.hpp"
#include "lint_session.hpp"
#include "opener_model.hpp"
#include "problem_log.hpp"
#include "recipient_card.hpp"
#include "rule_list_model.hpp"
#include "spelling.hpp"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <doctest/doctest.h>

using overture::gui::DraftController;

namespace {
QStringList ruleIds(const DraftController& c) {
    QStringList out;
    for (const auto& row : c.lint()->findings()->rows())
        out << row.rule;
    return out;
}
QByteArray readAll(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

TEST_CASE("the draft and the card are there after a restart") {
    resetUserData();
    {
        DraftController c;
        c.card()->setName(QStringLiteral("Priya Shah"));
        c.card()->setCompany(QStringLiteral("Northwind"));
        c.card()->setRelationship(QStringLiteral("met-in-person"));
        c.card()->setLimit(200);
        c.document()->setText(QStringLiteral("Hi Priya, thanks for the tour of the Leeds lab."));
        // Saved a second after the last keystroke, without any explicit save.
        QSignalSpy saved(c.document(), &overture::gui::DraftDocument::saved);
        CHECK(waitUntil([&] { return saved.count() > 0; }, 4000));
    }
    DraftController again;
    CHECK(again.document()->text() ==
          QStringLiteral("Hi Priya, thanks for the tour of the Leeds lab."));
    CHECK(again.card()->name() == QStringLiteral("Priya Shah"));
    CHECK(again.card()->company() == QStringLiteral("Northwind"));
    CHECK(again.card()->relationship() == QStringLiteral("met-in-person"));
    CHECK(again.card()->limit() == 200);
    CHECK(again.problems()->messages().isEmpty());
}

TEST_CASE("a corrupt saved draft is kept aside and reported, not overwritten") {
    resetUserData();
    const QString draft = userDataFile(QStringLiteral("draft.txt"));
    const QByteArray broken("Hi Priya, \xff\xfe this draft was half written");
    {
        QFile f(draft);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(broken);
    }
    DraftController c;
    CHECK(c.document()->text().isEmpty());
    REQUIRE(c.problems()->messages().size() == 1);
    CHECK(c.problems()->messages().first().contains(QStringLiteral("draft.txt")));
    CHECK(c.problems()->messages().first().contains(QStringLiteral("invalid UTF-8 at byte 10")));
    // The person's bytes are still on disk, under the name the message gives.
    const QStringList aside =
        QDir(QFileInfo(draft).absolutePath()).entryList({QStringLiteral("draft.txt.unreadable-*")});
    REQUIRE(aside.size() == 1);
    CHECK(readAll(QFileInfo(draft).absolutePath() + QLatin1Char('/') + aside.first()) == broken);
    CHECK(c.problems()->messages().first().contains(aside.first()));
}

TEST_CASE("the report follows the text: findings, counter, ready") {
    resetUserData();
    DraftController c;
    c.card()->setRelationship(QStringLiteral("never-interacted"));
    c.document()->setText(
        QStringLiteral("I'd like to add you to my professional network on LinkedIn."));
    c.lint()->lintNow();
    CHECK(ruleIds(c).contains(QStringLiteral("default-text")));
    CHECK_FALSE(c.lint()->ready());
    CHECK(c.lint()->hasErrors());
    CHECK(c.lint()->counterText() == QStringLiteral("59 / 300 · 1 sentence"));

    c.document()->setText(QStringLiteral(
        "Hi Nikolai, I read your case study on cutting hospital readmissions with text reminders. "
        "I'm running a similar pilot in Tallinn and would value following your work."));
    c.lint()->lintNow();
    CHECK(c.lint()->ready());
    CHECK_FALSE(c.lint()->hasErrors());
    CHECK(c.lint()->counterState() == overture::gui::Lint::Within);
}

TEST_CASE("UTF-16 offsets: a finding after an emoji points at the right words") {
    resetUserData();
    DraftController c;
    c.document()->setText(
        QStringLiteral("👋🏽 Héllo! I'd like to connect with you on LinkedIn."));
    c.lint()->lintNow();
    const auto& rows = c.lint()->findings()->rows();
    const auto it = std::find_if(rows.begin(), rows.end(), [](const auto& r) {
        return r.rule == QStringLiteral("default-text");
    });
    REQUIRE(it != rows.end());
    CHECK(c.document()
              ->text()
              .mid(it->start, it->end - it->start)
              .contains(QStringLiteral("connect with you on LinkedIn")));
    CHECK(it->match == c.document()->text().mid(it->start, it->end - it->start));
}

TEST_CASE("every keystroke brings the counter and the underline ranges up to date at once") {
    resetUserData();
    DraftController c;
    auto placeholder = [&]() -> const overture::gui::FindingRow* {
        for (const auto& row : c.lint()->findings()->rows())
            if (row.rule == QStringLiteral("placeholder"))
                return &row;
        return nullptr;
    };
    // No event loop runs between the keystroke and the checks: nothing waits for a timer.
    c.document()->setText(QStringLiteral("Hi [Name], we met at the Leeds meetup."));
    REQUIRE(placeholder() != nullptr);
    CHECK(c.document()->text().mid(placeholder()->start, 6) == QStringLiteral("[Name]"));
    CHECK(c.lint()->characters() == 38);
    // Typed before it: the range is already where "[Name]" now is, the counter one up.
    c.document()->setText(QStringLiteral("Hello! Hi [Name], we met at the Leeds meetup."));
    REQUIRE(placeholder() != nullptr);
    CHECK(placeholder()->underlined);
    CHECK(
        c.document()->text().mid(placeholder()->start, placeholder()->end - placeholder()->start) ==
        QStringLiteral("[Name]"));
    CHECK(c.lint()->characters() == 45);
    // Typed inside it: the new words, at once.
    c.document()->setText(QStringLiteral("Hello! Hi [Nadia], we met at the Leeds meetup."));
    REQUIRE(placeholder() != nullptr);
    CHECK(
        c.document()->text().mid(placeholder()->start, placeholder()->end - placeholder()->start) ==
        QStringLiteral("[Nadia]"));
    // The placeholder filled in: its finding is gone with the keystroke that did it.
    c.document()->setText(QStringLiteral("Hello! Hi Nadia, we met at the Leeds meetup."));
    CHECK(placeholder() == nullptr);
}

TEST_CASE("a dismissed finding stays away for this draft, a disabled rule everywhere") {
    resetUserData();
    DraftController c;
    c.document()->setText(QStringLiteral(
        "Sorry to bother you. I enjoyed your post on Rust at FOSDEM and would like to connect."));
    c.lint()->lintNow();
    const auto& rows = c.lint()->findings()->rows();
    const auto apology = std::find_if(rows.begin(), rows.end(), [](const auto& r) {
        return r.rule == QStringLiteral("apology");
    });
    REQUIRE(apology != rows.end());
    const QString apologyKey = apology->dismissKey; // rows are replaced by every lint
    c.lint()->dismiss(apologyKey);
    CHECK_FALSE(ruleIds(c).contains(QStringLiteral("apology")));
    CHECK(c.lint()->dismissedCount() == 1);
    {
        DraftController afterRestart; // dismissed for this draft, also after a restart
        afterRestart.document()->setText(c.document()->text());
        afterRestart.lint()->lintNow();
        CHECK(afterRestart.lint()->dismissedCount() == 1);
        CHECK_FALSE(ruleIds(afterRestart).contains(QStringLiteral("apology")));
    }
    c.lint()->restoreDismissed();
    CHECK(ruleIds(c).contains(QStringLiteral("apology")));

    c.lint()->rules()->setEnabled(QStringLiteral("apology"), false);
    CHECK_FALSE(ruleIds(c).contains(QStringLiteral("apology")));
    DraftController later; // the choice is remembered
    later.document()->setText(c.document()->text());
    later.lint()->lintNow();
    CHECK_FALSE(ruleIds(later).contains(QStringLiteral("apology")));
    later.lint()->rules()->setEnabled(QStringLiteral("apology"), true);
    // A new draft starts with nothing dismissed, also after a restart.
    c.lint()->dismiss(apologyKey);
    c.startNewDraft();
    DraftController fresh;
    CHECK(fresh.lint()->dismissedCount() == 0);
}

TEST_CASE("spelling loads off the UI thread, then flags misspellings but never the card's name") {
    resetUserData();
    DraftController c;
    c.card()->setName(QStringLiteral("Oyelaran Adebayo"));
    c.document()->setText(
        QStringLiteral("Hi Oyelaran, I realy enjoyed your talk at the Lagos meetup."));
    REQUIRE(
        waitUntil([&] { return c.spelling()->state() != overture::gui::Lint::SpellingLoading; }));
    REQUIRE(c.spelling()->state() == overture::gui::Lint::SpellingOn);
    c.lint()->lintNow();
    QStringList misspelt;
    for (const auto& row : c.lint()->findings()->rows())
        if (row.rule == QStringLiteral("spelling"))
            misspelt << row.match;
    CHECK(misspelt.contains(QStringLiteral("realy")));
    CHECK_FALSE(misspelt.contains(QStringLiteral("Oyelaran")));
    CHECK(c.spelling()->suggestionsFor(QStringLiteral("realy")).contains(QStringLiteral("really")));

    // "Add to dictionary" is saved in the person's data folder and holds after a restart.
    c.document()->setText(QStringLiteral("We met at the Grafanacon booth, thanks for the demo."));
    c.spelling()->addToDictionary(QStringLiteral("Grafanacon"));
    CHECK(readAll(userDataFile(QStringLiteral("personal.dic"))).contains("Grafanacon"));
}

TEST_CASE("an ignored word stays ignored for this draft after a restart, and New forgets it") {
    resetUserData();
    auto misspelt = [](DraftController& c) {
        c.lint()->lintNow();
        QStringList out;
        for (const auto& row : c.lint()->findings()->rows())
            if (row.rule == QStringLiteral("spelling"))
                out << row.match;
        return out;
    };
    const QString text = QStringLiteral("We met at the Kubecrawl booth, thanks for the demo.");
    {
        DraftController c;
        c.document()->setText(text);
        REQUIRE(waitUntil(
            [&] { return c.spelling()->state() != overture::gui::Lint::SpellingLoading; }));
        REQUIRE(c.spelling()->state() == overture::gui::Lint::SpellingOn);
        REQUIRE(misspelt(c).contains(QStringLiteral("Kubecrawl")));
        c.spelling()->ignoreWord(QStringLiteral("Kubecrawl"));
        CHECK_FALSE(misspelt(c).contains(QStringLiteral("Kubecrawl")));
    }
    DraftController again;
    again.document()->setText(text);
    REQUIRE(waitUntil(
        [&] { return again.spelling()->state() != overture::gui::Lint::SpellingLoading; }));
    CHECK_FALSE(misspelt(again).contains(QStringLiteral("Kubecrawl")));
    // Ignoring is not adding to the dictionary: a new draft checks the word again.
    CHECK_FALSE(readAll(userDataFile(QStringLiteral("personal.dic"))).contains("Kubecrawl"));
    again.startNewDraft();
    CHECK(misspelt(again).contains(QStringLiteral("Kubecrawl")));
}

TEST_CASE("own openers are saved with the recipient's name made a placeholder") {
    resetUserData();
    DraftController c;
    c.card()->setName(QStringLiteral("Priya Shah"));
    const QString error =
        c.openers()->saveOwn(QStringLiteral("After a meetup talk"),
                             QStringLiteral("Hi Priya, your talk at the meetup was great."));
    CHECK(error.isEmpty());
    const QByteArray saved = readAll(userDataFile(QStringLiteral("openers.json")));
    CHECK(saved.contains("Hi {first_name}, your talk"));
    DraftController later;
    later.openers()->setSearch(QStringLiteral("meetup talk"));
    CHECK(later.openers()->count() >= 1);
}

TEST_CASE("two editors saving the same draft never leave a mixed or truncated file") {
    resetUserData();
    DraftController first;
    DraftController second;
    const QString a =
        QStringLiteral("Hi Ana, your FOSDEM talk on parsers helped us. ").repeated(40);
    const QString b = QStringLiteral("Hi Tom, thanks for the Leeds meetup tour. ").repeated(55);
    const QString path = userDataFile(QStringLiteral("draft.txt"));
    for (int i = 0; i < 40; ++i) {
        first.document()->setText(i % 2 == 0 ? a : a + QString::number(i));
        second.document()->setText(i % 2 == 0 ? b : b + QString::number(i));
        REQUIRE(first.document()->saveNow());
        const QString afterFirst = QString::fromUtf8(readAll(path));
        CHECK(afterFirst == first.document()->text());
        REQUIRE(second.document()->saveNow());
        const QString afterSecond = QString::fromUtf8(readAll(path));
        CHECK(afterSecond == second.document()->text());
    }
}

TEST_CASE("a broken opener file: one line in the banner, the built-in library is used, the file is "
          "untouched") {
    resetUserData();
    const QString dir = testHome() + QStringLiteral("/broken-data");
    QDir().mkpath(dir + QStringLiteral("/templates"));
    // The language packs as shipped: only the opener library is broken.
    const QString packs = QStringLiteral(OVERTURE_SOURCE_DIR "/dictionaries");
    QDirIterator files(packs, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString from = files.next();
        const QString to =
            dir + QStringLiteral("/dictionaries/") + QDir(packs).relativeFilePath(from);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(from, to);
    }
    const QByteArray broken("{\"version\": 1, \"openers\": [ {\"id\": \"x\", \"title\": ");
    {
        QFile f(dir + QStringLiteral("/templates/openers.json"));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(broken);
    }
    const QByteArray before = qgetenv("OVERTURE_DATA_DIR");
    qputenv("OVERTURE_DATA_DIR", dir.toUtf8());
    DraftController c;
    qputenv("OVERTURE_DATA_DIR", before);
    REQUIRE(c.problems()->messages().size() == 1);
    CHECK(c.problems()->messages().first().contains(QStringLiteral("templates/openers.json:1:")));
    CHECK(c.problems()->messages().first().contains(QStringLiteral("built-in")));
    CHECK(c.openers()->count() >= 40);
    CHECK(readAll(dir + QStringLiteral("/templates/openers.json")) == broken);
}

TEST_CASE("no dictionary for the language: spelling is off with a notice, linting goes on") {
    resetUserData();
    DraftController c;
    c.spelling()->setLanguage(QStringLiteral("zz_ZZ"));
    REQUIRE(waitUntil([&] { return c.spelling()->state() == overture::gui::Lint::SpellingOff; }));
    bool noticed = false;
    for (const QString& p : c.problems()->messages())
        noticed = noticed || p.contains(QStringLiteral("no Hunspell dictionary for zz_ZZ"));
    CHECK(noticed);
    c.document()->setText(
        QStringLiteral("I'd like to add you to my professional network on LinkedIn."));
    c.lint()->lintNow();
    CHECK(ruleIds(c).contains(QStringLiteral("default-text")));
    c.spelling()->setLanguage(QStringLiteral("en_US"));
}
