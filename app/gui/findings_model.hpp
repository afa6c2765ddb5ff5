// The findings of the current draft as a list model for QML: the findings panel
// (grouped by reason through ListView sections) and the underline overlay both read it.
// Offsets are UTF-16 code units, as TextArea positions are.
#pragma once

#include "lint_enums.hpp"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace overture::gui {

struct FindingRow {
    QString rule;
    QString reason;      // "indistinguishable", ..., "spelling"
    QString reasonLabel; // "Indistinguishable", ...
    int reasonOrder = 0;
    Lint::Grade reasonGrade = Lint::Ok; // the scorecard's grade of this reason
    Lint::Severity severity = Lint::Warning;
    int start = 0;
    int end = 0;
    QString match;
    QString message;
    QString explanation;
    QStringList replacements;
    QString dismissKey;     // rule + matched text: survives edits elsewhere in the draft
    bool underlined = true; // false for findings about the whole note (no-specifics, no-reason ...)
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
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }
    void setRows(std::vector<FindingRow> rows);
    // Moves the ranges along with an edit of the text until the next lint replaces them:
    // `removed` UTF-16 units at `position` became `inserted` ones. Ranges after the edit
    // shift, ranges before it stay; a range the edit touches is no longer known, so it
    // is not underlined until the lint comes back.
    void followEdit(int position, int removed, int inserted);
    [[nodiscard]] const std::vector<FindingRow>& rows() const { return rows_; }

    // The row of a finding that covers `position` for `rule` ("" for any), or -1.
    Q_INVOKABLE int findAt(int position, const QString& rule = {}) const;
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    std::vector<FindingRow> rows_;
};

} // namespace overture::gui
