// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One Overture per person (per data folder). Two windows on the same files raced: the
// last to close won the draft, each window's history missed the other's notes, and one
// said "Ready to send" for a note the other had just copied. So the first Overture holds
// a lock file and listens on a local socket in the runtime folder ($XDG_RUNTIME_DIR,
// private to the user); a second launch finds the lock held, asks the first to come
// forward (and to open its --draft file, if it was given one) and exits with status 0.
//
// The names carry a hash of the data folder, so a test or a person with another
// XDG_DATA_HOME is another "person" and gets a window of their own. The lock is a
// QLockFile: one left by a process that died (SIGKILL, a crash) is stale and taken over.
#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace overture::gui {

class SingleInstance : public QObject {
    Q_OBJECT

public:
    // `dataFolder`: the person's data folder, which the instance guards.
    explicit SingleInstance(const QString& dataFolder, QObject* parent = nullptr);
    ~SingleInstance() override;
    SingleInstance(const SingleInstance&) = delete;
    SingleInstance& operator=(const SingleInstance&) = delete;
    SingleInstance(SingleInstance&&) = delete;
    SingleInstance& operator=(SingleInstance&&) = delete;

    enum class Role {
        First,      // this process is the one Overture: it listens for later launches
        Forwarded,  // another Overture runs and took the request: exit with status 0
        Alone,      // no lock or socket could be used: run anyway, unguarded (see `problem`)
        Unanswered, // another Overture holds the lock but did not answer (see `problem`)
    };
    // Becomes the one Overture, or hands `draftFile` (may be empty) to the one that runs.
    // The first Overture may still be starting: its socket is waited for, a few seconds.
    Role start(const QString& draftFile);
    // One line when start() returned Alone or Unanswered.
    [[nodiscard]] const QString& problem() const { return problem_; }

    [[nodiscard]] QString lockPath() const;
    [[nodiscard]] QString socketPath() const;

    // How long a second launch waits for the first to listen and to answer.
    static constexpr int kAnswerTimeoutMs = 5000;
    // A request is one short line; anything longer is not from Overture.
    static constexpr qint64 kMaxRequestBytes = qint64{64} * 1024;

signals:
    // A later launch asked for the window; `draftFile` is its --draft file (absolute), or
    // empty.
    void activationRequested(const QString& draftFile);

private:
    bool listen();
    void serve(QLocalSocket* socket);
    [[nodiscard]] bool forward(const QString& draftFile) const;

    QString runtimeFolder_;
    QString key_;
    std::unique_ptr<QLockFile> lock_;
    QLocalServer* server_ = nullptr;
    QString problem_;
};

} // namespace overture::gui
