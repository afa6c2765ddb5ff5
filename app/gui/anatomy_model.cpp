// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "anatomy_model.hpp"

#include "text/utf8.hpp"

namespace overture::gui {

int AnatomyModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !available_ ? 0 : static_cast<int>(kParts.size());
}

QVariant AnatomyModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto i = static_cast<std::size_t>(index.row());
    const Part& p = parts_.at(i);
    switch (role) {
    case PartRole: {
        const std::string_view id = roleId(kParts.at(i));
        return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
    }
    case PresentRole:
        return p.present;
    case OptionalRole:
        return kParts.at(i) == overture::Role::Ask;
    case StartRole:
        return p.start;
    case EndRole:
        return p.end;
    default:
        return {};
    }
}

QHash<int, QByteArray> AnatomyModel::roleNames() const {
    return {{PartRole, "part"},
            {PresentRole, "present"},
            {OptionalRole, "optional"},
            {StartRole, "start"},
            {EndRole, "end"}};
}

void AnatomyModel::setReport(const Report& report, const text::Utf16Map& map) {
    std::array<Part, kParts.size()> parts{};
    for (std::size_t i = 0; i < kParts.size(); ++i)
        for (const RoleSpan& r : report.roles) // in text order: the first one counts
            if (r.role == kParts.at(i)) {
                parts.at(i) = Part{true, static_cast<int>(map.toUtf16(r.span.begin)),
                                   static_cast<int>(map.toUtf16(r.span.end))};
                break;
            }
    const bool available = !report.roles.empty();
    if (available != available_) {
        beginResetModel();
        available_ = available;
        parts_ = parts;
        endResetModel();
        emit availableChanged();
        return;
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == parts_.at(i))
            continue;
        parts_.at(i) = parts.at(i);
        const QModelIndex at = index(static_cast<int>(i));
        emit dataChanged(at, at);
    }
}

} // namespace overture::gui
