// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/card_detail.hpp"

namespace overture {

std::string_view detailSlotId(DetailSlot s) {
    switch (s) {
    case DetailSlot::Event:
        return "event";
    case DetailSlot::Work:
        return "work";
    case DetailSlot::Topic:
        return "topic";
    case DetailSlot::Group:
        return "group";
    case DetailSlot::Mutual:
        return "mutual";
    case DetailSlot::Project:
        return "project";
    case DetailSlot::School:
        return "school";
    }
    return "topic";
}

std::optional<DetailSlot> parseDetailSlot(std::string_view id) {
    for (const DetailSlot s : kAllDetailSlots)
        if (detailSlotId(s) == id)
            return s;
    return std::nullopt;
}

std::span<const DetailSlot> detailSlotsFor(std::optional<Relationship> relationship) {
    using enum DetailSlot;
    static constexpr std::array<DetailSlot, 2> kMet = {Event, Topic};
    static constexpr std::array<DetailSlot, 2> kWorked = {Project, Topic};
    static constexpr std::array<DetailSlot, 2> kStudied = {School, Topic};
    static constexpr std::array<DetailSlot, 2> kGroup = {Group, Topic};
    static constexpr std::array<DetailSlot, 2> kMutual = {Mutual, Topic};
    static constexpr std::array<DetailSlot, 2> kTheirWork = {Work, Topic};
    static constexpr std::array<DetailSlot, 1> kNone = {Topic};
    if (!relationship)
        return kNone;
    switch (*relationship) {
    case Relationship::MetInPerson:
        return kMet;
    case Relationship::WorkedTogether:
    case Relationship::DidBusiness:
        return kWorked;
    case Relationship::StudiedTogether:
        return kStudied;
    case Relationship::SharedGroup:
        return kGroup;
    case Relationship::MutualConnection:
        return kMutual;
    case Relationship::FollowsTheirWork:
    case Relationship::NeverInteracted:
        return kTheirWork;
    }
    return kNone;
}

} // namespace overture
