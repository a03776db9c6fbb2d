#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The element types of Five9's Admin web service, read from five9-admin-v13.xsd (extracted
// from the WSDL) rather than typed by hand, so the fake checks what Five9's schema checks.
namespace FakeFive9Schema {

struct Particle
{
    QString name;
    QString type; // "xs:string", "xs:long", … or a local type name of the Five9 schema
    bool required = true; // minOccurs is not 0
    bool repeatable = false; // maxOccurs is unbounded
    bool nillable = false;
};

struct ComplexType
{
    QList<Particle> sequence; // a base type's particles come first
};

struct Model
{
    QHash<QString, QString> elements; // top-level element name → type name
    QHash<QString, ComplexType> complexTypes;
    QHash<QString, QStringList> enumerations; // simple type name → allowed values
    QHash<QString, QString> simpleBases; // simple type name → its xs: base type
};

// Loaded once from the fake's folder; empty when the file is missing.
const Model &model();

// Why text is not a valid value of a simple type, or an empty string when it is.
QString checkValue(const QString &type, const QString &text);

} // namespace FakeFive9Schema
