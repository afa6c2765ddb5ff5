// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The findings of the current draft as a list model for QML: the findings panel
// (grouped by reason through ListView sections) and the underline overlay both read it.
// Offsets are UTF-16 code units, as TextArea positions are.
#pragma once

#include "lint_enums.hpp"

#include <QAbstractListModel>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace overture::gui {

// A range of the draft in UTF-16 code units, half open.
struct TextRange {
    int start = 0;
    int end = 0;
    friend bool operator==(const TextRange&, const TextRange&) = default;
};

// One card of the findings panel: a finding, or several identical ones (the same rule
// and message about the same words, as a long paste may repeat), each underlined.
struct FindingRow {
    QString rule;
    QString reason;      // "indistinguishable", ..., "spelling"
    QString reasonLabel; // "Indistinguishable", ...
    int reasonOrder = 0;
    Lint::Grade reasonGrade = Lint::Ok; // the scorecard's grade of this reason
    Lint::Severity severity = Lint::Warning;
    int start = 0; // the first occurrence
    int end = 0;
    std::vector<TextRange> ranges; // every occurrence, in text order
    QString match;
    QString message;
    QString explanation;
    QStringList replacements;
    QString dismissKey;     // rule + matched text: survives edits elsewhere in the draft
    bool underlined = true; // false for findings about the whole note (no-specifics, no-reason ...)
    // A misspelling whose suggestions have not been asked for (Hunspell takes 20-75 ms a
    // word: only when the person asks, then remembered and shown as fixes).
    bool canSuggest = false;
};

class FindingsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Findings come from a lint session")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        RuleRole = Qt::UserRole + 1,
        ReasonRole,
        ReasonLabelRole,
        ReasonGradeRole,
        SeverityRole,
        StartRole,
        EndRole,
        MatchRole,
        MessageRole,
        ExplanationRole,
        ReplacementsRole,
        DismissKeyRole,
        UnderlinedRole,
        OccurrencesRole,
        CanSuggestRole,
        DocUrlRole, // the rule's reference page (docs/rules/<id>.md), empty when not found
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }
    // The rows of a new lint. Never a model reset: rows that stay keep their delegates
    // (no frame without underlines, no list scrolled back to the top, no focus lost).
    void setRows(std::vector<FindingRow> rows);
    [[nodiscard]] const std::vector<FindingRow>& rows() const { return rows_; }

    // The row of a finding that covers `position` for `rule` ("" for any), or -1.
    Q_INVOKABLE int findAt(int position, const QString& rule = {}) const;
    // The occurrence of `row` that covers `position` (0 when none does), and its bounds.
    Q_INVOKABLE int occurrenceAt(int row, int position) const;
    Q_INVOKABLE int startOf(int row, int occurrence) const;
    Q_INVOKABLE int endOf(int row, int occurrence) const;
    Q_INVOKABLE QString matchOf(int row) const;
    // The row of the underlined finding under `position` (the note's menu), or -1.
    Q_INVOKABLE int underlinedAt(int position) const;
    // The message of the underlined finding under `position`, "" when none: the tooltip.
    Q_INVOKABLE QString messageAt(int position) const;
    Q_INVOKABLE QVariantMap get(int row) const;
    // The "Learn more" page of `rule`: its docs/rules/<id>.md, installed or in the source
    // tree (data/rule_docs.hpp); an empty URL when there is none.
    static QUrl ruleDocUrl(const QString& rule);

signals:
    void countChanged();

private:
    std::vector<FindingRow> rows_;
};

} // namespace overture::gui
