// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The recipient card: who the note is for and how the sender knows them, and the typed
// details that relationship calls for (where you met, which of their work, which group,
// who introduced you, what you worked on together ...). Remembered between runs
// (settings.ini, "card/..."), read by the lint session (claims are judged against the
// relationship; the card's words are specific details, never misspelt) and by the
// opener library (each opener's slots fill from the details of their own kind).
#pragma once

#include "choice_model.hpp"
#include "detail_field_model.hpp"
#include "model/recipient.hpp"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace overture::gui {

class UserSettings;

class RecipientCard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The card belongs to a DraftController")
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed FINAL)
    Q_PROPERTY(QString company READ company WRITE setCompany NOTIFY changed FINAL)
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY changed FINAL)
    Q_PROPERTY(QString relationship READ relationship WRITE setRelationship NOTIFY changed FINAL)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY changed FINAL)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY changed FINAL)
    Q_PROPERTY(overture::gui::ChoiceModel* relationships READ relationships CONSTANT FINAL)
    // The details the chosen relationship calls for, one field each.
    Q_PROPERTY(overture::gui::DetailFieldModel* details READ details CONSTANT FINAL)
    // Whether anything is filled in besides the relationship and the limit.
    Q_PROPERTY(bool empty READ empty NOTIFY changed FINAL)

public:
    RecipientCard(UserSettings* settings, QObject* parent);

    [[nodiscard]] const Recipient& recipient() const { return card_; }

    [[nodiscard]] QString name() const { return QString::fromStdString(card_.name); }
    void setName(const QString& v);
    [[nodiscard]] QString company() const { return QString::fromStdString(card_.company); }
    void setCompany(const QString& v);
    [[nodiscard]] QString role() const { return QString::fromStdString(card_.role); }
    void setRole(const QString& v);
    [[nodiscard]] QString relationship() const;
    void setRelationship(const QString& id);
    [[nodiscard]] QString reason() const { return QString::fromStdString(card_.reason); }
    void setReason(const QString& v);
    [[nodiscard]] int limit() const { return card_.limit; }
    void setLimit(int limit);
    [[nodiscard]] ChoiceModel* relationships() const { return relationships_; }
    [[nodiscard]] DetailFieldModel* details() const { return details_; }
    [[nodiscard]] bool empty() const;

    // The detail of slot `id` ("event", "work" ...), "" for an unknown id.
    Q_INVOKABLE QString detail(const QString& id) const;
    Q_INVOKABLE void setDetail(const QString& id, const QString& value);
    // "New note for someone else": the name, company, role, details and reason go; how
    // you know people and your note limit stay (they are usually the same next time).
    Q_INVOKABLE void clear();

signals:
    void changed();

private:
    void load();
    void edited(); // saves and tells the others
    void setField(std::string& field, const QString& value);

    UserSettings* settings_;
    Recipient card_;
    ChoiceModel* relationships_;
    DetailFieldModel* details_ = nullptr;
};

} // namespace overture::gui
