// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "findings_model.hpp"

#include "data/rule_docs.hpp"

#include <QHash>
#include <QUrl>

namespace overture::gui {

QUrl FindingsModel::ruleDocUrl(const QString& rule) {
    // Looked up once per rule: a card is redrawn on every keystroke, the page never moves.
    static QHash<QString, QUrl> known;
    if (const auto it = known.constFind(rule); it != known.constEnd())
        return *it;
    QUrl url;
    if (const auto page = ruleDocPath(rule.toStdString()))
        url = QUrl::fromLocalFile(QString::fromStdString(page->string()));
    known.insert(rule, url);
    return url;
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const FindingRow& r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case RuleRole:
        return r.rule;
    case ReasonRole:
        return r.reason;
    case ReasonLabelRole:
        return r.reasonLabel;
    case ReasonGradeRole:
        return r.reasonGrade;
    case SeverityRole:
        return r.severity;
    case StartRole:
        return r.start;
    case EndRole:
        return r.end;
    case MatchRole:
        return r.match;
    case MessageRole:
    case Qt::DisplayRole:
        return r.message;
    case ExplanationRole:
        return r.explanation;
    case ReplacementsRole:
        return r.replacements;
    case DismissKeyRole:
        return r.dismissKey;
    case UnderlinedRole:
        return r.underlined;
    case OccurrencesRole:
        return static_cast<int>(r.ranges.size());
    case CanSuggestRole:
        return r.canSuggest;
    case DocUrlRole:
        return ruleDocUrl(r.rule);
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingsModel::roleNames() const {
    return {
        {RuleRole, "rule"},
        {ReasonRole, "reason"},
        {ReasonLabelRole, "reasonLabel"},
        {ReasonGradeRole, "reasonGrade"},
        {SeverityRole, "severity"},
        {StartRole, "start"},
        {EndRole, "end"},
        {MatchRole, "match"},
        {MessageRole, "message"},
        {ExplanationRole, "explanation"},
        {ReplacementsRole, "replacements"},
        {DismissKeyRole, "dismissKey"},
        {UnderlinedRole, "underlined"},
        {OccurrencesRole, "occurrences"},
        {CanSuggestRole, "canSuggest"},
        {DocUrlRole, "docUrl"},
    };
}

namespace {
// The same finding in two lints: same rule about the same words with the same message
// (its position may have moved).
// A finding about the whole note (no words underlined) is the same while its rule
// fires: its match is the whole note and its message may count ("8 sentences"), and
// both change with every keystroke.
bool sameFinding(const FindingRow& a, const FindingRow& b) {
    if (!a.underlined && !b.underlined)
        return a.rule == b.rule;
    return a.dismissKey == b.dismissKey && a.message == b.message;
}
// The roles of a kept row that differ in the new lint. Only those are announced: a
// delegate told that every role changed gets its fix list anew, and its fix buttons are
// rebuilt under the pointer, so a click between two lints would land on nothing.
QList<int> changedRoles(const FindingRow& a, const FindingRow& b) {
    QList<int> roles;
    if (a.ranges != b.ranges) {
        roles << FindingsModel::StartRole << FindingsModel::EndRole
              << FindingsModel::OccurrencesRole;
    }
    if (a.severity != b.severity)
        roles << FindingsModel::SeverityRole;
    if (a.reasonGrade != b.reasonGrade)
        roles << FindingsModel::ReasonGradeRole;
    if (a.explanation != b.explanation)
        roles << FindingsModel::ExplanationRole;
    if (a.replacements != b.replacements)
        roles << FindingsModel::ReplacementsRole;
    if (a.underlined != b.underlined)
        roles << FindingsModel::UnderlinedRole;
    if (a.canSuggest != b.canSuggest)
        roles << FindingsModel::CanSuggestRole;
    if (a.match != b.match)
        roles << FindingsModel::MatchRole;
    if (a.message != b.message)
        roles << FindingsModel::MessageRole;
    if (a.dismissKey != b.dismissKey)
        roles << FindingsModel::DismissKeyRole;
    if (a.rule != b.rule || a.reason != b.reason || a.reasonLabel != b.reasonLabel ||
        a.reasonOrder != b.reasonOrder) {
        roles << FindingsModel::RuleRole << FindingsModel::ReasonRole
              << FindingsModel::ReasonLabelRole;
    }
    return roles;
}
} // namespace

void FindingsModel::setRows(std::vector<FindingRow> rows) {
    const std::size_t before = rows_.size();
    std::size_t prefix = 0;
    while (prefix < rows.size() && prefix < rows_.size() &&
           sameFinding(rows[prefix], rows_[prefix]))
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < rows.size() - prefix && suffix < rows_.size() - prefix &&
           sameFinding(rows[rows.size() - 1 - suffix], rows_[rows_.size() - 1 - suffix]))
        ++suffix;
    // Rows kept in place whose details changed (moved, regraded).
    auto updateKept = [&](std::size_t oldAt, std::size_t newAt) {
        const QList<int> roles = changedRoles(rows_[oldAt], rows[newAt]);
        rows_[oldAt] = rows[newAt];
        if (roles.isEmpty())
            return;
        const QModelIndex at = index(static_cast<int>(oldAt));
        emit dataChanged(at, at, roles);
    };
    for (std::size_t i = 0; i < prefix; ++i)
        updateKept(i, i);
    for (std::size_t i = 0; i < suffix; ++i)
        updateKept(rows_.size() - 1 - i, rows.size() - 1 - i);
    // The middle: the old rows go, the new ones come.
    const std::size_t oldMiddle = rows_.size() - prefix - suffix;
    const std::size_t newMiddle = rows.size() - prefix - suffix;
    if (oldMiddle > 0) {
        beginRemoveRows({}, static_cast<int>(prefix), static_cast<int>(prefix + oldMiddle - 1));
        rows_.erase(rows_.begin() + static_cast<std::ptrdiff_t>(prefix),
                    rows_.begin() + static_cast<std::ptrdiff_t>(prefix + oldMiddle));
        endRemoveRows();
    }
    if (newMiddle > 0) {
        beginInsertRows({}, static_cast<int>(prefix), static_cast<int>(prefix + newMiddle - 1));
        rows_.insert(rows_.begin() + static_cast<std::ptrdiff_t>(prefix),
                     std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(prefix)),
                     std::make_move_iterator(rows.begin() +
                                             static_cast<std::ptrdiff_t>(prefix + newMiddle)));
        endInsertRows();
    }
    if (rows_.size() != before)
        emit countChanged();
}

int FindingsModel::findAt(int position, const QString& rule) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const FindingRow& r = rows_[i];
        if (!rule.isEmpty() && r.rule != rule)
            continue;
        for (const TextRange& range : r.ranges)
            if (position >= range.start && position <= range.end && range.start < range.end)
                return static_cast<int>(i);
    }
    return -1;
}

int FindingsModel::occurrenceAt(int row, int position) const {
    if (row < 0 || row >= count())
        return 0;
    const auto& ranges = rows_[static_cast<std::size_t>(row)].ranges;
    for (std::size_t i = 0; i < ranges.size(); ++i)
        if (position >= ranges[i].start && position <= ranges[i].end)
            return static_cast<int>(i);
    return 0;
}

int FindingsModel::startOf(int row, int occurrence) const {
    if (row < 0 || row >= count())
        return -1;
    const auto& ranges = rows_[static_cast<std::size_t>(row)].ranges;
    return occurrence >= 0 && occurrence < static_cast<int>(ranges.size())
               ? ranges[static_cast<std::size_t>(occurrence)].start
               : -1;
}

int FindingsModel::endOf(int row, int occurrence) const {
    if (row < 0 || row >= count())
        return -1;
    const auto& ranges = rows_[static_cast<std::size_t>(row)].ranges;
    return occurrence >= 0 && occurrence < static_cast<int>(ranges.size())
               ? ranges[static_cast<std::size_t>(occurrence)].end
               : -1;
}

QString FindingsModel::matchOf(int row) const {
    return row >= 0 && row < count() ? rows_[static_cast<std::size_t>(row)].match : QString();
}

int FindingsModel::underlinedAt(int position) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const FindingRow& r = rows_[i];
        if (!r.underlined)
            continue;
        for (const TextRange& range : r.ranges)
            if (position >= range.start && position < range.end)
                return static_cast<int>(i);
    }
    return -1;
}

QString FindingsModel::messageAt(int position) const {
    const int row = underlinedAt(position);
    return row < 0 ? QString() : rows_[static_cast<std::size_t>(row)].message;
}

QVariantMap FindingsModel::get(int row) const {
    QVariantMap map;
    if (row < 0 || row >= count())
        return map;
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        map.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
    return map;
}

} // namespace overture::gui
