#include "fakefive9schema.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <functional>

namespace FakeFive9Schema {

namespace {

// "tns:campaignType" → "campaignType"; XML Schema's own types keep their "xs:".
QString typeName(QStringView qualified)
{
    if (qualified.startsWith(u"xs:"))
        return qualified.toString();
    const qsizetype colon = qualified.indexOf(u':');
    return qualified.mid(colon + 1).toString();
}

Model load()
{
    Model m;
    QFile file(QStringLiteral(ACD_FAKE_FIVE9_DIR "/five9-admin-v13.xsd"));
    if (!file.open(QIODevice::ReadOnly))
        return m;
    QXmlStreamReader reader(&file);
    QStringList stack;
    QString complexType;
    QString simpleType;
    QHash<QString, QString> bases; // complex type → the type it extends
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            const QString closed = stack.takeLast();
            if (closed == u"complexType" && stack.size() == 1)
                complexType.clear();
            if (closed == u"simpleType" && stack.size() == 1)
                simpleType.clear();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const QString name = reader.name().toString();
        const auto attr
            = [&reader](const char *key) { return reader.attributes().value(QLatin1String(key)); };
        const bool topLevel = stack.size() == 1; // directly in xs:schema
        stack << name;
        if (topLevel && name == u"element") {
            m.elements.insert(attr("name").toString(), typeName(attr("type")));
        } else if (topLevel && name == u"complexType") {
            complexType = attr("name").toString();
            m.complexTypes.insert(complexType, {});
        } else if (topLevel && name == u"simpleType") {
            simpleType = attr("name").toString();
        } else if (!complexType.isEmpty() && name == u"extension") {
            bases.insert(complexType, typeName(attr("base")));
        } else if (!complexType.isEmpty() && name == u"element") {
            Particle p;
            p.name = attr("name").toString();
            p.type = typeName(attr("type"));
            p.required = attr("minOccurs") != u"0";
            p.repeatable = attr("maxOccurs") == u"unbounded";
            p.nillable = attr("nillable") == u"true";
            m.complexTypes[complexType].sequence << p;
        } else if (!simpleType.isEmpty() && name == u"restriction") {
            m.simpleBases.insert(simpleType, typeName(attr("base")));
        } else if (!simpleType.isEmpty() && name == u"enumeration") {
            m.enumerations[simpleType] << attr("value").toString();
        }
    }
    // An extension's particles follow its base's (XML Schema 1.0, 3.4.2).
    std::function<QList<Particle>(const QString &)> flatten = [&](const QString &type) {
        QList<Particle> all;
        if (bases.contains(type))
            all = flatten(bases.value(type));
        return all + m.complexTypes.value(type).sequence;
    };
    for (auto it = bases.cbegin(); it != bases.cend(); ++it)
        m.complexTypes[it.key()].sequence = flatten(it.key());
    return m;
}

} // namespace

const Model &model()
{
    static const Model loaded = load();
    return loaded;
}

QString checkValue(const QString &type, const QString &text)
{
    const Model &m = model();
    if (m.enumerations.contains(type)) {
        // Enumerations of xs:string are not whitespace-collapsed: " INBOUND" is not INBOUND.
        if (!m.enumerations.value(type).contains(text))
            return QStringLiteral("\"%1\" is not one of the values of %2 (%3)")
                .arg(text, type, m.enumerations.value(type).join(QLatin1String(", ")));
        return {};
    }
    const QString base = m.simpleBases.value(type, type);
    const QString collapsed = text.trimmed(); // the non-string types collapse whitespace
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^-?[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?"
                       "(Z|[+-][0-9]{2}:[0-9]{2})?$"));
    bool valid = true;
    if (base == u"xs:long" || base == u"xs:int" || base == u"xs:short")
        valid = integer.match(collapsed).hasMatch();
    else if (base == u"xs:boolean")
        valid = QStringList {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
            QStringLiteral("0")}
                    .contains(collapsed);
    else if (base == u"xs:dateTime")
        valid = dateTime.match(collapsed).hasMatch();
    if (!valid)
        return QStringLiteral("\"%1\" is not a valid %2").arg(text, base);
    return {};
}

} // namespace FakeFive9Schema
