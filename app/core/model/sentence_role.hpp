// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a recipient reads each sentence (or clause) of a note for: its role. The ids are
// stable (the JSON report, the editor's anatomy strip and tests rely on them).
#pragma once

#include "model/finding.hpp"
#include "model/relationship.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace overture {

enum class Role {
    Greeting,       // "Hi Ana,"
    SharedPast,     // a claim of how the two know each other (carries what it implies)
    Detail,         // something specific to this person: their talk, post, project, an event
    Reason,         // why connect
    Ask,            // a question or an invitation to reply
    Pitch,          // selling
    MeetingRequest, // a call, a coffee, a meeting
    SignOff,        // "Best, Sam"
    Other,
};

inline constexpr std::array<Role, 9> kAllRoles = {
    Role::Greeting, Role::SharedPast,     Role::Detail,  Role::Reason, Role::Ask,
    Role::Pitch,    Role::MeetingRequest, Role::SignOff, Role::Other};

std::string_view roleId(Role r); // "greeting", "shared-past", ...
std::optional<Role> parseRole(std::string_view id);

// One role found in a note: the clause that plays it (UTF-8 bytes, like a finding's span)
// and, for a shared-past claim, the relationships that would make the claim honest
// (empty for other roles). A clause can play more than one part ("great meeting you at
// PyCon" is a shared past and a detail), so two entries may share a span.
struct RoleSpan {
    Role role = Role::Other;
    Span span;
    std::vector<Relationship> implies;
};

} // namespace overture
