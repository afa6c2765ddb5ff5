// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/output.hpp"

#include "data/file_io.hpp"

namespace overture::cli {

namespace {
constexpr std::size_t kBufferBytes = 64U * 1024U;
}

Output::Output(int fd, std::string name) : fd_(fd), name_(std::move(name)) {}

void Output::write(std::string_view text) {
    if (!status_)
        return;
    buffer_.append(text);
    if (buffer_.size() >= kBufferBytes)
        flushBuffer();
}

void Output::flushBuffer() {
    if (status_ && !buffer_.empty())
        status_ = writeAll(fd_, buffer_, name_);
    buffer_.clear();
}

IoStatus Output::finish() {
    flushBuffer();
    return status_;
}

} // namespace overture::cli
