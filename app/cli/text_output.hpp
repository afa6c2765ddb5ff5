// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The report as a person reads it in a terminal, like a compiler's diagnostics:
//   note.txt:1:5: error: LinkedIn's stock invitation text [default-text]
//       fix: ...
#pragma once

#include "model/report.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace overture::cli {

void printTextReport(std::ostream& out, const Report& report, std::string_view text,
                     const std::string& inputName);

// --explain: each sentence or clause with the roles a recipient reads in it, in text order
//   roles:
//     1:1   greeting                       Hi Marta,
//     1:11  shared-past (worked-together)  it was such a pleasure working with you ...
void printRoles(std::ostream& out, const Report& report, std::string_view text);

} // namespace overture::cli
