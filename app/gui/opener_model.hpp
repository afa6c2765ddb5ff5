// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The opener library as a list model, each opener previewed filled from the recipient
// card with what the card could not fill marked. Browsing shows the openers for one
// relationship (the card's, shown as a removable chip); a search looks through all of
// them, those for the chip's relationship first. The person's own openers are saved to
// openers.json in their data folder, can be edited and deleted, and may be filed under
// several relationships.
#pragma once

#include "choice_model.hpp"
#include "model/recipient.hpp"
#include "openers/opener_library.hpp"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace overture::gui {

class OpenerModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Openers come from a DraftController")
    // A relationship id, or "" for every situation.
    Q_PROPERTY(QString relationshipFilter READ relationshipFilter WRITE setRelationshipFilter NOTIFY
                   filterChanged FINAL)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    // Why the list is empty, in words ("" when it is not).
    Q_PROPERTY(QString emptyReason READ emptyReason NOTIFY countChanged FINAL)
    // The relationships an own opener being saved or edited is filed under (ticked).
    Q_PROPERTY(overture::gui::ChoiceModel* filing READ filing CONSTANT FINAL)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SituationsRole,
        PreviewRole,
        PreviewHtmlRole,
        UnfilledRole,
        NeedsRole,     // the detail slots the card has not filled, e.g. ["event", "topic"]
        NeedsTextRole, // the same in the card's words: "Fill in on the card: where you met"
        OwnRole,
        TextRole,          // the opener as written, with its placeholders
        RelationshipsRole, // the relationship ids it is filed under
        FitsFilterRole,    // filed under the chip's relationship (or under none)
    };

    explicit OpenerModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString relationshipFilter() const { return relationshipFilter_; }
    void setRelationshipFilter(const QString& id);
    [[nodiscard]] QString search() const { return search_; }
    void setSearch(const QString& text);
    [[nodiscard]] int count() const { return static_cast<int>(visible_.size()); }
    [[nodiscard]] QString emptyReason() const;
    [[nodiscard]] ChoiceModel* filing() const { return filing_; }
    // Ticks `relationship` alone (saving a draft), or the relationships of the opener at
    // `row` (editing it).
    Q_INVOKABLE void fileUnderOnly(const QString& relationship);
    Q_INVOKABLE void fileLike(int row);

    // The opener text filled from the card (what Insert puts in the draft).
    Q_INVOKABLE QString filledText(int row) const;
    // Saves `draft` as the person's own opener: the card's values become placeholders
    // again ("Hi Sam" -> "Hi {first_name}"), filed under the relationships ticked in
    // `filing` (none: every relationship). Returns "" or a one-line error.
    Q_INVOKABLE QString saveOwn(const QString& title, const QString& draft);
    // Changes one of the person's own openers (its text as written, with placeholders),
    // filed under the relationships ticked in `filing`.
    Q_INVOKABLE QString editOwn(const QString& id, const QString& title, const QString& text);
    Q_INVOKABLE QString removeOwn(const QString& id);

    void setLibrary(OpenerLibrary shipped, OpenerLibrary own, QString ownPath, bool ownWritable);
    void setCard(const Recipient& card);

signals:
    void filterChanged();
    void countChanged();

private:
    void refresh();
    [[nodiscard]] QString writeOwn();
    [[nodiscard]] static std::vector<Relationship> parseRelationships(const QStringList& ids);

    OpenerLibrary shipped_;
    OpenerLibrary own_;
    OpenerLibrary merged_;
    QString ownPath_;
    bool ownWritable_ = true;
    Recipient card_;
    QString relationshipFilter_;
    QString search_;
    ChoiceModel* filing_;
    struct Row {
        const Opener* opener;
        FilledOpener filled;
        bool fitsFilter;
    };
    std::vector<Row> visible_;
};

} // namespace overture::gui
