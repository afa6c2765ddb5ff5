// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/finding.hpp"

#include <array>

namespace overture {

namespace {
constexpr std::array<std::string_view, 5> kReasonIds = {"indistinguishable", "disingenuous",
                                                        "lacking-creativity", "lazy", "spelling"};
constexpr std::array<std::string_view, 5> kReasonLabels = {
    "Indistinguishable", "Disingenuous", "Lacking creativity", "Lazy", "Spelling"};
constexpr std::array<std::string_view, 3> kSeverityIds = {"hint", "warning", "error"};
} // namespace

std::string_view reasonId(Reason r) {
    return kReasonIds.at(static_cast<std::size_t>(r));
}
std::string_view reasonLabel(Reason r) {
    return kReasonLabels.at(static_cast<std::size_t>(r));
}

std::optional<Reason> parseReason(std::string_view id) {
    for (std::size_t i = 0; i < kReasonIds.size(); ++i)
        if (kReasonIds[i] == id)
            return static_cast<Reason>(i);
    return std::nullopt;
}

std::string_view severityId(Severity s) {
    return kSeverityIds.at(static_cast<std::size_t>(s));
}

std::optional<Severity> parseSeverity(std::string_view id) {
    for (std::size_t i = 0; i < kSeverityIds.size(); ++i)
        if (kSeverityIds[i] == id)
            return static_cast<Severity>(i);
    return std::nullopt;
}

} // namespace overture
