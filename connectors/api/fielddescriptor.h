#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QVariant>

// One setting a connector asks for. The wizard builds its Credentials and Details pages
// from these, so a new connector needs no new page class.
struct FieldChoice
{
    QString value;
    QString label;
};

struct FieldDescriptor
{
    enum class Kind { Text, Secret, Choice, Number, Bool };
    enum class Section { Credentials, Details };
    // What a change of the value means for an existing integration: Connection values (the
    // region, a host; every Credentials field) are checked with the ACD before they are saved;
    // Data values (grouping, time zone, report names) change the shape of the imported data,
    // so the data imported so far is replaced after the admin confirms.
    enum class Effect { Connection, Data };

    QString key;
    QString label; // with its mnemonic, e.g. "&User name"
    Kind kind = Kind::Text;
    Section section = Section::Details;
    Effect effect = Effect::Data;
    QList<FieldChoice> choices;
    QVariant defaultValue;
    bool required = true;
    QString helpText;
    QString placeholder;
    QRegularExpression pattern; // Text only; empty means anything
    QString patternMessage; // shown when pattern does not match
    int minimum = 0; // Number only
    int maximum = 1000000;
    // Left out of the form until the admin opens its Advanced section: a setting whose default
    // (maybe one that follows other values, Connector::derivedDefaults) fits most accounts.
    bool advanced = false;

    QString plainLabel() const; // the label without its mnemonic, for sentences

    bool isSecret() const { return kind == Kind::Secret; }
    bool affectsConnection() const
    {
        return section == Section::Credentials || effect == Effect::Connection;
    }

    // An empty string when value is acceptable, else a sentence saying what is wrong.
    QString validate(const QVariant &value) const;
};

using FieldDescriptors = QList<FieldDescriptor>;
