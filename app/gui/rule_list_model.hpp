// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rules as Settings lists them: each by its name in the language pack (the id is for
// the tooltip), with what it looks for and whether it is on. Turning one off is
// remembered (settings.ini, "rules/disabled") and applies to every draft.
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <set>
#include <string>

namespace overture {
struct LintData;
}

namespace overture::gui {

class UserSettings;

class RuleListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The rules belong to a lint session")
    Q_PROPERTY(int count READ count CONSTANT FINAL)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, SummaryRole, ReasonLabelRole, EnabledRole };

    RuleListModel(UserSettings* settings, std::shared_ptr<const LintData> data, QObject* parent);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

    [[nodiscard]] const std::set<std::string, std::less<>>& disabled() const { return disabled_; }
    // Unknown ids are ignored.
    Q_INVOKABLE void setEnabled(const QString& id, bool enabled);

signals:
    void disabledChanged();

private:
    UserSettings* settings_;
    std::shared_ptr<const LintData> data_; // the rules' names and summaries
    std::set<std::string, std::less<>> disabled_;
};

} // namespace overture::gui
