// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/recipient.hpp"

namespace overture {

std::string Recipient::firstName() const {
    const auto start = name.find_first_not_of(" \t");
    if (start == std::string::npos)
        return {};
    const auto end = name.find_first_of(" \t", start);
    return name.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string Recipient::field(std::string_view id) const {
    if (id == "name")
        return name;
    if (id == "first-name")
        return firstName();
    if (id == "company")
        return company;
    if (id == "role")
        return role;
    if (id == "context")
        return context;
    if (id == "reason")
        return reason;
    if (const auto slot = parseDetailSlot(id))
        return detail(*slot);
    return {};
}

void Recipient::setDetail(DetailSlot s, std::string value) {
    details.at(static_cast<std::size_t>(s)) = std::move(value);
    context.clear();
    for (const std::string& d : details) {
        if (d.empty())
            continue;
        if (!context.empty())
            context += "; ";
        context += d;
    }
}

bool Recipient::hasDetails() const {
    for (const std::string& d : details)
        if (!d.empty())
            return true;
    return false;
}

} // namespace overture
