// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Where a rule's reference page (docs/rules/<id>.md: what it looks for, why, examples, how
// to turn it off) is on this machine, for overture-lint --list-rules and the editor's
// "Learn more" link on a finding.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace overture {

// The folder the pages are installed in, under the install prefix (cmake/Packaging.cmake).
inline constexpr const char* kRuleDocsInstallDir = "share/doc/overture/rules";

// The page of rule `id`, first found of:
//   1. <executable>/../share/doc/overture/rules/<id>.md   (an installed copy)
//   2. docs/rules/<id>.md of the source tree the binary was built from
// nullopt when neither exists, or when `id` is not a rule id's shape (lower case, digits
// and hyphens: never a path).
std::optional<std::filesystem::path> ruleDocPath(std::string_view id);

} // namespace overture
