// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rule_list_model.hpp"

#include "rules/lint_data.hpp"
#include "rules/rule_catalog.hpp"
#include "user_settings.hpp"

#include <QStringList>

namespace overture::gui {

namespace {
QString fromView(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace

RuleListModel::RuleListModel(UserSettings* settings, std::shared_ptr<const LintData> data,
                             QObject* parent)
    : QAbstractListModel(parent), settings_(settings), data_(std::move(data)) {
    for (const QString& id : settings_->value(QStringLiteral("rules/disabled")).toStringList())
        if (findRuleInfo(id.toStdString()) != nullptr)
            disabled_.insert(id.toStdString());
}

int RuleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(ruleCatalog().size());
}

QVariant RuleListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RuleInfo& r = ruleCatalog()[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return fromView(r.id);
    case NameRole:
    case Qt::DisplayRole: {
        const std::string& name = data_->ruleText(r.id).name;
        return name.empty() ? fromView(r.id) : QString::fromStdString(name);
    }
    case SummaryRole:
        return QString::fromStdString(data_->ruleText(r.id).summary);
    case ReasonLabelRole:
        return fromView(reasonLabel(r.reason));
    case EnabledRole:
        return !disabled_.contains(r.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> RuleListModel::roleNames() const {
    return {{IdRole, "ruleId"},
            {NameRole, "ruleName"},
            {SummaryRole, "summary"},
            {ReasonLabelRole, "reasonLabel"},
            {EnabledRole, "ruleEnabled"}};
}

void RuleListModel::setEnabled(const QString& id, bool enabled) {
    const std::string key = id.toStdString();
    const auto catalog = ruleCatalog();
    int row = -1;
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (catalog[i].id == key)
            row = static_cast<int>(i);
    if (row < 0 || enabled == !disabled_.contains(key))
        return;
    if (enabled)
        disabled_.erase(key);
    else
        disabled_.insert(key);
    QStringList list;
    for (const auto& d : disabled_)
        list << QString::fromStdString(d);
    settings_->setValue(QStringLiteral("rules/disabled"), list);
    emit dataChanged(index(row), index(row), {EnabledRole});
    emit disabledChanged();
}

} // namespace overture::gui
