// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history_store.hpp"

#include "history/history_json.hpp"
#include "spelling/personal_dictionary.hpp"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <sstream>

namespace overture::gui {

namespace {

// Migration i brings the schema from version i to i + 1. Never edit one that shipped;
// append a new one.
const char* const kMigrations[] = {
    "CREATE TABLE sent_notes ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " text TEXT NOT NULL,"
    " name TEXT NOT NULL DEFAULT '',"
    " company TEXT NOT NULL DEFAULT '',"
    " relationship TEXT NOT NULL DEFAULT '',"
    " note_limit INTEGER NOT NULL DEFAULT 300,"
    " sent_at TEXT NOT NULL);"
    "CREATE INDEX sent_notes_name ON sent_notes(name);",
};

QString csvField(const QString& s) {
    QString out = s;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    // saveFileAtomically checks every write, the flush and the rename (QSaveFile let a
    // failed final flush through, and a full disk left an empty export).
    const IoStatus saved = saveFileAtomically(path.toStdString(), bytes.toStdString());
    if (!saved)
        *error = QString::fromStdString(saved.error());
    return saved.ok();
}

QByteArray csvOf(const std::vector<PastNote>& notes,
                 const std::function<bool(std::size_t)>& progress = {}) {
    QByteArray csv = "sent_at,name,company,relationship,text\n";
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const PastNote& n = notes[i];
        csv += QStringList{csvField(QString::fromStdString(n.sentAt)),
                           csvField(QString::fromStdString(n.name)),
                           csvField(QString::fromStdString(n.company)),
                           csvField(QString::fromStdString(n.relationship)),
                           csvField(QString::fromStdString(n.text))}
                   .join(QLatin1Char(','))
                   .toUtf8() +
               '\n';
        if (progress && (i + 1) % 1000 == 0 && !progress(i + 1))
            return {};
    }
    return csv;
}

QString defaultExportPath(const QString& extension) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("overture-history.") + extension);
}

} // namespace

HistoryStore::HistoryStore(QObject* parent)
    : QAbstractListModel(parent),
      connection_(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
}

HistoryStore::~HistoryStore() {
    if (open_ && !pending_.empty())
        writePending(); // a last try for notes a full disk refused
    if (QSqlDatabase::contains(connection_)) {
        QSqlDatabase::database(connection_, false).close();
        QSqlDatabase::removeDatabase(connection_);
    }
}

namespace {

// SQLite's primary result codes, as Qt's driver reports them (nativeErrorCode()).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

int sqliteCode(const QSqlError& e) {
    return e.nativeErrorCode().toInt() & 0xFF;
}

HistoryStore::Failure failureOf(const QSqlError& e) {
    switch (sqliteCode(e)) {
    case kSqliteBusy:
    case kSqliteLocked:
        return HistoryStore::Failure::Busy;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return HistoryStore::Failure::Corrupt;
    default:
        return HistoryStore::Failure::Other;
    }
}

// Our words for what went wrong; SQLite's ("database is locked Unable to fetch row") are
// not a sentence a person can act on.
QString describe(HistoryStore::Failure f, const QSqlError& e) {
    switch (f) {
    case HistoryStore::Failure::Busy:
        return QStringLiteral("the history is busy (another Overture window is writing to it)");
    case HistoryStore::Failure::Corrupt:
        return QStringLiteral("the history database is damaged");
    default:
        if (sqliteCode(e) == kSqliteFull)
            return QStringLiteral("the disk is full");
        if (sqliteCode(e) == kSqliteReadOnly)
            return QStringLiteral("the history database is read-only");
        if (sqliteCode(e) == kSqliteIoErr)
            return QStringLiteral("a write to the disk failed");
        return e.nativeErrorCode().isEmpty()
                   ? QStringLiteral("cannot open the history database")
                   : QStringLiteral("cannot use the history database (SQLite error %1)")
                         .arg(sqliteCode(e));
    }
}

} // namespace

HistoryStore::Failure HistoryStore::openDatabase(const QString& path, bool check, QString* error) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral(
            "the SQLite driver for Qt (libqt6sql6-sqlite) is not installed; the history is off");
        return Failure::Other;
    }
    QSqlDatabase db = QSqlDatabase::contains(connection_)
                          ? QSqlDatabase::database(connection_, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
    db.close();
    db.setDatabaseName(path);
    // Wait for a writer (another window's Copy) instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        const Failure f = failureOf(db.lastError());
        *error = describe(f, db.lastError());
        return f;
    }
    QSqlQuery q(db);
    // A file that is not a database fails here, at its first read; a busy one is retried
    // by the caller. Only quick_check's verdict (or "not a database") means damaged.
    // quick_check reads every page (0.7 s for 200 000 notes): when the notes are read in the
    // background, it runs there, and here a read of the schema finds "not a database".
    const QString probe = check ? QStringLiteral("PRAGMA quick_check")
                                : QStringLiteral("SELECT 'ok' FROM sqlite_master LIMIT 1");
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(probe) ||
        (!q.next() && (check || q.lastError().isValid()))) {
        const Failure f = failureOf(q.lastError());
        *error = describe(f, q.lastError());
        db.close();
        return f;
    }
    if (check && q.value(0).toString() != QStringLiteral("ok")) {
        *error = QStringLiteral("the history database is damaged (its integrity check failed)");
        db.close();
        return Failure::Corrupt;
    }
    return Failure::None;
}

HistoryStore::Failure HistoryStore::migrate(QString* error) {
    QSqlDatabase db = QSqlDatabase::database(connection_);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        const Failure f = failureOf(q.lastError());
        *error = describe(f, q.lastError());
        return f;
    }
    int version = 0;
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        *error =
            QStringLiteral("the history was written by a newer Overture (schema %1)").arg(version);
        return Failure::Other;
    }
    for (int v = version; v < kSchemaVersion; ++v) {
        db.transaction();
        bool ok = true;
        for (const QString& statement :
             QString::fromLatin1(kMigrations[v]).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            ok = ok && q.exec(statement);
        ok = ok && q.exec(QStringLiteral("DELETE FROM schema_version")) &&
             q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(v + 1));
        if (!ok) {
            const Failure f = failureOf(q.lastError());
            *error = describe(f, q.lastError());
            db.rollback();
            return f;
        }
        if (!db.commit()) {
            const Failure f = failureOf(db.lastError());
            *error = describe(f, db.lastError());
            return f;
        }
    }
    return Failure::None;
}

HistoryStore::Failure HistoryStore::reload(QString* error) {
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.setForwardOnly(true); // rows are copied out once: no cache of them in the driver
    if (!q.exec(QStringLiteral(
            "SELECT id, text, name, company, relationship, sent_at FROM sent_notes ORDER BY id"))) {
        const Failure f = failureOf(q.lastError());
        *error = describe(f, q.lastError());
        return f;
    }
    rows_.clear();
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.note.text = q.value(1).toString().toStdString();
        r.note.name = q.value(2).toString().toStdString();
        r.note.company = q.value(3).toString().toStdString();
        r.note.relationship = q.value(4).toString().toStdString();
        r.note.sentAt = q.value(5).toString().toStdString();
        rows_.push_back(std::move(r));
    }
    if (q.lastError().isValid()) { // a step that failed part way (busy, damaged)
        const Failure f = failureOf(q.lastError());
        *error = describe(f, q.lastError());
        rows_.clear();
        return f;
    }
    rebuildIndex();
    return Failure::None;
}

bool HistoryStore::moveAside(const QString& why) {
    if (QSqlDatabase::contains(connection_))
        QSqlDatabase::database(connection_, false).close();
    const QString aside = path_ + QStringLiteral(".unreadable-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // The journal files belong to the damaged database: they go with it.
    const bool moved = QFile::rename(path_, aside);
    if (moved) {
        QFile::rename(path_ + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
        QFile::rename(path_ + QStringLiteral("-shm"), aside + QStringLiteral("-shm"));
        emit problem(
            QStringLiteral("%1: %2; it was kept as %3 and a new history started")
                .arg(QDir::toNativeSeparators(path_), why, QDir::toNativeSeparators(aside)));
    } else {
        // Say what really happened (a read-only folder refuses the rename).
        emit problem(QStringLiteral("%1: %2; it could not be moved aside either, so it is left "
                                    "as it is and the history is off in this session")
                         .arg(QDir::toNativeSeparators(path_), why));
    }
    return moved;
}

HistoryStore::Failure HistoryStore::tryOpen(const QString& path, bool readRows, QString* error) {
    Failure f = openDatabase(path, readRows, error);
    if (f == Failure::None)
        f = migrate(error);
    if (f == Failure::None && readRows)
        f = reload(error);
    return f;
}

bool HistoryStore::open(const QString& path) {
    return openWith(path, true);
}

bool HistoryStore::openInBackground(const QString& path) {
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    if (bytes < backgroundLoadBytes_)
        return open(path);
    if (!openWith(path, false))
        return false;
    loading_ = true;
    emit loadingChanged();
    loadWatcher_ = new QFutureWatcher<Loaded>(this);
    connect(loadWatcher_, &QFutureWatcher<Loaded>::finished, this, [this] {
        loaded(loadWatcher_->future().takeResult());
        loadWatcher_->deleteLater();
        loadWatcher_ = nullptr;
    });
    loadWatcher_->setFuture(QtConcurrent::run(&HistoryStore::readAll, path));
    return true;
}

HistoryStore::Loaded HistoryStore::readAll(const QString& path) {
    Loaded out;
    const QString name =
        QStringLiteral("history-read-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        const bool opened = db.open();
        QSqlQuery check(db);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (opened && check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() &&
            check.value(0).toString() != QStringLiteral("ok")) {
            out.corrupt = true;
            out.error = QStringLiteral("the history database is damaged (its integrity check "
                                       "failed)");
        } else if (!opened ||
                   !q.exec(QStringLiteral("SELECT id, text, name, company, relationship, sent_at "
                                          "FROM sent_notes ORDER BY id"))) {
            const QSqlError e = opened ? q.lastError() : db.lastError();
            out.corrupt = failureOf(e) == Failure::Corrupt;
            out.error = describe(failureOf(e), e);
        } else {
            while (q.next()) {
                Row r;
                r.id = q.value(0).toLongLong();
                r.note.text = q.value(1).toString().toStdString();
                r.note.name = q.value(2).toString().toStdString();
                r.note.company = q.value(3).toString().toStdString();
                r.note.relationship = q.value(4).toString().toStdString();
                r.note.sentAt = q.value(5).toString().toStdString();
                out.history.add(r.note);
                out.rows.push_back(std::move(r));
            }
            if (q.lastError().isValid()) {
                out.corrupt = failureOf(q.lastError()) == Failure::Corrupt;
                out.error = describe(failureOf(q.lastError()), q.lastError());
                out.rows.clear();
                out.history = NoteHistory();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

void HistoryStore::loaded(Loaded result) {
    loading_ = false;
    emit loadingChanged();
    if (result.corrupt) {
        // As open() does: a damaged file is kept aside and a new history started; notes
        // copied meanwhile went into the damaged file, so they are written again.
        for (const Row& r : rows_)
            pending_.push_back(Pending{r.note, kDefaultNoteLimit});
        rows_.clear();
        if (moveAside(result.error)) {
            QString error;
            open_ = tryOpen(path_, true, &error) == Failure::None;
            if (!open_)
                emit problem(QStringLiteral("%1: %2; the history is off in this session")
                                 .arg(QDir::toNativeSeparators(path_), error));
            else
                writePending();
        } else {
            open_ = false;
        }
        rebuildIndex();
        refilter();
        emit changed();
        return;
    }
    if (!result.error.isEmpty()) {
        emit problem(QStringLiteral("%1: the notes already sent could not be read (%2); the "
                                    "repeated-note and already-invited checks see only the "
                                    "notes copied in this session")
                         .arg(QDir::toNativeSeparators(path_), result.error));
        return;
    }
    // What was deleted while the notes were read stays deleted.
    if (clearedWhileLoading_)
        result.rows.clear();
    std::erase_if(result.rows, [this](const Row& r) {
        return std::find(removedWhileLoading_.begin(), removedWhileLoading_.end(), r.id) !=
               removedWhileLoading_.end();
    });
    if (clearedWhileLoading_ || !removedWhileLoading_.empty()) {
        result.history = NoteHistory();
        for (const Row& r : result.rows)
            result.history.add(r.note);
    }
    clearedWhileLoading_ = false;
    removedWhileLoading_.clear();
    // Notes copied while the others were read are in rows_ (and maybe in the result too).
    const qint64 lastRead = result.rows.empty() ? 0 : result.rows.back().id;
    for (Row& r : rows_)
        if (r.id > lastRead) {
            result.history.add(r.note);
            result.rows.push_back(std::move(r));
        }
    for (const Pending& p : pending_)
        result.history.add(p.note);
    rows_ = std::move(result.rows);
    history_ = std::move(result.history);
    refilter();
    emit changed();
}

bool HistoryStore::openWith(const QString& path, bool readRows) {
    path_ = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    // A history that another window is writing is busy, not damaged: wait (the busy
    // timeout), try again a few times, and never move it aside for that.
    Failure f = Failure::Busy;
    for (int attempt = 0; attempt < kOpenAttempts && f == Failure::Busy; ++attempt) {
        // SQLite answers "busy" without waiting in some cases (a WAL being recovered, a
        // database held in exclusive locking mode): a pause of our own before each retry.
        if (attempt > 0)
            QThread::msleep(kRetryDelayMs);
        f = tryOpen(path, readRows, &error);
    }
    bool reported = false;
    if (f == Failure::Corrupt && QFile::exists(path)) {
        if (moveAside(error)) {
            error.clear();
            f = tryOpen(path, readRows, &error);
        } else {
            reported = true;
        }
    }
    open_ = f == Failure::None;
    if (!open_ && !reported)
        emit problem(QStringLiteral("%1: %2; the history is off in this session")
                         .arg(QDir::toNativeSeparators(path), error));
    refilter();
    emit changed();
    return open_;
}

void HistoryStore::rebuildIndex() {
    history_ = NoteHistory();
    for (const Row& r : rows_)
        history_.add(r.note);
    for (const Pending& p : pending_)
        history_.add(p.note);
}

void HistoryStore::record(const QString& text, const QString& name, const QString& company,
                          const QString& relationship, int limit) {
    if (!open_ || text.trimmed().isEmpty())
        return;
    const QString sentAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Pending note{PastNote{text.toStdString(), name.toStdString(), company.toStdString(),
                          relationship.toStdString(), sentAt.toStdString()},
                 limit};
    // The checks see the note at once, written or not: it was sent.
    history_.add(note.note);
    pending_.push_back(std::move(note));
    writePending();
}

bool HistoryStore::writePending() {
    // Oldest first; a note stays pending (in memory, and in the checks) until its INSERT
    // and COMMIT both succeed, and is tried again with the next Copy and at the end.
    while (!pending_.empty()) {
        const Pending& p = pending_.front();
        QSqlDatabase db = QSqlDatabase::database(connection_);
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO sent_notes (text, name, company, relationship, note_limit, sent_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(QString::fromStdString(p.note.text));
        q.addBindValue(QString::fromStdString(p.note.name));
        q.addBindValue(QString::fromStdString(p.note.company));
        q.addBindValue(QString::fromStdString(p.note.relationship));
        q.addBindValue(p.limit);
        q.addBindValue(QString::fromStdString(p.note.sentAt));
        const bool began = db.transaction();
        if (!began || !q.exec() || !db.commit()) {
            // A full disk fails the COMMIT, not the INSERT: each step is checked.
            const QSqlError e = !began                    ? db.lastError()
                                : q.lastError().isValid() ? q.lastError()
                                                          : db.lastError();
            db.rollback();
            emit problem(QStringLiteral("%1: a copied note could not be recorded in the history "
                                        "(%2); it is kept in memory, the checks count it, and it "
                                        "is recorded with the next Copy")
                             .arg(QDir::toNativeSeparators(path_), describe(failureOf(e), e)));
            return false;
        }
        Row r;
        r.id = q.lastInsertId().toLongLong();
        r.note = p.note;
        rows_.push_back(std::move(r));
        pending_.pop_front();
    }
    refilter();
    emit changed();
    return true;
}

bool HistoryStore::remove(int id) {
    if (!open_)
        return false;
    QSqlDatabase db = QSqlDatabase::database(connection_);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM sent_notes WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        db.rollback();
        return false;
    }
    db.commit();
    rows_.erase(
        std::remove_if(rows_.begin(), rows_.end(), [&](const Row& r) { return r.id == id; }),
        rows_.end());
    if (loading_)
        removedWhileLoading_.push_back(id);
    rebuildIndex();
    refilter();
    emit changed();
    return true;
}

bool HistoryStore::removeAll() {
    if (!open_)
        return false;
    QSqlDatabase db = QSqlDatabase::database(connection_);
    db.transaction();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM sent_notes"))) {
        db.rollback();
        return false;
    }
    db.commit();
    rows_.clear();
    clearedWhileLoading_ = loading_;
    rebuildIndex();
    refilter();
    emit changed();
    return true;
}

void HistoryStore::setSearch(const QString& s) {
    if (s == search_)
        return;
    search_ = s;
    emit searchChanged();
    refilter();
    emit changed();
}

void HistoryStore::refilter() {
    const QString needle = search_.trimmed();
    if (!needle.isEmpty() && total() > kSyncSearchRows) {
        // 200 000 notes took 120-350 ms a keystroke here: SQLite reads them on another thread
        // and the list keeps its rows until the answer comes.
        searchInBackground();
        return;
    }
    ++searchGeneration_; // a search still running answers a question no longer asked
    if (searching_) {
        searching_ = false;
        emit searchingChanged();
    }
    beginResetModel();
    visible_.clear();
    for (auto it = rows_.rbegin(); it != rows_.rend(); ++it) {
        const PastNote& n = it->note;
        if (!needle.isEmpty() &&
            !QString::fromStdString(n.text).contains(needle, Qt::CaseInsensitive) &&
            !QString::fromStdString(n.name).contains(needle, Qt::CaseInsensitive) &&
            !QString::fromStdString(n.company).contains(needle, Qt::CaseInsensitive))
            continue;
        visible_.push_back(&*it);
    }
    endResetModel();
}

namespace {

// The ids of the notes whose text, name or company contains `needle` (ASCII letters in
// any case), newest first; runs on a worker thread with a connection of its own.
std::vector<qint64> searchIds(const QString& path, const QString& needle) {
    std::vector<qint64> ids;
    const QString name =
        QStringLiteral("history-search-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(HistoryStore::kBusyTimeoutMs));
        if (db.open()) {
            QString pattern = needle;
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral(
                "SELECT id FROM sent_notes WHERE text LIKE ? ESCAPE '\\' OR name LIKE ? "
                "ESCAPE '\\' OR company LIKE ? ESCAPE '\\' ORDER BY id DESC"));
            for (int i = 0; i < 3; ++i)
                q.addBindValue(pattern);
            if (q.exec())
                while (q.next())
                    ids.push_back(q.value(0).toLongLong());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ids;
}

} // namespace

void HistoryStore::searchInBackground() {
    ++searchGeneration_;
    if (!searching_) {
        searching_ = true;
        emit searchingChanged();
    }
    if (searchWatcher_ != nullptr)
        return; // one search at a time: the one running starts the next when it ends
    const int generation = searchGeneration_;
    searchWatcher_ = new QFutureWatcher<std::vector<qint64>>(this);
    connect(searchWatcher_, &QFutureWatcherBase::finished, this, [this, generation] {
        const std::vector<qint64> ids = searchWatcher_->result();
        searchWatcher_->deleteLater();
        searchWatcher_ = nullptr;
        if (generation != searchGeneration_) {
            if (searching_)
                searchInBackground(); // typed on meanwhile: ask again, for the latest text
            return;
        }
        searching_ = false;
        emit searchingChanged();
        showIds(ids);
    });
    searchWatcher_->setFuture(QtConcurrent::run(&searchIds, path_, search_.trimmed()));
}

void HistoryStore::showIds(const std::vector<qint64>& ids) {
    beginResetModel();
    visible_.clear();
    for (const qint64 id : ids) {
        // rows_ is in id order: a binary search finds each note.
        const auto it = std::lower_bound(rows_.begin(), rows_.end(), id,
                                         [](const Row& r, qint64 v) { return r.id < v; });
        if (it != rows_.end() && it->id == id)
            visible_.push_back(&*it);
    }
    endResetModel();
    emit changed();
}

int HistoryStore::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant HistoryStore::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count())
        return {};
    const Row& r = *visible_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return r.id;
    case TextRole:
    case Qt::DisplayRole:
        return QString::fromStdString(r.note.text);
    case NameRole:
        return QString::fromStdString(r.note.name);
    case CompanyRole:
        return QString::fromStdString(r.note.company);
    case RelationshipRole:
        return QString::fromStdString(r.note.relationship);
    case SentAtRole:
        return QString::fromStdString(r.note.sentAt);
    case AgeRole:
        return QString::fromStdString(describeAge(r.note.sentAt));
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryStore::roleNames() const {
    return {{IdRole, "noteId"},
            {TextRole, "text"},
            {NameRole, "name"},
            {CompanyRole, "company"},
            {RelationshipRole, "relationship"},
            {SentAtRole, "sentAt"},
            {AgeRole, "age"}};
}

QString HistoryStore::textAt(int row) const {
    return data(index(row), TextRole).toString();
}

QString HistoryStore::exportJson(const QString& path) const {
    QString error;
    // Written a note at a time (history/history_json.hpp): no JSON document of the whole
    // history in memory, which took several hundred MB for 200 000 notes.
    std::ostringstream out;
    writeHistoryJson(out, history_.notes());
    out << '\n';
    writeAtomically(path, QByteArray::fromStdString(out.str()), &error);
    return error;
}

QString HistoryStore::exportCsv(const QString& path) const {
    std::vector<PastNote> notes;
    notes.reserve(rows_.size());
    for (const Row& r : rows_)
        notes.push_back(r.note);
    QString error;
    writeAtomically(path, csvOf(notes), &error);
    return error;
}

QString HistoryStore::exportJsonToDefault() const {
    const QString path = defaultExportPath(QStringLiteral("json"));
    const QString error = exportJson(path);
    return error.isEmpty() ? path : error;
}

QString HistoryStore::exportCsvToDefault() const {
    const QString path = defaultExportPath(QStringLiteral("csv"));
    const QString error = exportCsv(path);
    return error.isEmpty() ? path : error;
}

namespace {

// The export of the database at `database` into `path`, on a worker thread: read (the
// first half of the progress), then written (the second half). Returns "" or one line.
void exportInBackground(QPromise<QString>& promise, const QString& database, bool json,
                        const QString& path) {
    const QString name =
        QStringLiteral("history-export-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::vector<PastNote> notes;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(HistoryStore::kBusyTimeoutMs));
        const bool opened = db.open();
        QSqlQuery count(db);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!opened || !count.exec(QStringLiteral("SELECT COUNT(*) FROM sent_notes")) ||
            !count.next() ||
            !q.exec(QStringLiteral("SELECT text, name, company, relationship, sent_at FROM "
                                   "sent_notes ORDER BY id"))) {
            error = QStringLiteral("%1: cannot read the history to export it")
                        .arg(QDir::toNativeSeparators(database));
        } else {
            const int total = count.value(0).toInt();
            promise.setProgressRange(0, 2 * std::max(total, 1));
            while (q.next() && !promise.isCanceled()) {
                notes.push_back(PastNote{
                    q.value(0).toString().toStdString(), q.value(1).toString().toStdString(),
                    q.value(2).toString().toStdString(), q.value(3).toString().toStdString(),
                    q.value(4).toString().toStdString()});
                if (notes.size() % 1000 == 0)
                    promise.setProgressValue(static_cast<int>(notes.size()));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (error.isEmpty() && !promise.isCanceled()) {
        const auto progress = [&](std::size_t done) {
            promise.setProgressValue(static_cast<int>(notes.size() + done));
            return !promise.isCanceled();
        };
        QByteArray bytes;
        if (json) {
            std::ostringstream out;
            if (writeHistoryJson(out, notes, progress))
                out << '\n';
            bytes = QByteArray::fromStdString(out.str());
        } else {
            bytes = csvOf(notes, progress);
        }
        if (!promise.isCanceled())
            writeAtomically(path, bytes, &error);
    }
    if (promise.isCanceled())
        error = QStringLiteral("the export was cancelled; %1 was not written")
                    .arg(QDir::toNativeSeparators(path));
    promise.addResult(error);
}

} // namespace

bool HistoryStore::startExport(const QString& format, const QString& requested) {
    const bool json = format == QStringLiteral("json");
    if (exporting_ || !open_ || (!json && format != QStringLiteral("csv")))
        return false;
    const QString path = requested.isEmpty() ? defaultExportPath(format) : requested;
    exporting_ = true;
    exportProgress_ = 0.0;
    emit exportingChanged();
    emit exportProgressChanged();
    exportWatcher_ = new QFutureWatcher<QString>(this);
    connect(exportWatcher_, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        const int range = exportWatcher_->progressMaximum();
        exportProgress_ = range > 0 ? static_cast<double>(value) / range : 0.0;
        emit exportProgressChanged();
    });
    connect(exportWatcher_, &QFutureWatcherBase::finished, this, [this, path] {
        // A cancelled computation's result is dropped: say so here.
        const QString error =
            exportWatcher_->isCanceled() || exportWatcher_->future().resultCount() == 0
                ? QStringLiteral("the export was cancelled; %1 was not written")
                      .arg(QDir::toNativeSeparators(path))
                : exportWatcher_->result();
        exportWatcher_->deleteLater();
        exportWatcher_ = nullptr;
        exporting_ = false;
        exportProgress_ = error.isEmpty() ? 1.0 : exportProgress_;
        emit exportProgressChanged();
        emit exportingChanged();
        emit exportFinished(error.isEmpty() ? path : QString(), error);
    });
    exportWatcher_->setFuture(QtConcurrent::run(&exportInBackground, path_, json, path));
    return true;
}

void HistoryStore::cancelExport() {
    if (exportWatcher_ != nullptr)
        exportWatcher_->cancel();
}

} // namespace overture::gui
