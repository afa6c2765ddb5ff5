#include "spelling/personal_dictionary.hpp"

#include "data/json_file.hpp"
#include "engine/lint_data.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace overture {

bool writeFileAtomically(const std::filesystem::path& path, const std::string& contents,
                         std::string& error) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    const std::filesystem::path tmp = path.string() + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = path.string() + ": cannot write: " + std::strerror(errno);
        return false;
    }
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = path.string() + ": cannot write: " + std::strerror(errno);
            ::close(fd);
            std::filesystem::remove(tmp, ec);
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || std::rename(tmp.c_str(), path.c_str()) != 0) {
        error = path.string() + ": cannot save: " + std::strerror(errno);
        std::filesystem::remove(tmp, ec);
        return false;
    }
    return true;
}

bool PersonalDictionary::load(std::string& error) {
    words_.clear();
    std::error_code ec;
    if (!std::filesystem::exists(path_, ec))
        return true;
    try {
        words_ = parseWordList(readDataFile(path_, 4U * 1024U * 1024U), path_.string());
        return true;
    } catch (const DataError& e) {
        error = std::string(e.what()) +
                " (the file is left as it is; new words are kept for this session only)";
        writable_ = false;
        return false;
    }
}

bool PersonalDictionary::add(const std::string& word, std::string& error) {
    if (word.empty() || word.size() > 100 || word.find_first_of(" \t\r\n#") != std::string::npos ||
        text::findInvalidUtf8(word)) {
        error = "\"" + word + "\" is not a single word";
        return false;
    }
    if (std::find(words_.begin(), words_.end(), word) != words_.end())
        return true;
    words_.push_back(word);
    if (!writable_) {
        error = path_.string() + " could not be read, so it is not overwritten; \"" + word +
                "\" is kept for this session only";
        return false;
    }
    std::string contents;
    for (const auto& w : words_)
        contents += w + "\n";
    return writeFileAtomically(path_, contents, error);
}

} // namespace overture
