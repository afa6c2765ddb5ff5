// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A fixed list of choices for a ComboBox (the relationships, the spelling languages):
// a value the controller understands and a label the person reads. A model with named
// roles instead of a JavaScript array, so the bindings that read it are typed.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <utility>
#include <vector>

namespace overture::gui {

class ChoiceModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Choices come from the controller")
    Q_PROPERTY(int count READ count CONSTANT FINAL)

public:
    enum Role { ValueRole = Qt::UserRole + 1, LabelRole, CheckedRole };
    struct Choice {
        QString value;
        QString label;
    };

    ChoiceModel(std::vector<Choice> choices, QObject* parent);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(choices_.size()); }

    // The row holding `value`, or -1: a ComboBox's currentIndex, computed in C++ so that
    // it is right the first time the box is shown (indexOfValue() is -1 until the box
    // has built its delegates).
    Q_INVOKABLE int indexOf(const QString& value) const;
    Q_INVOKABLE QString valueAt(int row) const;
    Q_INVOKABLE QString labelOf(const QString& value) const;
    // Choices that can be ticked (the relationships an opener is filed under).
    Q_INVOKABLE void setChecked(int row, bool checked);
    void checkOnly(const QStringList& values);
    [[nodiscard]] QStringList checkedValues() const;

private:
    std::vector<Choice> choices_;
    std::vector<bool> checked_;
};

} // namespace overture::gui
