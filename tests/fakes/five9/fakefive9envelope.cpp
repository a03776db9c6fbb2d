#include "fakefive9envelope.h"

#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace FakeFive9Envelope {

namespace {

struct Expected
{
    QStringList children; // in the WSDL's order
    QStringList required;
    QStringList repeatable;
};

// From WsAdminServiceV2.wsdl: the request types of the operations the fake serves.
const QHash<QString, Expected> &schema()
{
    static const QHash<QString, Expected> table = {
        {QStringLiteral("getVCCConfiguration"), {}},
        {QStringLiteral("getSkills"), {{QStringLiteral("skillNamePattern")}, {}, {}}},
        {QStringLiteral("getCampaigns"),
            {{QStringLiteral("campaignNamePattern"), QStringLiteral("campaignType")}, {}, {}}},
        {QStringLiteral("getUsersGeneralInfo"), {{QStringLiteral("userNamePattern")}, {}, {}}},
        {QStringLiteral("runReport"),
            {{QStringLiteral("folderName"), QStringLiteral("reportName"),
                 QStringLiteral("criteria")},
                {}, {}}},
        {QStringLiteral("runReport/criteria"),
            {{QStringLiteral("reportObjects"), QStringLiteral("time")}, {},
                {QStringLiteral("reportObjects")}}},
        {QStringLiteral("runReport/criteria/time"),
            {{QStringLiteral("end"), QStringLiteral("start")}, {}, {}}},
        {QStringLiteral("runReport/criteria/reportObjects"),
            {{QStringLiteral("objectNames"), QStringLiteral("objectType")}, {},
                {QStringLiteral("objectNames")}}},
        {QStringLiteral("isReportRunning"),
            {{QStringLiteral("identifier"), QStringLiteral("timeout")}, {QStringLiteral("timeout")},
                {}}},
        {QStringLiteral("getReportResultCsv"), {{QStringLiteral("identifier")}, {}, {}}},
    };
    return table;
}

// Reads the element the reader is on; path is its path below the operation element.
bool readElement(QXmlStreamReader &reader, const QString &path, Parsed &parsed)
{
    const auto expected = schema().constFind(path);
    int lastIndex = -1;
    QString lastName;
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
        if (expected == schema().constEnd()) {
            parsed.error = QStringLiteral("%1 must not have child elements").arg(path);
            return false;
        }
        if (!reader.namespaceUri().isEmpty()) {
            parsed.error = QStringLiteral("%1 must be unqualified, not in %2")
                               .arg(childPath, reader.namespaceUri().toString());
            return false;
        }
        const int index = int(expected->children.indexOf(name));
        if (index < 0) {
            parsed.error = QStringLiteral("unexpected element %1").arg(childPath);
            return false;
        }
        if (index < lastIndex || (name == lastName && !expected->repeatable.contains(name))) {
            parsed.error = QStringLiteral("element %1 is out of order or repeated").arg(childPath);
            return false;
        }
        lastIndex = index;
        lastName = name;
        seen << name;
        if (!readElement(reader, childPath, parsed))
            return false;
    }
    if (expected != schema().constEnd()) {
        for (const QString &required : expected->required)
            if (!seen.contains(required)) {
                parsed.error = QStringLiteral("%1 lacks the required %2").arg(path, required);
                return false;
            }
    } else {
        const qsizetype slash = path.indexOf(u'/');
        parsed.args.insert(slash < 0 ? path : path.mid(slash + 1), text);
    }
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
            if (!schema().contains(name)) {
                parsed.error = QStringLiteral("unknown operation %1").arg(name);
                return parsed;
            }
            parsed.operation = name;
            if (!readElement(reader, name, parsed))
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
