// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "opener_model.hpp"

#include "openers/opener_from_draft.hpp"
#include "spelling/personal_dictionary.hpp"

#include <algorithm>

namespace overture::gui {

namespace {
QString fromView(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool filedUnder(const Opener& o, std::optional<Relationship> rel) {
    return !rel || o.relationships.empty() ||
           std::find(o.relationships.begin(), o.relationships.end(), *rel) != o.relationships.end();
}
} // namespace

namespace {
std::vector<ChoiceModel::Choice> relationshipChoices() {
    std::vector<ChoiceModel::Choice> out;
    for (const Relationship r : kAllRelationships)
        out.push_back({fromView(relationshipId(r)), fromView(relationshipLabel(r))});
    return out;
}

QString slotWords(const QString& slot) {
    if (slot == QStringLiteral("event"))
        return OpenerModel::tr("where you met");
    if (slot == QStringLiteral("work"))
        return OpenerModel::tr("which of their work");
    if (slot == QStringLiteral("group"))
        return OpenerModel::tr("which group");
    if (slot == QStringLiteral("mutual"))
        return OpenerModel::tr("who introduced you");
    if (slot == QStringLiteral("school"))
        return OpenerModel::tr("where you studied");
    if (slot == QStringLiteral("project"))
        return OpenerModel::tr("what you worked on");
    if (slot == QStringLiteral("topic"))
        return OpenerModel::tr("what it is about");
    if (slot == QStringLiteral("name") || slot == QStringLiteral("first_name"))
        return OpenerModel::tr("their name");
    if (slot == QStringLiteral("company"))
        return OpenerModel::tr("their company");
    if (slot == QStringLiteral("role"))
        return OpenerModel::tr("their role");
    return slot;
}
} // namespace

OpenerModel::OpenerModel(QObject* parent)
    : QAbstractListModel(parent), filing_(new ChoiceModel(relationshipChoices(), this)) {}

void OpenerModel::fileUnderOnly(const QString& relationship) {
    filing_->checkOnly(relationship.isEmpty() ? QStringList() : QStringList{relationship});
}

void OpenerModel::fileLike(int row) {
    if (row < 0 || row >= count())
        return;
    filing_->checkOnly(data(index(row), RelationshipsRole).toStringList());
}

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
    case NeedsRole: {
        QStringList needs;
        for (const Span& s : row.filled.unfilled) {
            const QString name = QString::fromStdString(
                row.filled.text.substr(s.begin + 1, s.end - s.begin - 2)); // without braces
            if (!needs.contains(name))
                needs << name;
        }
        return needs;
    }
    case NeedsTextRole: {
        QStringList words;
        for (const QString& slot : data(index, NeedsRole).toStringList())
            if (!words.contains(slotWords(slot)))
                words << slotWords(slot);
        return words.isEmpty()
                   ? QString()
                   : tr("Fill in on the card: %1").arg(words.join(QStringLiteral(", ")));
    }
    case OwnRole:
        return row.opener->own;
    case TextRole:
        return QString::fromStdString(row.opener->text);
    case RelationshipsRole: {
        QStringList ids;
        for (const Relationship r : row.opener->relationships)
            ids << fromView(relationshipId(r));
        return ids;
    }
    case FitsFilterRole:
        return row.fitsFilter;
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
            {NeedsRole, "needs"},
            {NeedsTextRole, "needsText"},
            {OwnRole, "own"},
            {TextRole, "openerText"},
            {RelationshipsRole, "relationships"},
            {FitsFilterRole, "fitsFilter"}};
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

QString OpenerModel::emptyReason() const {
    if (count() > 0)
        return {};
    if (!search_.trimmed().isEmpty())
        return tr("No opener in any situation mentions “%1”.").arg(search_.trimmed());
    if (!relationshipFilter_.isEmpty())
        return tr("No opener is filed under this relationship. Remove the filter to see all.");
    return tr("The opener library is empty.");
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
    // The previews change; the list does not: update the rows in place.
    for (Row& r : visible_)
        r.filled = fillOpener(*r.opener, card_);
    if (!visible_.empty())
        emit dataChanged(index(0), index(count() - 1));
}

void OpenerModel::refresh() {
    const int before = count();
    beginResetModel();
    merged_ = shipped_;
    merged_.merge(own_);
    visible_.clear();
    const auto rel = parseRelationship(relationshipFilter_.toStdString());
    const bool searching = !search_.trimmed().isEmpty();
    // A search looks through every opener: the chip's relationship only sorts.
    for (const Opener* o : merged_.filter(searching ? std::nullopt : rel, search_.toStdString()))
        visible_.push_back(Row{o, fillOpener(*o, card_), filedUnder(*o, rel)});
    // The person's own openers first (they wrote them for situations they meet often),
    // then those for the chip's relationship.
    std::stable_sort(visible_.begin(), visible_.end(), [](const Row& a, const Row& b) {
        if (a.opener->own != b.opener->own)
            return a.opener->own;
        return a.fitsFilter && !b.fitsFilter;
    });
    endResetModel();
    if (before != count() || count() == 0)
        emit countChanged();
}

QString OpenerModel::writeOwn() {
    if (!ownWritable_)
        return tr("%1 could not be read, so it is not overwritten").arg(ownPath_);
    std::string error;
    if (!writeFileAtomically(ownPath_.toStdString(), own_.toJson(), error))
        return QString::fromStdString(error);
    return {};
}

std::vector<Relationship> OpenerModel::parseRelationships(const QStringList& ids) {
    std::vector<Relationship> out;
    for (const QString& id : ids)
        if (const auto rel = parseRelationship(id.toStdString());
            rel && std::find(out.begin(), out.end(), *rel) == out.end())
            out.push_back(*rel);
    return out;
}

QString OpenerModel::saveOwn(const QString& title, const QString& draft) {
    const QStringList relationships = filing_->checkedValues();
    if (draft.trimmed().isEmpty())
        return tr("The draft is empty: nothing to save");
    own_.add(openerFromDraft(draft.toStdString(), card_, title.toStdString(),
                             parseRelationships(relationships), merged_));
    const QString error = writeOwn();
    refresh();
    return error;
}

QString OpenerModel::editOwn(const QString& id, const QString& title, const QString& text) {
    const QStringList relationships = filing_->checkedValues();
    const Opener* existing = own_.find(id.toStdString());
    if (existing == nullptr)
        return tr("No opener of yours has the id %1").arg(id);
    if (text.trimmed().isEmpty())
        return tr("An opener needs some text");
    Opener changed = *existing;
    changed.title = title.trimmed().isEmpty() ? changed.title : title.trimmed().toStdString();
    changed.text = text.trimmed().toStdString();
    changed.relationships = parseRelationships(relationships);
    own_.add(std::move(changed)); // same id: replaces it
    const QString error = writeOwn();
    refresh();
    return error;
}

QString OpenerModel::removeOwn(const QString& id) {
    if (!own_.remove(id.toStdString()))
        return tr("No opener of yours has the id %1").arg(id);
    const QString error = writeOwn();
    refresh();
    return error;
}

} // namespace overture::gui
