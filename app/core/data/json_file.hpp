// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reading JSON data files with errors a person can act on.
#pragma once

#include "data/data_error.hpp"

#include <cstddef>
#include <filesystem>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace overture {

// Data files larger than this are refused rather than parsed (see README, "Limits").
inline constexpr std::size_t kMaxDataFileBytes = 8U * 1024U * 1024U;

// Reads a whole file; throws DataError("<path>: cannot read: <why>") or when too large.
std::string readDataFile(const std::filesystem::path& path,
                         std::size_t maxBytes = kMaxDataFileBytes);

// Parses JSON text; a syntax error becomes DataError("<source>:<line>:<col>: <what>").
nlohmann::json parseJson(std::string_view text, const std::string& source);

// "<source>: <field>: <message>" for a well-formed file whose content is wrong.
DataError fieldError(const std::string& source, const std::string& field,
                     const std::string& message);

// The array of strings at obj[key] (empty when absent); "<source>: <path>.<key>: ..." when not one.
std::vector<std::string> stringListField(const nlohmann::json& obj, const char* key,
                                         const std::string& source, const std::string& path);

// Line and column (1-based) of byte `offset` in `text`.
std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t offset);

} // namespace overture
