// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The person's own dictionary: one word per line in their data folder. Words are added
// from the editor's "Add to dictionary" and saved at once, atomically (a temporary file
// renamed over the old one).
//
// Several programs may add words to the same file: two editor windows, overture-lint
// runs, a text editor. So a save takes an advisory lock (flock on the file's folder), reads
// the file again and merges its words with this object's before writing: a word that
// another program added since this one loaded the file is never lost. A file that cannot
// be parsed is never written: the person's words stay on disk as they were.
#pragma once

#include "data/io_result.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace overture {

class PersonalDictionary {
public:
    // Larger files are refused (see README, "Limits").
    static constexpr std::size_t kMaxBytes = 4U * 1024U * 1024U;

    explicit PersonalDictionary(std::filesystem::path path) : path_(std::move(path)) {}

    // A missing file is an empty dictionary. Fails with one line naming the file and line
    // when the file is unreadable or malformed (it is then left alone by add()).
    IoStatus load();
    // Adds `word` and saves, merged with what is on disk now (see above). Fails when the
    // word is not one word, or the file cannot be written or parsed; the word is then
    // still accepted for this session.
    IoStatus add(const std::string& word);

    // The same, for callers that take a message string (returns false and sets `error`).
    bool load(std::string& error);
    bool add(const std::string& word, std::string& error);

    [[nodiscard]] const std::vector<std::string>& words() const { return words_; }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    // False after a load that failed: the file is not written until it parses again.
    [[nodiscard]] bool writable() const { return writable_; }

private:
    // Words on disk now; a missing file is empty. Sets writable_.
    IoResult<std::vector<std::string>> readFromDisk();

    std::filesystem::path path_;
    std::vector<std::string> words_;
    bool writable_ = true;
};

// Writes `contents` to `path` through a temporary file in the same folder, written
// whole, flushed and renamed, so a crash or a full disk leaves either the old file or
// the new one, never half of one. A symbolic link at `path` is kept: its target is
// replaced.
IoStatus saveFileAtomically(const std::filesystem::path& path, const std::string& contents);
// The same, for callers that take a message string.
bool writeFileAtomically(const std::filesystem::path& path, const std::string& contents,
                         std::string& error);

} // namespace overture
