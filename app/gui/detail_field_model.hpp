// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The typed detail fields the recipient card shows for the chosen relationship ("Where
// did you meet?" and "What did you talk about?" for met-in-person, "Which group?" for a
// shared group ...): one row per slot the card asks (model/card_detail.hpp), with its
// value. The questions themselves are the QML's words (qsTr), by slot id.
#pragma once

#include "model/card_detail.hpp"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace overture::gui {

class RecipientCard;

class DetailFieldModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The detail fields belong to a RecipientCard")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role { SlotRole = Qt::UserRole + 1, ValueRole };

    explicit DetailFieldModel(RecipientCard* card);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(slots_.size()); }

    // The card's relationship changed: other questions (a full reset: other fields).
    void relationshipChanged();
    // One value changed (typed into its field): only that row is told, so the field
    // being typed into is never rebuilt under the cursor.
    void valueChanged(DetailSlot slot);

signals:
    void countChanged();

private:
    RecipientCard* card_;
    std::vector<DetailSlot> slots_;
};

} // namespace overture::gui
