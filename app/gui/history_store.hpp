// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The notes the person copied, kept in SQLite (Qt SQL, QSQLITE) in their data folder,
// and shown as a searchable list in the History panel. The engine stays Qt-free: this
// store feeds it a NoteHistory (plain C++) for the repeated-note and already-invited
// rules. A schema_version table drives migrations; the journal is WAL; every write is a
// transaction. A database that SQLite's quick_check finds damaged is moved aside, never
// dropped; one that is merely busy (another window writing) is waited for and retried.
#pragma once

#include "history/note_history.hpp"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <deque>
#include <vector>

namespace overture::gui {

class HistoryStore : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The history comes from a DraftController")
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY changed FINAL)
    Q_PROPERTY(int total READ total NOTIFY changed FINAL)
    // True while the notes are read in the background (openInBackground) or a search of a
    // long history runs; the list shows what it has meanwhile.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged FINAL)
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged FINAL)
    // An export running in the background: its progress from 0 to 1.
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportingChanged FINAL)
    Q_PROPERTY(double exportProgress READ exportProgress NOTIFY exportProgressChanged FINAL)

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

    // Opens (creating or migrating) the database at `path` and reads every note.
    bool open(const QString& path);
    // The same, but the notes are read (and the checks' index built) on another thread:
    // 200 000 notes took 3 s before the first frame. The list and the checks fill in when
    // they arrive (changed()); notes copied meanwhile are kept.
    bool openInBackground(const QString& path);
    [[nodiscard]] bool loading() const { return loading_; }
    [[nodiscard]] bool searching() const { return searching_; }
    [[nodiscard]] bool exporting() const { return exporting_; }
    [[nodiscard]] double exportProgress() const { return exportProgress_; }
    // Histories longer than this are searched by SQLite on another thread.
    static constexpr int kSyncSearchRows = 2000;
    // A history file smaller than this (about 5 000 notes) is read at once, as open()
    // does: a few milliseconds, and the checks are complete from the first keystroke.
    static constexpr qint64 kBackgroundLoadBytes = qint64{1024} * 1024;
    // For tests: read in the background from this size on.
    void setBackgroundLoadBytes(qint64 bytes) { backgroundLoadBytes_ = bytes; }
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
    // Exports on another thread ("json" or "csv", into `path`, or the documents folder when
    // `path` is empty), with exportProgressChanged() along the way and exportFinished() at
    // the end; false when an export is already running.
    Q_INVOKABLE bool startExport(const QString& format, const QString& requested = {});
    Q_INVOKABLE void cancelExport();

signals:
    void changed();
    void searchChanged();
    void problem(const QString& message);
    void loadingChanged();
    void searchingChanged();
    void exportingChanged();
    void exportProgressChanged();
    // `path` written, or `error` (one line) when it was not.
    void exportFinished(const QString& path, const QString& error);

private:
    struct Row {
        qint64 id = 0;
        PastNote note;
    };
    // A copied note not yet in the database (a full disk refused it): kept, and written
    // before the next one.
    struct Pending {
        PastNote note;
        int limit = 0;
    };
    bool writePending();
    struct Loaded {
        std::vector<Row> rows;
        NoteHistory history;
        QString error;
        bool corrupt = false; // quick_check failed: the file is moved aside
    };
    // Reads every note through a connection of the calling thread's own.
    static Loaded readAll(const QString& path);
    void loaded(Loaded result);
    void searchInBackground();
    void showIds(const std::vector<qint64>& ids);
    // `check`: run quick_check (reads the whole file) before saying it opened.
    Failure openDatabase(const QString& path, bool check, QString* error);
    Failure migrate(QString* error);
    Failure reload(QString* error);
    Failure tryOpen(const QString& path, bool readRows, QString* error);
    bool openWith(const QString& path, bool readRows);
    bool moveAside(const QString& why); // false (and reported) when the rename failed
    void rebuildIndex();
    void refilter();

    QString connection_;
    QString path_;
    bool open_ = false;
    std::vector<Row> rows_;           // oldest first
    std::deque<Pending> pending_;     // copied, not yet written
    std::vector<const Row*> visible_; // newest first, filtered
    NoteHistory history_;
    QString search_;
    qint64 backgroundLoadBytes_ = kBackgroundLoadBytes;
    bool loading_ = false;
    bool searching_ = false;
    int searchGeneration_ = 0;
    bool exporting_ = false;
    double exportProgress_ = 0.0;
    QFutureWatcher<QString>* exportWatcher_ = nullptr;
    QFutureWatcher<Loaded>* loadWatcher_ = nullptr;
    QFutureWatcher<std::vector<qint64>>* searchWatcher_ = nullptr;
    bool clearedWhileLoading_ = false;
    std::vector<qint64> removedWhileLoading_;
};

} // namespace overture::gui
