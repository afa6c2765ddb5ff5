// The notes the person copied, kept in SQLite (Qt SQL, QSQLITE) in their data folder,
// and shown as a searchable list in the History panel. The engine stays Qt-free: this
// store feeds it a NoteHistory (plain C++) for the repeated-note and already-invited
// rules. A schema_version table drives migrations; the journal is WAL; every write is a
// transaction. A database that cannot be opened or read is moved aside, never dropped.
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
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)

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
    bool openDatabase(const QString& path, QString* error);
    bool migrate(QString* error);
    bool reload(QString* error);
    void moveAside(const QString& why);
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
