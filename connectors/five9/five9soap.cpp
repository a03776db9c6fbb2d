#include "five9/five9soap.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Five9Soap {

const Node *Node::child(QStringView childName) const
{
    for (const Node &node : children)
        if (node.name == childName)
            return &node;
    return nullptr;
}

QString Node::childText(QStringView childName) const
{
    const Node *node = child(childName);
    return node ? node->text : QString();
}

QList<const Node *> Node::childrenNamed(QStringView childName) const
{
    QList<const Node *> result;
    for (const Node &node : children)
        if (node.name == childName)
            result << &node;
    return result;
}

QByteArray envelope(const QString &operation, const BodyWriter &writeChildren)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    const QString env = QLatin1String(EnvelopeNamespace);
    const QString admin = QLatin1String(AdminNamespace);
    writer.writeNamespace(env, QStringLiteral("soapenv"));
    writer.writeNamespace(admin, QStringLiteral("ser"));
    writer.writeStartElement(env, QStringLiteral("Envelope"));
    writer.writeEmptyElement(env, QStringLiteral("Header"));
    writer.writeStartElement(env, QStringLiteral("Body"));
    writer.writeStartElement(admin, operation);
    if (writeChildren)
        writeChildren(writer);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

namespace {

// Five9's answers nest a handful of elements inside <Body>. An answer nested thousands deep
// would overflow the stack here (and again when its tree is destroyed): it is refused.
constexpr int MaxDepth = 64;

Node readNode(QXmlStreamReader &reader, int depth = 0)
{
    Node node;
    node.name = reader.name().toString();
    if (depth > MaxDepth) {
        reader.raiseError(QStringLiteral("elements nested more than %1 deep").arg(MaxDepth));
        return node;
    }
    while (reader.readNext() != QXmlStreamReader::Invalid) {
        if (reader.isStartElement())
            node.children << readNode(reader, depth + 1);
        else if (reader.isCharacters())
            node.text += reader.text();
        else if (reader.isEndElement())
            break;
    }
    return node;
}

Fault toFault(const Node &node)
{
    Fault fault;
    fault.code = node.childText(u"faultcode");
    fault.message = node.childText(u"faultstring").trimmed();
    if (const Node *detail = node.child(u"detail"); detail && !detail->children.isEmpty())
        fault.detail = detail->children.first();
    return fault;
}

} // namespace

std::optional<Response> parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    const QString env = QLatin1String(EnvelopeNamespace);
    std::optional<Response> response;
    bool inEnvelope = false;
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::Invalid) {
        if (!reader.isStartElement())
            continue;
        if (!inEnvelope) {
            if (reader.namespaceUri() != env || reader.name() != u"Envelope") {
                *error = QStringLiteral("not a SOAP 1.1 envelope");
                return std::nullopt;
            }
            inEnvelope = true;
        } else if (reader.namespaceUri() == env && reader.name() == u"Body") {
            const Node body = readNode(reader);
            if (body.children.isEmpty()) {
                *error = QStringLiteral("empty SOAP body");
                return std::nullopt;
            }
            Response parsed;
            if (body.children.first().name == u"Fault")
                parsed.fault = toFault(body.children.first());
            else
                parsed.body = body.children.first();
            response = parsed;
        } else {
            reader.skipCurrentElement(); // Header and anything we do not need
        }
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return std::nullopt;
    }
    if (!response)
        *error = QStringLiteral("no SOAP body");
    return response;
}

QString faultKind(const Fault &fault)
{
    QString name = fault.detail.name;
    for (const auto suffix : {QLatin1String("Exception"), QLatin1String("Fault")})
        if (name.endsWith(suffix))
            name.chop(suffix.size());
    return name;
}

} // namespace Five9Soap
