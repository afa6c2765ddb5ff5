// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one convention for recoverable I/O in the engine and its faces: a function that
// reads or writes a person's file returns an IoResult, the value or one line that names
// the file and says what went wrong ("history.json: cannot read: Permission denied").
// Parsers throw DataError inside; the loader that calls them (readHistoryFile,
// PersonalDictionary::load, overture-lint's input) catches it at its boundary and
// returns it as an IoResult, so a caller never needs a try block to stay alive.
#pragma once

#include "data/data_error.hpp"

#include <optional>
#include <string>
#include <utility>

namespace overture {

// The failure half of an IoResult: one line, control characters escaped (DataError::oneLine).
struct IoError {
    std::string message;
};

inline IoError ioError(const std::string& message) {
    return IoError{DataError::oneLine(message)};
}

template <class T> class [[nodiscard]] IoResult {
public:
    IoResult(T value) : value_(std::move(value)) {} // NOLINT(google-explicit-constructor)
    IoResult(IoError error)
        : error_(std::move(error.message)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }
    // The value; only when ok().
    [[nodiscard]] T& value() & { return *value_; }
    [[nodiscard]] const T& value() const& { return *value_; }
    [[nodiscard]] T&& value() && { return std::move(*value_); }
    // The one-line reason; empty when ok().
    [[nodiscard]] const std::string& error() const { return error_; }

private:
    std::optional<T> value_;
    std::string error_;
};

// Success or one line, for operations that return nothing (a save).
template <> class [[nodiscard]] IoResult<void> {
public:
    IoResult() = default;
    IoResult(IoError error) : error_(std::move(error.message)), failed_(true) {} // NOLINT

    [[nodiscard]] bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const std::string& error() const { return error_; }

private:
    std::string error_;
    bool failed_ = false;
};

using IoStatus = IoResult<void>;

} // namespace overture
