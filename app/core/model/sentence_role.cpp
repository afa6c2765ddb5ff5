// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/sentence_role.hpp"

namespace overture {

std::string_view roleId(Role r) {
    switch (r) {
    case Role::Greeting:
        return "greeting";
    case Role::SharedPast:
        return "shared-past";
    case Role::Detail:
        return "detail";
    case Role::Reason:
        return "reason";
    case Role::Ask:
        return "ask";
    case Role::Pitch:
        return "pitch";
    case Role::MeetingRequest:
        return "meeting-request";
    case Role::SignOff:
        return "sign-off";
    case Role::Other:
        return "other";
    }
    return "other";
}

std::optional<Role> parseRole(std::string_view id) {
    for (const Role r : kAllRoles)
        if (roleId(r) == id)
            return r;
    return std::nullopt;
}

} // namespace overture
