// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Standard output with its errors kept: every listing, report and batch result goes
// through one Output, whose finish() says whether all of it was written. A full disk
// (/dev/full), a closed descriptor or a pipe whose reader went away is then exit 2 with
// one line, never exit 0 with nothing written. (std::cout would swallow the error into a
// stream state and lose errno.)
#pragma once

#include "data/io_result.hpp"

#include <string>
#include <string_view>

namespace overture::cli {

class Output {
public:
    explicit Output(int fd = 1, std::string name = "standard output");
    ~Output() = default;
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;
    Output(Output&&) = delete;
    Output& operator=(Output&&) = delete;

    // Buffers `text`; writes the buffer out once it holds 64 KiB. After the first error
    // nothing more is written.
    void write(std::string_view text);
    // Writes what is buffered; the first error of this Output, if any.
    IoStatus finish();

private:
    void flushBuffer();

    int fd_;
    std::string name_;
    std::string buffer_;
    IoStatus status_;
};

} // namespace overture::cli
