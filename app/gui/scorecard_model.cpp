// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scorecard_model.hpp"

namespace overture::gui {

namespace {
QString fromView(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace

int ScorecardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(kReasons.size());
}

QVariant ScorecardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto i = static_cast<std::size_t>(index.row());
    switch (role) {
    case ReasonRole:
        return fromView(reasonId(kReasons.at(i)));
    case LabelRole:
    case Qt::DisplayRole:
        return fromView(reasonLabel(kReasons.at(i)));
    case GradeRole:
        return rows_.at(i).grade;
    case CountRole:
        return rows_.at(i).count;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScorecardModel::roleNames() const {
    return {
        {ReasonRole, "reason"}, {LabelRole, "label"}, {GradeRole, "grade"}, {CountRole, "count"}};
}

void ScorecardModel::setReport(const Report& report) {
    std::array<Row, kReasons.size()> rows{};
    for (std::size_t i = 0; i < kReasons.size(); ++i) {
        const Reason r = kReasons.at(i);
        // The four reasons as gradeReport graded them; spelling by the same measure.
        rows.at(i).grade =
            Lint::toQml(r == Reason::Spelling ? overture::gradeOf(report, r) : report.grade(r));
        for (const Finding& f : report.findings)
            rows.at(i).count += f.reason == r ? 1 : 0;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows.at(i).grade == rows_.at(i).grade && rows.at(i).count == rows_.at(i).count)
            continue;
        rows_.at(i) = rows.at(i);
        const QModelIndex at = index(static_cast<int>(i));
        emit dataChanged(at, at, {GradeRole, CountRole});
    }
}

Lint::Grade ScorecardModel::gradeOf(Reason r) const {
    for (std::size_t i = 0; i < kReasons.size(); ++i)
        if (kReasons.at(i) == r)
            return rows_.at(i).grade;
    return Lint::Ok;
}

} // namespace overture::gui
