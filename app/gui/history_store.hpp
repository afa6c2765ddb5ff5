// The notes the person copied, kept in SQLite (Qt SQL, QSQLITE) in their data folder,
// and shown as a searchable list in the History panel. The engine stays Qt-free: this
// store feeds it a NoteHistory (plain C++) for the repeated-note and already-invited
// rules. A schema_version table drives migrations; the journal is WAL; every write is a
// transaction. A database that SQLite's quick_check finds damaged is moved aside, never
// dropped; one that is merely busy (another window writing) is waited for and retried.
#pragma once

#include "history/note_history.hpp"

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace overture::gui {

class HistoryStore : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The history comes from a DraftController")
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY changed FINAL)
    Q_PROPERTY(int total READ total NOTIFY changed FINAL)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TextRole,
        NameRole,
        CompanyRole,
        RelationshipRole,
        SentAtRole,
        AgeRole
    };
    static constexpr int kSchemaVersion = 1;
    // How long one statement waits for another window's write, and how many times
    // opening is tried while the database stays busy.
    static constexpr int kBusyTimeoutMs = 1500;
    static constexpr int kOpenAttempts = 4;
    static constexpr int kRetryDelayMs = 500;

    // Why opening failed: only Corrupt (quick_check failed, not a database) moves the file
    // aside; Busy (another window writing) and Other (permissions...) leave it alone.
    enum class Failure { None, Busy, Corrupt, Other };

    explicit HistoryStore(QObject* parent = nullptr);
    ~HistoryStore() override;
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;
    HistoryStore(HistoryStore&&) = delete;
    HistoryStore& operator=(HistoryStore&&) = delete;

    // Opens (creating or migrating) the database at `path`.
    bool open(const QString& path);
    [[nodiscard]] QString path() const { return path_; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString search() const { return search_; }
    void setSearch(const QString& s);
    [[nodiscard]] int count() const { return static_cast<int>(visible_.size()); }
    [[nodiscard]] int total() const { return static_cast<int>(rows_.size()); }

    // The notes for the linter; null when the history could not be opened.
    [[nodiscard]] const NoteHistory* notes() const { return open_ ? &history_ : nullptr; }

    void record(const QString& text, const QString& name, const QString& company,
                const QString& relationship, int limit);
    Q_INVOKABLE QString textAt(int row) const;
    Q_INVOKABLE bool remove(int id);
    Q_INVOKABLE bool removeAll();
    // Exports all notes; returns "" or a one-line error.
    Q_INVOKABLE QString exportJson(const QString& path) const;
    Q_INVOKABLE QString exportCsv(const QString& path) const;
    Q_INVOKABLE QString
    exportJsonToDefault() const; // into the data folder; returns the path or an error
    Q_INVOKABLE QString exportCsvToDefault() const;

signals:
    void changed();
    void searchChanged();
    void problem(const QString& message);

private:
    struct Row {
        qint64 id = 0;
        PastNote note;
    };
    Failure openDatabase(const QString& path, QString* error);
    Failure migrate(QString* error);
    Failure reload(QString* error);
    Failure tryOpen(const QString& path, QString* error);
    bool moveAside(const QString& why); // false (and reported) when the rename failed
    void rebuildIndex();
    void refilter();

    QString connection_;
    QString path_;
    bool open_ = false;
    std::vector<Row> rows_;           // oldest first
    std::vector<const Row*> visible_; // newest first, filtered
    NoteHistory history_;
    QString search_;
};

} // namespace overture::gui
