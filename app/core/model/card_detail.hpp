// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The typed details of a recipient card: what the card asks, depending on how the
// sender knows the recipient ("Where did you meet?", "Which of their work?", "Which
// group?", "Who introduced you?", "What did you work on together?" ...). Each is a slot
// of its own kind, and an opener names the slots it needs ({event}, {work}, {group} ...),
// so a value is only ever put where a value of its kind belongs.
#pragma once

#include "model/relationship.hpp"

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace overture {

enum class DetailSlot {
    Event,   // where you met or saw them: an event or a place ("the Leeds Data Meetup")
    Work,    // a piece of their work: a talk, post, article, project ("talk at PyCon UK")
    Topic,   // the subject the note is about ("streaming pipelines")
    Group,   // a group you are both in ("the Peak District Runners")
    Mutual,  // who introduced you ("Elena Ruiz")
    Project, // what you worked on, or did business on, together ("the billing rewrite")
    School,  // where you studied together ("the University of Edinburgh")
};

inline constexpr std::array<DetailSlot, 7> kAllDetailSlots = {
    DetailSlot::Event,  DetailSlot::Work,    DetailSlot::Topic, DetailSlot::Group,
    DetailSlot::Mutual, DetailSlot::Project, DetailSlot::School};

// "event", "work", ... : the placeholder an opener writes ({event}) and the settings key.
std::string_view detailSlotId(DetailSlot s);
std::optional<DetailSlot> parseDetailSlot(std::string_view id);

// What the card asks for `relationship`, in the order it asks (the first is the detail
// that relationship rests on: where you met, which group, who introduced you ...);
// with no relationship chosen, only the topic.
std::span<const DetailSlot> detailSlotsFor(std::optional<Relationship> relationship);

} // namespace overture
