// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The report as JSON, as overture-lint --format json prints it for scripts: offsets in
// UTF-16 code units (what JavaScript, QString and LSP use), "match" the covered text.
#pragma once

#include "model/report.hpp"

#include <nlohmann/json_fwd.hpp>
#include <string_view>

namespace overture {

nlohmann::json reportToJson(const Report& report, std::string_view text);

} // namespace overture
