// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "choice_model.hpp"

namespace overture::gui {

ChoiceModel::ChoiceModel(std::vector<Choice> choices, QObject* parent)
    : QAbstractListModel(parent), choices_(std::move(choices)), checked_(choices_.size(), false) {}

int ChoiceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ChoiceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count())
        return {};
    const Choice& c = choices_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ValueRole:
        return c.value;
    case LabelRole:
    case Qt::DisplayRole:
        return c.label;
    case CheckedRole:
        return static_cast<bool>(checked_[static_cast<std::size_t>(index.row())]);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChoiceModel::roleNames() const {
    return {{ValueRole, "value"}, {LabelRole, "label"}, {CheckedRole, "ticked"}};
}

int ChoiceModel::indexOf(const QString& value) const {
    for (std::size_t i = 0; i < choices_.size(); ++i)
        if (choices_[i].value == value)
            return static_cast<int>(i);
    return -1;
}

QString ChoiceModel::valueAt(int row) const {
    return row >= 0 && row < count() ? choices_[static_cast<std::size_t>(row)].value : QString();
}

void ChoiceModel::setChecked(int row, bool checked) {
    if (row < 0 || row >= count() || checked_[static_cast<std::size_t>(row)] == checked)
        return;
    checked_[static_cast<std::size_t>(row)] = checked;
    emit dataChanged(index(row), index(row), {CheckedRole});
}

void ChoiceModel::checkOnly(const QStringList& values) {
    for (int row = 0; row < count(); ++row)
        setChecked(row, values.contains(choices_[static_cast<std::size_t>(row)].value));
}

QStringList ChoiceModel::checkedValues() const {
    QStringList out;
    for (std::size_t i = 0; i < choices_.size(); ++i)
        if (checked_[i])
            out << choices_[i].value;
    return out;
}

QString ChoiceModel::labelOf(const QString& value) const {
    const int row = indexOf(value);
    return row < 0 ? QString() : choices_[static_cast<std::size_t>(row)].label;
}

} // namespace overture::gui
