// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "spelling/personal_dictionary.hpp"

#include "data/file_io.hpp"
#include "data/word_list.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <thread>
#include <unistd.h>
#include <unordered_set>

namespace overture {

namespace {

std::string reason(int err) {
    return std::strerror(err);
}

// An exclusive flock on the file's folder, released when destroyed. The folder, not the
// file: the file is replaced by a rename on every save, and a lock file of its own would
// be litter in the person's data folder. flock belongs to the open file description, so
// two objects in one process exclude each other as two processes do.
class FolderLock {
public:
    explicit FolderLock(const std::filesystem::path& file) {
        std::filesystem::path folder = file.parent_path();
        if (folder.empty())
            folder = ".";
        std::error_code ec;
        std::filesystem::create_directories(folder, ec);
        const std::string lockPath = folder.string();
        fd_ = ::open(lockPath.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd_ < 0) {
            error_ = lockPath + ": cannot lock: " + reason(errno);
            return;
        }
        // Another program holds it only while it merges and writes (milliseconds): wait up
        // to five seconds, never for ever.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            if ((errno != EWOULDBLOCK && errno != EINTR) ||
                std::chrono::steady_clock::now() > deadline) {
                error_ = lockPath + ": cannot lock: " +
                         (errno == EWOULDBLOCK ? std::string("another program holds it")
                                               : reason(errno));
                ::close(fd_);
                fd_ = -1;
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    ~FolderLock() {
        if (fd_ >= 0)
            ::close(fd_); // releases the lock
    }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    FolderLock(FolderLock&&) = delete;
    FolderLock& operator=(FolderLock&&) = delete;
    [[nodiscard]] bool locked() const { return fd_ >= 0; }
    [[nodiscard]] const std::string& error() const { return error_; }

private:
    int fd_ = -1;
    std::string error_;
};

bool isOneWord(const std::string& word) {
    return !word.empty() && word.size() <= 100 &&
           word.find_first_of(" \t\r\n#") == std::string::npos && !text::findInvalidUtf8(word);
}

} // namespace

IoStatus saveFileAtomically(const std::filesystem::path& requested, const std::string& contents) {
    std::error_code ec;
    // Keep a symbolic link (a dotfiles repository, say): write its target instead.
    std::filesystem::path path = requested;
    if (std::filesystem::is_symlink(requested, ec)) {
        path = std::filesystem::weakly_canonical(requested, ec);
        if (ec)
            return ioError(requested.string() + ": cannot follow the link: " + ec.message());
    }
    std::filesystem::create_directories(path.parent_path(), ec);
    static std::atomic<unsigned> counter{0};
    const std::filesystem::path tmp = path.string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                                      std::to_string(counter.fetch_add(1));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return ioError(path.string() + ": cannot write: " + reason(errno));
    IoStatus written = writeAll(fd, contents, path.string());
    // fsync before rename: otherwise a crash can leave the new name on an empty file.
    if (written && ::fsync(fd) != 0)
        written = ioError(path.string() + ": cannot save: " + reason(errno));
    if (::close(fd) != 0 && written)
        written = ioError(path.string() + ": cannot save: " + reason(errno));
    if (written && std::rename(tmp.c_str(), path.c_str()) != 0)
        written = ioError(path.string() + ": cannot save: " + reason(errno));
    if (!written) {
        std::filesystem::remove(tmp, ec); // the old file is untouched
        return written;
    }
    // Make the rename itself durable.
    if (const int dir = ::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

bool writeFileAtomically(const std::filesystem::path& path, const std::string& contents,
                         std::string& error) {
    const IoStatus saved = saveFileAtomically(path, contents);
    if (!saved)
        error = saved.error();
    return saved.ok();
}

IoResult<std::vector<std::string>> PersonalDictionary::readFromDisk() {
    std::error_code ec;
    if (!std::filesystem::exists(path_, ec)) {
        writable_ = true;
        return std::vector<std::string>{};
    }
    IoResult<std::string> text = readRegularFile(path_, kMaxBytes);
    if (!text) {
        writable_ = false;
        return IoError{text.error()};
    }
    try {
        auto words = parseWordList(text.value(), path_.string());
        writable_ = true;
        return words;
    } catch (const DataError& e) { // the parser throws; this is its loader's boundary
        writable_ = false;
        return ioError(e.what());
    }
}

IoStatus PersonalDictionary::load() {
    auto disk = readFromDisk();
    if (!disk) {
        words_.clear();
        return ioError(disk.error() +
                       " (the file is left as it is; new words are kept for this session only)");
    }
    words_ = std::move(disk).value();
    return {};
}

IoStatus PersonalDictionary::add(const std::string& word) {
    if (!isOneWord(word))
        return ioError("\"" + word + "\" is not a single word");
    if (std::find(words_.begin(), words_.end(), word) == words_.end())
        words_.push_back(word);

    const FolderLock lock(path_);
    if (!lock.locked())
        return ioError(lock.error() + "; \"" + word + "\" is kept for this session only");
    // Under the lock: what other programs saved since we loaded, then our own words.
    auto disk = readFromDisk();
    if (!disk)
        return ioError(disk.error() + "; the file is not overwritten and \"" + word +
                       "\" is kept for this session only");
    std::vector<std::string> merged = std::move(disk).value();
    std::unordered_set<std::string> seen(merged.begin(), merged.end());
    const bool onDisk = seen.contains(word);
    for (const auto& w : words_)
        if (seen.insert(w).second)
            merged.push_back(w);
    words_ = merged;
    if (onDisk)
        return {}; // nothing new to write
    std::string contents;
    for (const auto& w : merged)
        contents += w + "\n";
    if (IoStatus saved = saveFileAtomically(path_, contents); !saved)
        return ioError(saved.error() + "; \"" + word + "\" is kept for this session only");
    return {};
}

bool PersonalDictionary::load(std::string& error) {
    const IoStatus loaded = load();
    if (!loaded)
        error = loaded.error();
    return loaded.ok();
}

bool PersonalDictionary::add(const std::string& word, std::string& error) {
    const IoStatus added = add(word);
    if (!added)
        error = added.error();
    return added.ok();
}

} // namespace overture
