// The opener library as a list model: filtered by relationship and a search text,
// each opener previewed filled from the recipient card, with unfilled placeholders
// marked. The person's own openers are saved to openers.json in their data folder.
#pragma once

#include "model/recipient.hpp"
#include "openers/opener_library.hpp"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <vector>

namespace overture::gui {

class OpenerModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Openers come from a DraftController")
    Q_PROPERTY(QString relationshipFilter READ relationshipFilter WRITE setRelationshipFilter NOTIFY
                   filterChanged FINAL)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SituationsRole,
        PreviewRole,
        PreviewHtmlRole,
        UnfilledRole,
        OwnRole
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

    // The opener text filled from the card (what Insert puts in the draft).
    Q_INVOKABLE QString filledText(int row) const;
    // Saves `text` as the person's own opener; returns "" or a one-line error.
    Q_INVOKABLE QString saveOwn(const QString& title, const QString& text);
    Q_INVOKABLE QString removeOwn(const QString& id);

    void setLibrary(OpenerLibrary shipped, OpenerLibrary own, QString ownPath, bool ownWritable);
    void setCard(const Recipient& card);

signals:
    void filterChanged();
    void countChanged();

private:
    void refresh();
    [[nodiscard]] QString writeOwn();

    OpenerLibrary shipped_;
    OpenerLibrary own_;
    OpenerLibrary merged_;
    QString ownPath_;
    bool ownWritable_ = true;
    Recipient card_;
    QString relationshipFilter_;
    QString search_;
    struct Row {
        const Opener* opener;
        FilledOpener filled;
    };
    std::vector<Row> visible_;
};

} // namespace overture::gui
