// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/file_io.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace overture {

namespace {

std::string typeName(mode_t mode) {
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISLNK(mode))
        return "a symbolic link";
    return {};
}

std::string mib(std::size_t bytes) {
    return std::to_string(bytes / (1024U * 1024U)) + " MiB";
}

// Reads to end of file, refusing more than maxBytes; the descriptor stays open.
IoResult<std::string> readAllFrom(int fd, const std::string& name, std::size_t maxBytes) {
    std::string out;
    char chunk[65536];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EBADF)
                return ioError(name + ": cannot read: it is closed");
            return ioError(name + ": cannot read: " + std::strerror(errno));
        }
        if (n == 0)
            return out;
        if (out.size() + static_cast<std::size_t>(n) > maxBytes)
            return ioError(name + ": input is over " + mib(maxBytes));
        out.append(chunk, static_cast<std::size_t>(n));
    }
}

} // namespace

std::string describeFileType(const std::filesystem::path& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0)
        return {};
    return typeName(st.st_mode);
}

namespace {

// Opens a regular file for reading without blocking on a FIFO; the descriptor, or -1
// with `error` set.
int openRegular(const std::filesystem::path& path, Symlinks symlinks, std::string& error,
                struct stat& st) {
    const std::string name = path.string();
    if (name.empty()) {
        error = "a file name is empty";
        return -1;
    }
    // O_NONBLOCK: opening a FIFO that nobody writes to returns at once instead of waiting;
    // the fstat below then refuses it.
    int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
    if (symlinks == Symlinks::Refuse)
        flags |= O_NOFOLLOW;
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) {
        error = errno == ELOOP && symlinks == Symlinks::Refuse
                    ? name + ": cannot read: it is a symbolic link (it is neither read nor "
                             "replaced)"
                    : name + ": cannot read: " + std::strerror(errno);
        return -1;
    }
    if (::fstat(fd, &st) != 0) {
        error = name + ": cannot read: " + std::strerror(errno);
        ::close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        error = name + ": cannot read: it is " + typeName(st.st_mode) + ", not a regular file";
        ::close(fd);
        return -1;
    }
    // A regular file never blocks; the flag only mattered for open().
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

} // namespace

IoResult<std::string> readFileStart(const std::filesystem::path& path, std::size_t bytes) {
    std::string error;
    struct stat st {};
    const int fd = openRegular(path, Symlinks::Follow, error, st);
    if (fd < 0)
        return ioError(error);
    std::string out(bytes, '\0');
    std::size_t got = 0;
    while (got < bytes) {
        const ssize_t n = ::read(fd, out.data() + got, bytes - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            error = path.string() + ": cannot read: " + std::strerror(errno);
            ::close(fd);
            return ioError(error);
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    out.resize(got);
    return out;
}

IoResult<std::string> readRegularFile(const std::filesystem::path& path, std::size_t maxBytes,
                                      Symlinks symlinks) {
    const std::string name = path.string();
    std::string error;
    struct stat st {};
    const int fd = openRegular(path, symlinks, error, st);
    if (fd < 0)
        return ioError(error);
    if (static_cast<std::uint64_t>(st.st_size) > maxBytes) {
        ::close(fd);
        return ioError(name + ": file is " + std::to_string(st.st_size) + " bytes; the limit is " +
                       std::to_string(maxBytes) + " (" + mib(maxBytes) + ")");
    }
    IoResult<std::string> result = readAllFrom(fd, name, maxBytes);
    ::close(fd);
    return result;
}

IoResult<std::string> readStream(int fd, const std::string& name, std::size_t maxBytes) {
    if (::fcntl(fd, F_GETFD) < 0)
        return ioError(name + " is closed");
    return readAllFrom(fd, name, maxBytes);
}

IoStatus writeAll(int fd, std::string_view bytes, const std::string& name) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return ioError(name + ": cannot write: " + std::strerror(errno));
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return {};
}

} // namespace overture
