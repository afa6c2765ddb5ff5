#include "findings_model.hpp"

namespace overture::gui {

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
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingsModel::roleNames() const {
    return {
        {RuleRole, "rule"},
        {ReasonRole, "reason"},
        {ReasonLabelRole, "reasonLabel"},
        {SeverityRole, "severity"},
        {StartRole, "start"},
        {EndRole, "end"},
        {MatchRole, "match"},
        {MessageRole, "message"},
        {ExplanationRole, "explanation"},
        {ReplacementsRole, "replacements"},
        {DismissKeyRole, "dismissKey"},
        {UnderlinedRole, "underlined"},
    };
}

void FindingsModel::setRows(std::vector<FindingRow> rows) {
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void FindingsModel::followEdit(int position, int removed, int inserted) {
    if (rows_.empty() || (removed == 0 && inserted == 0))
        return;
    const int editEnd = position + removed;
    const int delta = inserted - removed;
    int first = -1;
    int last = -1;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        FindingRow& r = rows_[i];
        if (r.end <= position)
            continue; // before the edit: typing just after a word leaves its wave alone
        if (r.start >= editEnd) {
            r.start += delta; // after the edit: the words moved, the wave moves with them
            r.end += delta;
        } else {
            r.end = r.start; // the edit changed these words: the next lint decides
            r.underlined = false;
        }
        const auto row = static_cast<int>(i);
        first = first < 0 ? row : first;
        last = row;
    }
    if (first >= 0)
        emit dataChanged(index(first), index(last), {StartRole, EndRole, UnderlinedRole});
}

int FindingsModel::findAt(int position, const QString& rule) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const FindingRow& r = rows_[i];
        if ((rule.isEmpty() || r.rule == rule) && position >= r.start && position <= r.end &&
            r.start < r.end)
            return static_cast<int>(i);
    }
    return -1;
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
