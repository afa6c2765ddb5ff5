// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/relationship.hpp"

namespace overture {

namespace {
struct RelationshipInfo {
    Relationship value;
    std::string_view id;
    std::string_view label;
};

constexpr std::array<RelationshipInfo, 8> kInfo = {{
    {Relationship::MetInPerson, "met-in-person", "We met in person"},
    {Relationship::WorkedTogether, "worked-together", "We worked together"},
    {Relationship::StudiedTogether, "studied-together", "We studied together"},
    {Relationship::DidBusiness, "did-business", "We've done business together"},
    {Relationship::SharedGroup, "shared-group", "We're in the same group"},
    {Relationship::MutualConnection, "mutual-connection", "We have a mutual connection"},
    {Relationship::FollowsTheirWork, "follows-their-work", "I follow their work"},
    {Relationship::NeverInteracted, "never-interacted", "We've never interacted"},
}};
} // namespace

std::string_view relationshipId(Relationship r) {
    return kInfo.at(static_cast<std::size_t>(r)).id;
}

std::string_view relationshipLabel(Relationship r) {
    return kInfo.at(static_cast<std::size_t>(r)).label;
}

std::optional<Relationship> parseRelationship(std::string_view id) {
    for (const auto& info : kInfo)
        if (info.id == id)
            return info.value;
    return std::nullopt;
}

} // namespace overture
