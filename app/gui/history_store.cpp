#include "history_store.hpp"

#include "history/history_json.hpp"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

HistoryStore::HistoryStore(QObject* parent)
    : QAbstractListModel(parent),
      connection_(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
}

HistoryStore::~HistoryStore() {
    if (QSqlDatabase::contains(connection_)) {
        QSqlDatabase::database(connection_, false).close();
        QSqlDatabase::removeDatabase(connection_);
    }
}

namespace {

// SQLite's primary result codes, as Qt's driver reports them (nativeErrorCode()).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
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
        return e.nativeErrorCode().isEmpty()
                   ? QStringLiteral("cannot open the history database")
                   : QStringLiteral("cannot use the history database (SQLite error %1)")
                         .arg(sqliteCode(e));
    }
}

} // namespace

HistoryStore::Failure HistoryStore::openDatabase(const QString& path, QString* error) {
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
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        const Failure f = failureOf(q.lastError());
        *error = describe(f, q.lastError());
        db.close();
        return f;
    }
    if (q.value(0).toString() != QStringLiteral("ok")) {
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

HistoryStore::Failure HistoryStore::tryOpen(const QString& path, QString* error) {
    Failure f = openDatabase(path, error);
    if (f == Failure::None)
        f = migrate(error);
    if (f == Failure::None)
        f = reload(error);
    return f;
}

bool HistoryStore::open(const QString& path) {
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
        f = tryOpen(path, &error);
    }
    bool reported = false;
    if (f == Failure::Corrupt && QFile::exists(path)) {
        if (moveAside(error)) {
            error.clear();
            f = tryOpen(path, &error);
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
}

void HistoryStore::record(const QString& text, const QString& name, const QString& company,
                          const QString& relationship, int limit) {
    if (!open_ || text.trimmed().isEmpty())
        return;
    const QString sentAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlDatabase db = QSqlDatabase::database(connection_);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sent_notes (text, name, company, relationship, note_limit, sent_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    // A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
    auto orEmpty = [](const QString& v) { return v.isNull() ? QStringLiteral("") : v; };
    q.addBindValue(text);
    q.addBindValue(orEmpty(name));
    q.addBindValue(orEmpty(company));
    q.addBindValue(orEmpty(relationship));
    q.addBindValue(limit);
    q.addBindValue(sentAt);
    if (!q.exec() || !db.commit()) {
        // A full disk fails the COMMIT, not the INSERT: both are checked.
        const QSqlError e = q.lastError().isValid() ? q.lastError() : db.lastError();
        db.rollback();
        emit problem(QStringLiteral("%1: the copied note was not recorded in the history: %2")
                         .arg(QDir::toNativeSeparators(path_), describe(failureOf(e), e)));
        return;
    }
    Row r;
    r.id = q.lastInsertId().toLongLong();
    r.note = PastNote{text.toStdString(), name.toStdString(), company.toStdString(),
                      relationship.toStdString(), sentAt.toStdString()};
    history_.add(r.note);
    rows_.push_back(std::move(r));
    refilter();
    emit changed();
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
    rebuildIndex();
    refilter();
    emit changed();
    return true;
}

void HistoryStore::setSearch(const QString& s) {
    if (s == search_)
        return;
    search_ = s;
    refilter();
    emit searchChanged();
    emit changed();
}

void HistoryStore::refilter() {
    beginResetModel();
    visible_.clear();
    const QString needle = search_.trimmed();
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
    QString csv = QStringLiteral("sent_at,name,company,relationship,text\n");
    for (const Row& r : rows_)
        csv += QStringList{csvField(QString::fromStdString(r.note.sentAt)),
                           csvField(QString::fromStdString(r.note.name)),
                           csvField(QString::fromStdString(r.note.company)),
                           csvField(QString::fromStdString(r.note.relationship)),
                           csvField(QString::fromStdString(r.note.text))}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    QString error;
    writeAtomically(path, csv.toUtf8(), &error);
    return error;
}

QString HistoryStore::exportJsonToDefault() const {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("overture-history.json"));
    const QString error = exportJson(path);
    return error.isEmpty() ? path : error;
}

QString HistoryStore::exportCsvToDefault() const {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("overture-history.csv"));
    const QString error = exportCsv(path);
    return error.isEmpty() ? path : error;
}

} // namespace overture::gui
