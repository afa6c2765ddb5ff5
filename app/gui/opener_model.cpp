#include "opener_model.hpp"

#include "spelling/personal_dictionary.hpp"

#include <QRegularExpression>

namespace overture::gui {

OpenerModel::OpenerModel(QObject* parent) : QAbstractListModel(parent) {}

int OpenerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant OpenerModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count())
        return {};
    const Row& row = visible_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return QString::fromStdString(row.opener->id);
    case TitleRole:
    case Qt::DisplayRole:
        return QString::fromStdString(row.opener->title);
    case SituationsRole: {
        QStringList s;
        for (const auto& x : row.opener->situations)
            s << QString::fromStdString(x);
        return s.join(QStringLiteral(", "));
    }
    case PreviewRole:
        return QString::fromStdString(row.filled.text);
    case PreviewHtmlRole: {
        // Unfilled placeholders are shown highlighted so the person sees what to type.
        QString html;
        std::size_t at = 0;
        const std::string& t = row.filled.text;
        for (const Span& s : row.filled.unfilled) {
            html += QString::fromStdString(t.substr(at, s.begin - at)).toHtmlEscaped();
            html += QStringLiteral("<span style=\"background-color:#ffd54f;color:#000\">") +
                    QString::fromStdString(t.substr(s.begin, s.end - s.begin)).toHtmlEscaped() +
                    QStringLiteral("</span>");
            at = s.end;
        }
        html += QString::fromStdString(t.substr(at)).toHtmlEscaped();
        return html;
    }
    case UnfilledRole:
        return static_cast<int>(row.filled.unfilled.size());
    case OwnRole:
        return row.opener->own;
    default:
        return {};
    }
}

QHash<int, QByteArray> OpenerModel::roleNames() const {
    return {{IdRole, "openerId"},
            {TitleRole, "title"},
            {SituationsRole, "situations"},
            {PreviewRole, "preview"},
            {PreviewHtmlRole, "previewHtml"},
            {UnfilledRole, "unfilled"},
            {OwnRole, "own"}};
}

void OpenerModel::setRelationshipFilter(const QString& id) {
    if (id == relationshipFilter_)
        return;
    relationshipFilter_ = id;
    refresh();
    emit filterChanged();
}

void OpenerModel::setSearch(const QString& text) {
    if (text == search_)
        return;
    search_ = text;
    refresh();
    emit filterChanged();
}

QString OpenerModel::filledText(int row) const {
    if (row < 0 || row >= count())
        return {};
    return QString::fromStdString(visible_[static_cast<std::size_t>(row)].filled.text);
}

void OpenerModel::setLibrary(OpenerLibrary shipped, OpenerLibrary own, QString ownPath,
                             bool ownWritable) {
    shipped_ = std::move(shipped);
    own_ = std::move(own);
    ownPath_ = std::move(ownPath);
    ownWritable_ = ownWritable;
    refresh();
}

void OpenerModel::setCard(const Recipient& card) {
    card_ = card;
    refresh();
}

void OpenerModel::refresh() {
    const int before = count();
    beginResetModel();
    merged_ = shipped_;
    merged_.merge(own_);
    visible_.clear();
    const auto rel = parseRelationship(relationshipFilter_.toStdString());
    for (const Opener* o : merged_.filter(rel, search_.toStdString()))
        visible_.push_back(Row{o, fillOpener(*o, card_)});
    // The person's own openers first: they wrote them for situations they meet often.
    std::stable_partition(visible_.begin(), visible_.end(),
                          [](const Row& r) { return r.opener->own; });
    endResetModel();
    if (before != count())
        emit countChanged();
}

QString OpenerModel::writeOwn() {
    if (!ownWritable_)
        return QStringLiteral("%1 could not be read, so it is not overwritten").arg(ownPath_);
    std::string error;
    if (!writeFileAtomically(ownPath_.toStdString(), own_.toJson(), error))
        return QString::fromStdString(error);
    return {};
}

QString OpenerModel::saveOwn(const QString& title, const QString& text) {
    const QString cleanTitle =
        title.trimmed().isEmpty() ? QStringLiteral("My opener") : title.trimmed();
    if (text.trimmed().isEmpty())
        return QStringLiteral("The draft is empty: nothing to save");
    Opener o;
    QString id = QStringLiteral("own-") +
                 cleanTitle.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                              QStringLiteral("-"));
    o.id = id.toStdString();
    o.title = cleanTitle.toStdString();
    // The draft names this recipient; the opener should fit the next one.
    QString generic = text;
    if (!card_.name.empty())
        generic.replace(QString::fromStdString(card_.name), QStringLiteral("{name}"));
    if (const std::string first = card_.firstName(); !first.empty())
        generic.replace(
            QRegularExpression(QStringLiteral("\\b%1\\b")
                                   .arg(QRegularExpression::escape(QString::fromStdString(first)))),
            QStringLiteral("{first_name}"));
    if (!card_.company.empty())
        generic.replace(QString::fromStdString(card_.company), QStringLiteral("{company}"));
    o.text = generic.toStdString();
    o.own = true;
    if (auto rel = parseRelationship(relationshipFilter_.toStdString()))
        o.relationships.push_back(*rel);
    o.situations.emplace_back("own");
    own_.add(o);
    const QString error = writeOwn();
    refresh();
    return error;
}

QString OpenerModel::removeOwn(const QString& id) {
    if (!own_.remove(id.toStdString()))
        return QStringLiteral("No opener of yours has the id %1").arg(id);
    const QString error = writeOwn();
    refresh();
    return error;
}

} // namespace overture::gui
