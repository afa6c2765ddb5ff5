// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The relationships a sender can declare on the recipient card; each makes some claims of
// acquaintance honest ("my former colleague" needs worked-together). Their ids are stable
// strings shared by the CLI, the data files and the settings.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace overture {

enum class Relationship {
    MetInPerson,
    WorkedTogether,
    StudiedTogether,
    DidBusiness,
    SharedGroup,
    MutualConnection,
    FollowsTheirWork,
    NeverInteracted,
};

inline constexpr std::array<Relationship, 8> kAllRelationships = {
    Relationship::MetInPerson,      Relationship::WorkedTogether, Relationship::StudiedTogether,
    Relationship::DidBusiness,      Relationship::SharedGroup,    Relationship::MutualConnection,
    Relationship::FollowsTheirWork, Relationship::NeverInteracted};

// "met-in-person", ...
std::string_view relationshipId(Relationship r);
// "We met in person", ... (what the card shows)
std::string_view relationshipLabel(Relationship r);
// Parses an id; nullopt when unknown.
std::optional<Relationship> parseRelationship(std::string_view id);

} // namespace overture
