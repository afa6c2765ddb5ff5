// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The scorecard: the four reasons a recipient declines a note, and spelling, each with
// its grade and the number of findings behind it, as the engine graded the report.
#pragma once

#include "lint_enums.hpp"
#include "model/report.hpp"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <array>

namespace overture::gui {

class ScorecardModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The scorecard belongs to a lint session")

public:
    enum Role { ReasonRole = Qt::UserRole + 1, LabelRole, GradeRole, CountRole };
    static constexpr std::array<Reason, 5> kReasons = {
        Reason::Indistinguishable, Reason::Disingenuous, Reason::LackingCreativity, Reason::Lazy,
        Reason::Spelling};

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Takes the grades and counts from a graded report (dismissed findings already out).
    void setReport(const Report& report);
    [[nodiscard]] Lint::Grade gradeOf(Reason r) const;

private:
    struct Row {
        Lint::Grade grade = Lint::Ok;
        int count = 0;
    };
    std::array<Row, kReasons.size()> rows_{};
};

} // namespace overture::gui
