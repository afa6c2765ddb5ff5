// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "quit_signals.hpp"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <array>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace overture::gui {

namespace {

// The socket pair: [0] written by the handler, [1] read by the notifier.
std::array<int, 2> pipeFds = {-1, -1}; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)

void onSignal(int signal) {
    const auto byte = static_cast<char>(signal);
    // write() is async-signal-safe; a full socket only loses a repeat of the same request.
    [[maybe_unused]] const ssize_t n = ::write(pipeFds[0], &byte, 1);
}

} // namespace

QuitSignals::QuitSignals(QObject* parent) : QObject(parent) {
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, pipeFds.data()) != 0)
        return;
    notifier_ = new QSocketNotifier(pipeFds[1], QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, &QuitSignals::readSignal);
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGHUP, &action, nullptr);
}

QuitSignals::~QuitSignals() {
    if (notifier_ == nullptr)
        return;
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    ::close(pipeFds[0]);
    ::close(pipeFds[1]);
    pipeFds = {-1, -1};
}

void QuitSignals::readSignal() {
    char byte = 0;
    while (::read(pipeFds[1], &byte, 1) == 1)
        emit received(static_cast<unsigned char>(byte));
    QCoreApplication::quit();
}

} // namespace overture::gui
