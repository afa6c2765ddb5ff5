// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recipient_card.hpp"

#include "user_settings.hpp"

namespace overture::gui {

namespace {
constexpr int kMaxLimit = 100000;

std::vector<ChoiceModel::Choice> relationshipChoices() {
    // First "not chosen yet": claims are then judged only when no relationship permits them.
    std::vector<ChoiceModel::Choice> out{{QString(), RecipientCard::tr("Choose…")}};
    for (const Relationship r : kAllRelationships)
        out.push_back({QString::fromUtf8(relationshipId(r).data(),
                                         static_cast<qsizetype>(relationshipId(r).size())),
                       QString::fromUtf8(relationshipLabel(r).data(),
                                         static_cast<qsizetype>(relationshipLabel(r).size()))});
    return out;
}
} // namespace

RecipientCard::RecipientCard(UserSettings* settings, QObject* parent)
    : QObject(parent), settings_(settings),
      relationships_(new ChoiceModel(relationshipChoices(), this)) {
    load();
    details_ = new DetailFieldModel(this);
}

void RecipientCard::load() {
    auto str = [&](const char* key) {
        return settings_->value(QLatin1String(key)).toString().toStdString();
    };
    card_.name = str("card/name");
    card_.company = str("card/company");
    card_.role = str("card/role");
    card_.reason = str("card/reason");
    card_.relationship = parseRelationship(str("card/relationship"));
    for (const DetailSlot slot : kAllDetailSlots)
        card_.setDetail(slot, str(("card/" + std::string(detailSlotId(slot))).c_str()));
    // A card saved before the details were typed had one "where or what": it answers the
    // first question of the saved relationship.
    if (const std::string old = str("card/context"); !old.empty() && !card_.hasDetails())
        card_.setDetail(detailSlotsFor(card_.relationship).front(), old);
    bool ok = false;
    const int limit = settings_->value(QStringLiteral("card/limit"), kDefaultNoteLimit).toInt(&ok);
    card_.limit = ok && limit > 0 && limit <= kMaxLimit ? limit : kDefaultNoteLimit;
}

void RecipientCard::edited() {
    settings_->setValue(QStringLiteral("card/name"), name());
    settings_->setValue(QStringLiteral("card/company"), company());
    settings_->setValue(QStringLiteral("card/role"), role());
    settings_->setValue(QStringLiteral("card/relationship"), relationship());
    settings_->setValue(QStringLiteral("card/reason"), reason());
    for (const DetailSlot slot : kAllDetailSlots) {
        const std::string_view id = detailSlotId(slot);
        settings_->setValue(QStringLiteral("card/") +
                                QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size())),
                            QString::fromStdString(card_.detail(slot)));
    }
    settings_->remove(QStringLiteral("card/context")); // now in the details
    settings_->setValue(QStringLiteral("card/limit"), card_.limit);
    emit changed();
}

void RecipientCard::setField(std::string& field, const QString& value) {
    std::string s = value.toStdString();
    if (s == field)
        return;
    field = std::move(s);
    edited();
}

void RecipientCard::setName(const QString& v) {
    setField(card_.name, v);
}
void RecipientCard::setCompany(const QString& v) {
    setField(card_.company, v);
}
void RecipientCard::setRole(const QString& v) {
    setField(card_.role, v);
}
void RecipientCard::setReason(const QString& v) {
    setField(card_.reason, v);
}

QString RecipientCard::relationship() const {
    if (!card_.relationship)
        return {};
    const std::string_view id = relationshipId(*card_.relationship);
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

void RecipientCard::setRelationship(const QString& id) {
    const auto rel = parseRelationship(id.toStdString());
    if (rel == card_.relationship)
        return;
    card_.relationship = rel;
    details_->relationshipChanged();
    edited();
}

QString RecipientCard::detail(const QString& id) const {
    const auto slot = parseDetailSlot(id.toStdString());
    return slot ? QString::fromStdString(card_.detail(*slot)) : QString();
}

void RecipientCard::setDetail(const QString& id, const QString& value) {
    const auto slot = parseDetailSlot(id.toStdString());
    if (!slot || card_.detail(*slot) == value.toStdString())
        return;
    card_.setDetail(*slot, value.toStdString());
    details_->valueChanged(*slot);
    edited();
}

bool RecipientCard::empty() const {
    return card_.name.empty() && card_.company.empty() && card_.role.empty() &&
           card_.reason.empty() && !card_.hasDetails();
}

void RecipientCard::clear() {
    if (empty())
        return;
    card_.name.clear();
    card_.company.clear();
    card_.role.clear();
    card_.reason.clear();
    for (const DetailSlot slot : kAllDetailSlots) {
        card_.setDetail(slot, {});
        details_->valueChanged(slot);
    }
    edited();
}

void RecipientCard::setLimit(int limit) {
    if (limit <= 0 || limit > kMaxLimit || limit == card_.limit)
        return;
    card_.limit = limit;
    edited();
}

} // namespace overture::gui
