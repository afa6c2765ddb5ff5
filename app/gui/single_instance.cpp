// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "single_instance.hpp"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>
#include <string_view>

namespace overture::gui {

namespace {

// The reply that tells a later launch its request was taken.
constexpr std::string_view kAccepted = "ok\n";

} // namespace

SingleInstance::SingleInstance(const QString& dataFolder, QObject* parent)
    : QObject(parent),
      runtimeFolder_(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)),
      key_(QString::fromLatin1(QCryptographicHash::hash(QDir(dataFolder).absolutePath().toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(16))) {}

SingleInstance::~SingleInstance() {
    if (server_ != nullptr)
        server_->close(); // removes the socket file
    if (lock_)
        lock_->unlock();
}

QString SingleInstance::lockPath() const {
    return QDir(runtimeFolder_).filePath(QStringLiteral("overture-%1.lock").arg(key_));
}

QString SingleInstance::socketPath() const {
    return QDir(runtimeFolder_).filePath(QStringLiteral("overture-%1.socket").arg(key_));
}

SingleInstance::Role SingleInstance::start(const QString& draftFile) {
    if (runtimeFolder_.isEmpty()) {
        problem_ = QStringLiteral("no private runtime folder (XDG_RUNTIME_DIR): a second "
                                  "Overture on the same files is not prevented");
        return Role::Alone;
    }
    lock_ = std::make_unique<QLockFile>(lockPath());
    // Only a lock whose process is gone is stale, however old: an Overture left open for
    // a week still holds it.
    lock_->setStaleLockTime(0);
    if (lock_->tryLock(0))
        return listen() ? Role::First : Role::Alone;
    if (lock_->error() != QLockFile::LockFailedError) {
        problem_ = QStringLiteral("%1: cannot lock (%2): a second Overture on the same files is "
                                  "not prevented")
                       .arg(QDir::toNativeSeparators(lockPath()),
                            lock_->error() == QLockFile::PermissionError
                                ? QStringLiteral("permission denied")
                                : QStringLiteral("unknown error"));
        lock_.reset();
        return Role::Alone;
    }
    lock_.reset();
    if (forward(draftFile))
        return Role::Forwarded;
    // The lock's owner is alive but does not answer (hung, or stopped with SIGSTOP):
    // opening a second window on its files is what this class exists to prevent.
    problem_ = QStringLiteral("another Overture is running on the same files but does not "
                              "answer (its lock is %1)")
                   .arg(QDir::toNativeSeparators(lockPath()));
    return Role::Unanswered;
}

bool SingleInstance::listen() {
    server_ = new QLocalServer(this);
    server_->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock: a socket file left here belongs to an Overture that died.
    QLocalServer::removeServer(socketPath());
    if (!server_->listen(socketPath())) {
        problem_ = QStringLiteral("%1: cannot listen (%2): a second launch cannot bring this "
                                  "window forward")
                       .arg(QDir::toNativeSeparators(socketPath()), server_->errorString());
        return false;
    }
    connect(server_, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = server_->nextPendingConnection())
            serve(socket);
    });
    return true;
}

void SingleInstance::serve(QLocalSocket* socket) {
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    auto handle = [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > kMaxRequestBytes)
                socket->abort();
            return;
        }
        const QByteArray line = socket->readLine(kMaxRequestBytes);
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        socket->write(kAccepted.data(), static_cast<qint64>(kAccepted.size()));
        socket->flush();
        socket->disconnectFromServer();
        emit activationRequested(request.value(QStringLiteral("draft")).toString());
    };
    connect(socket, &QLocalSocket::readyRead, this, handle);
    handle(); // the line may have arrived with the connection
}

bool SingleInstance::forward(const QString& draftFile) const {
    QJsonObject request;
    if (!draftFile.isEmpty())
        request.insert(QStringLiteral("draft"), QFileInfo(draftFile).absoluteFilePath());
    const QByteArray line = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';

    QElapsedTimer waited;
    waited.start();
    // The first Overture takes the lock before it listens: while it starts, try again.
    while (waited.elapsed() < kAnswerTimeoutMs) {
        QLocalSocket socket;
        socket.connectToServer(socketPath());
        if (!socket.waitForConnected(kAnswerTimeoutMs / 10)) {
            QThread::msleep(100);
            continue;
        }
        socket.write(line);
        if (!socket.waitForBytesWritten(kAnswerTimeoutMs))
            return false;
        QByteArray reply;
        while (!reply.contains('\n') && socket.waitForReadyRead(kAnswerTimeoutMs))
            reply += socket.readAll();
        return reply.toStdString() == kAccepted;
    }
    return false;
}

} // namespace overture::gui
