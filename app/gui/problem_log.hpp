// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The problems the editor met (a broken data file, no dictionary, a draft that could
// not be read or saved), one line each, shown in the banner until the person dismisses
// them: nothing fails silently.
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace overture::gui {

class ProblemLog : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The problem log belongs to a DraftController")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role { MessageRole = Qt::UserRole + 1 };

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(messages_.size()); }
    [[nodiscard]] const QStringList& messages() const { return messages_; }

    // Adds one line; an empty line or one already shown is not added again.
    Q_INVOKABLE void add(const QString& message);
    Q_INVOKABLE void dismiss(int row);

signals:
    void countChanged();

private:
    QStringList messages_;
};

} // namespace overture::gui
