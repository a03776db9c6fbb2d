#include "fakefive9envelope.h"

#include "fakefive9schema.h"

#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace FakeFive9Envelope {

namespace {

// The operations the fake serves; their request types come from Five9's schema.
const QStringList &servedOperations()
{
    static const QStringList names
        = {QStringLiteral("getVCCConfiguration"), QStringLiteral("getSkills"),
            QStringLiteral("getCampaigns"), QStringLiteral("getUsersGeneralInfo"),
            QStringLiteral("runReport"), QStringLiteral("isReportRunning"),
            QStringLiteral("getReportResultCsv"), QStringLiteral("getCallCountersState")};
    return names;
}

constexpr char XsiNamespace[] = "http://www.w3.org/2001/XMLSchema-instance";

// No element of Five9's request types declares an attribute, so any attribute is an error
// but xsi:type and xsi:nil (on a nillable element), which XML Schema allows everywhere.
// Namespace declarations are not attributes to QXmlStreamReader. *nil tells xsi:nil="true".
bool checkAttributes(
    const QXmlStreamReader &reader, const QString &path, bool nillable, bool *nil, Parsed &parsed)
{
    *nil = false;
    for (const QXmlStreamAttribute &attribute : reader.attributes()) {
        const bool xsi = attribute.namespaceUri() == QLatin1String(XsiNamespace);
        if (xsi && attribute.name() == u"type")
            continue;
        if (xsi && attribute.name() == u"nil" && nillable) {
            *nil = attribute.value() == u"true" || attribute.value() == u"1";
            continue;
        }
        parsed.error = QStringLiteral("attribute %1 is not declared on %2")
                           .arg(attribute.qualifiedName().toString(), path);
        return false;
    }
    return true;
}

// Reads the element the reader is on, of the given schema type; path is its path from the
// operation element.
bool readElement(
    QXmlStreamReader &reader, const QString &type, const QString &path, bool nil, Parsed &parsed)
{
    const FakeFive9Schema::Model &model = FakeFive9Schema::model();
    const auto complex = model.complexTypes.constFind(type);
    const bool isComplex = complex != model.complexTypes.constEnd();
    qsizetype lastIndex = -1;
    QStringList seen;
    QString text;
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.isEndElement()) {
        if (reader.isCharacters()) {
            text += reader.text();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const QString name = reader.name().toString();
        const QString childPath = path + u'/' + name;
        if (!isComplex || nil) {
            parsed.error = QStringLiteral("%1 must not have child elements").arg(path);
            return false;
        }
        if (!reader.namespaceUri().isEmpty()) {
            parsed.error = QStringLiteral("%1 must be unqualified, not in %2")
                               .arg(childPath, reader.namespaceUri().toString());
            return false;
        }
        const auto &sequence = complex->sequence;
        const auto particle = std::find_if(sequence.cbegin(), sequence.cend(),
            [&name](const FakeFive9Schema::Particle &p) { return p.name == name; });
        if (particle == sequence.cend()) {
            parsed.error = QStringLiteral("unexpected element %1").arg(childPath);
            return false;
        }
        const qsizetype index = particle - sequence.cbegin();
        if (index < lastIndex || (index == lastIndex && !particle->repeatable)) {
            parsed.error = QStringLiteral("element %1 is out of order or repeated").arg(childPath);
            return false;
        }
        lastIndex = index;
        seen << name;
        bool childNil = false;
        if (!checkAttributes(reader, childPath, particle->nillable, &childNil, parsed)
            || !readElement(reader, particle->type, childPath, childNil, parsed))
            return false;
    }
    if (reader.hasError())
        return true; // parse() reports the broken XML
    if (isComplex) {
        if (!text.trimmed().isEmpty()) {
            parsed.error = QStringLiteral("%1 has element-only content, not the text \"%2\"")
                               .arg(path, text.trimmed());
            return false;
        }
        for (const FakeFive9Schema::Particle &particle : complex->sequence)
            if (!nil && particle.required && !seen.contains(particle.name)) {
                parsed.error = QStringLiteral("%1 lacks the required %2").arg(path, particle.name);
                return false;
            }
        return true;
    }
    if (nil && !text.isEmpty()) {
        parsed.error = QStringLiteral("%1 is nil but has the text \"%2\"").arg(path, text);
        return false;
    }
    if (const QString why = nil ? QString() : FakeFive9Schema::checkValue(type, text);
        !why.isEmpty()) {
        parsed.error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    const qsizetype slash = path.indexOf(u'/');
    parsed.args.insert(slash < 0 ? path : path.mid(slash + 1), text);
    return true;
}

} // namespace

Parsed parse(const QByteArray &xml)
{
    Parsed parsed;
    QXmlStreamReader reader(xml);
    const QString env = QLatin1String(EnvelopeNamespace);
    int depth = 0; // 1: Envelope, 2: Header/Body
    bool body = false;
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.atEnd()) {
        if (reader.isEndElement()) {
            --depth;
            continue;
        }
        if (!reader.isStartElement())
            continue;
        ++depth;
        const QString name = reader.name().toString();
        if (depth == 1 && (name != u"Envelope" || reader.namespaceUri() != env)) {
            parsed.error = QStringLiteral("the root is not a SOAP 1.1 Envelope");
            return parsed;
        }
        if (depth == 2 && reader.namespaceUri() == env && name == u"Header") {
            reader.skipCurrentElement();
            --depth;
        } else if (depth == 2) {
            if (reader.namespaceUri() != env || name != u"Body") {
                parsed.error = QStringLiteral("unexpected %1 in the Envelope").arg(name);
                return parsed;
            }
            body = true;
        } else if (depth == 3) {
            if (!parsed.operation.isEmpty()) {
                parsed.error = QStringLiteral("more than one element in the Body");
                return parsed;
            }
            if (reader.namespaceUri() != QLatin1String(AdminNamespace)) {
                parsed.error = QStringLiteral("%1 is in namespace \"%2\", not %3")
                                   .arg(name, reader.namespaceUri().toString(),
                                       QLatin1String(AdminNamespace));
                return parsed;
            }
            const QString type = FakeFive9Schema::model().elements.value(name);
            if (!servedOperations().contains(name) || type.isEmpty()) {
                parsed.error = QStringLiteral("unknown operation %1").arg(name);
                return parsed;
            }
            parsed.operation = name;
            bool nil = false;
            if (!checkAttributes(reader, name, false, &nil, parsed)
                || !readElement(reader, type, name, false, parsed))
                return parsed;
            --depth;
        }
    }
    if (reader.hasError())
        parsed.error = QStringLiteral("malformed XML: %1").arg(reader.errorString());
    else if (!body || parsed.operation.isEmpty())
        parsed.error = QStringLiteral("no operation in a SOAP Body");
    return parsed;
}

namespace {
// <env:Envelope><env:Body>, which every answer starts with.
void startBody(QXmlStreamWriter &w)
{
    w.writeStartDocument();
    w.writeNamespace(QLatin1String(EnvelopeNamespace), QStringLiteral("env"));
    w.writeStartElement(QLatin1String(EnvelopeNamespace), QStringLiteral("Envelope"));
    w.writeStartElement(QLatin1String(EnvelopeNamespace), QStringLiteral("Body"));
}
} // namespace

QByteArray response(
    const QString &operation, const std::function<void(QXmlStreamWriter &)> &children)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    startBody(w);
    w.writeNamespace(QLatin1String(AdminNamespace), QStringLiteral("ns2"));
    w.writeStartElement(QLatin1String(AdminNamespace), operation + QLatin1String("Response"));
    if (children)
        children(w);
    w.writeEndDocument();
    return xml;
}

QByteArray fault(const QString &message, const QString &faultElement,
    const QList<QPair<QString, QString>> &detail, bool client)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    startBody(w);
    w.writeStartElement(QLatin1String(EnvelopeNamespace), QStringLiteral("Fault"));
    w.writeTextElement(QStringLiteral("faultcode"),
        client ? QStringLiteral("env:Client") : QStringLiteral("env:Server"));
    w.writeTextElement(QStringLiteral("faultstring"), message);
    if (!faultElement.isEmpty()) {
        w.writeStartElement(QStringLiteral("detail"));
        w.writeNamespace(QLatin1String(AdminNamespace), QStringLiteral("ns2"));
        w.writeStartElement(QLatin1String(AdminNamespace), faultElement);
        for (const auto &[name, value] : detail)
            w.writeTextElement(name, value);
    }
    w.writeEndDocument();
    return xml;
}

} // namespace FakeFive9Envelope
