// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "problem_log.hpp"

namespace overture::gui {

int ProblemLog::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ProblemLog::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count())
        return {};
    if (role == MessageRole || role == Qt::DisplayRole)
        return messages_.at(index.row());
    return {};
}

QHash<int, QByteArray> ProblemLog::roleNames() const {
    return {{MessageRole, "message"}};
}

void ProblemLog::add(const QString& message) {
    if (message.isEmpty() || messages_.contains(message))
        return;
    beginInsertRows({}, count(), count());
    messages_ << message;
    endInsertRows();
    emit countChanged();
}

void ProblemLog::dismiss(int row) {
    if (row < 0 || row >= count())
        return;
    beginRemoveRows({}, row, row);
    messages_.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

} // namespace overture::gui
