// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SIGTERM (a logout, `kill`, systemd stopping the session) and SIGHUP (the terminal
// closed) end Overture the way closing its window does: through QCoreApplication::quit(),
// so everything connected to aboutToQuit runs, among it the draft's last save. Without
// this, the keystrokes of the last second (the save waits for a pause in typing) were lost.
//
// A signal handler may do almost nothing: it writes one byte to a socket pair, and a
// QSocketNotifier on the other end quits from the event loop (the "self-pipe" pattern
// of Qt's documentation, "Calling Qt Functions From Unix Signal Handlers").
#pragma once

#include <QObject>

class QSocketNotifier;

namespace overture::gui {

class QuitSignals : public QObject {
    Q_OBJECT

public:
    // Installs the handlers for SIGTERM and SIGHUP; one instance per process.
    explicit QuitSignals(QObject* parent = nullptr);
    ~QuitSignals() override;
    QuitSignals(const QuitSignals&) = delete;
    QuitSignals& operator=(const QuitSignals&) = delete;
    QuitSignals(QuitSignals&&) = delete;
    QuitSignals& operator=(QuitSignals&&) = delete;

    [[nodiscard]] bool installed() const { return notifier_ != nullptr; }

signals:
    // The signal that arrived (SIGTERM or SIGHUP), just before quit() is called.
    void received(int signal);

private:
    void readSignal();

    QSocketNotifier* notifier_ = nullptr;
};

} // namespace overture::gui
