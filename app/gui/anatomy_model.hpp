// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The note's anatomy, as a recipient reads it: the parts a good note has, from the
// engine's sentence roles (Report::roles) — how you know them (shared-past), a detail
// about them, why connect (reason), and, optionally, an ask — each present or missing,
// with the words that play it (the first clause of that role) so that a click can
// select them. Empty while the report has no roles: the strip is then left out rather
// than guessed.
#pragma once

#include "model/report.hpp"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <array>

namespace overture::text {
class Utf16Map;
}

namespace overture::gui {

class AnatomyModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The anatomy belongs to a lint session")
    // False when the engine gave no roles (nothing to show).
    Q_PROPERTY(bool available READ available NOTIFY availableChanged FINAL)

public:
    enum Role { PartRole = Qt::UserRole + 1, PresentRole, OptionalRole, StartRole, EndRole };
    // The parts, in the order a recipient looks for them.
    static constexpr std::array<overture::Role, 4> kParts = {
        overture::Role::SharedPast, overture::Role::Detail, overture::Role::Reason,
        overture::Role::Ask};

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool available() const { return available_; }

    // From a lint's report; `map` turns its byte offsets into the editor's UTF-16.
    void setReport(const Report& report, const text::Utf16Map& map);

signals:
    void availableChanged();

private:
    struct Part {
        bool present = false;
        int start = 0;
        int end = 0;
        friend bool operator==(const Part&, const Part&) = default;
    };
    std::array<Part, kParts.size()> parts_{};
    bool available_ = false;
};

} // namespace overture::gui
