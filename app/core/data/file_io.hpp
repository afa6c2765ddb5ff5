// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reading and writing a person's files without hanging, guessing or losing data: only
// regular files are read (a FIFO with no writer would block for ever, a device never
// ends), sizes are bounded, and every failure is one line naming the file.
#pragma once

#include "data/io_result.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace overture {

enum class Symlinks {
    Follow, // files the program only reads (an input, an export to import)
    Refuse, // files the program also writes: a link would be read through and replaced
};

// The whole of a regular file of at most `maxBytes`. A FIFO, device, socket or folder is
// refused without blocking ("<path>: cannot read: it is a FIFO, not a regular file"), as is a
// symbolic link when `symlinks` is Refuse.
IoResult<std::string> readRegularFile(const std::filesystem::path& path, std::size_t maxBytes,
                                      Symlinks symlinks = Symlinks::Follow);

// The first `bytes` bytes of a regular file (fewer when it is shorter), with the same
// checks: to recognise a file by its header before reading it whole.
IoResult<std::string> readFileStart(const std::filesystem::path& path, std::size_t bytes);

// Everything up to end of file from an open descriptor (standard input, a pipe), at most
// `maxBytes`; `name` is what messages call it ("standard input").
IoResult<std::string> readStream(int fd, const std::string& name, std::size_t maxBytes);

// Writes all of `bytes` to `fd` (retrying short writes and EINTR); "<name>: cannot
// write: No space left on device" when it cannot.
IoStatus writeAll(int fd, std::string_view bytes, const std::string& name);

// "a FIFO", "a folder", ... for a message; empty for a regular file or when unknown.
std::string describeFileType(const std::filesystem::path& path);

} // namespace overture
