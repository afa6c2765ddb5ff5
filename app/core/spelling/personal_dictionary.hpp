// The person's own dictionary: one word per line in their data folder. Words are added
// from the editor's "Add to dictionary" and saved at once, atomically (a temporary file
// renamed over the old one). A file that fails to load is never written to again in
// this run: the person's words stay on disk as they were.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace overture {

class PersonalDictionary {
public:
    explicit PersonalDictionary(std::filesystem::path path) : path_(std::move(path)) {}

    // A missing file is an empty dictionary. Returns false and sets `error` (one line
    // naming the file and line) when the file is unreadable or malformed.
    bool load(std::string& error);
    // Adds and saves. Returns false with `error` when the word is not one word or the
    // file cannot be written (or was broken on load, so it is left alone).
    bool add(const std::string& word, std::string& error);

    [[nodiscard]] const std::vector<std::string>& words() const { return words_; }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] bool writable() const { return writable_; }

private:
    std::filesystem::path path_;
    std::vector<std::string> words_;
    bool writable_ = true;
};

// Writes `contents` to `path` through a temporary file in the same folder, flushed and
// renamed, so a crash leaves either the old file or the new one, never half of one.
bool writeFileAtomically(const std::filesystem::path& path, const std::string& contents,
                         std::string& error);

} // namespace overture
