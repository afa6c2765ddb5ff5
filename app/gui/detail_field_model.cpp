// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "detail_field_model.hpp"

#include "recipient_card.hpp"

namespace overture::gui {

DetailFieldModel::DetailFieldModel(RecipientCard* card) : QAbstractListModel(card), card_(card) {
    const auto asked = detailSlotsFor(card_->recipient().relationship);
    slots_.assign(asked.begin(), asked.end());
}

int DetailFieldModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant DetailFieldModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count())
        return {};
    const DetailSlot slot = slots_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case SlotRole: {
        const std::string_view id = detailSlotId(slot);
        return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
    }
    case ValueRole:
    case Qt::DisplayRole:
        return QString::fromStdString(card_->recipient().detail(slot));
    default:
        return {};
    }
}

QHash<int, QByteArray> DetailFieldModel::roleNames() const {
    return {{SlotRole, "slot"}, {ValueRole, "value"}};
}

void DetailFieldModel::relationshipChanged() {
    const auto asked = detailSlotsFor(card_->recipient().relationship);
    if (std::equal(asked.begin(), asked.end(), slots_.begin(), slots_.end()))
        return;
    const int before = count();
    beginResetModel();
    slots_.assign(asked.begin(), asked.end());
    endResetModel();
    if (before != count())
        emit countChanged();
}

void DetailFieldModel::valueChanged(DetailSlot slot) {
    for (std::size_t i = 0; i < slots_.size(); ++i)
        if (slots_[i] == slot) {
            const QModelIndex at = index(static_cast<int>(i));
            emit dataChanged(at, at, {ValueRole});
        }
}

} // namespace overture::gui
