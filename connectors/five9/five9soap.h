#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QXmlStreamWriter;

// SOAP 1.1 envelopes for Five9's Admin web service, written and read with Qt's XML stream
// classes. Five9's schema (JAX-WS) qualifies only the operation element; its children are
// unqualified.
namespace Five9Soap {

inline constexpr char EnvelopeNamespace[] = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr char AdminNamespace[] = "http://service.admin.ws.five9.com/";

// An element of a response, namespaces dropped: enough for Five9's plain documents.
struct Node
{
    QString name;
    QString text;
    QList<Node> children;

    const Node *child(QStringView childName) const;
    QString childText(QStringView childName) const;
    QList<const Node *> childrenNamed(QStringView childName) const;
};

struct Fault
{
    QString code; // faultcode
    QString message; // faultstring
    // The first element inside <detail>, e.g. UserHasNoRequiredRoleFault; empty name if none.
    Node detail;
};

struct Response
{
    std::optional<Fault> fault;
    Node body; // the element inside <Body>, e.g. getSkillsResponse
};

using BodyWriter = std::function<void(QXmlStreamWriter &)>;

// <Envelope><Body><operation xmlns="AdminNamespace">…</operation></Body></Envelope>
QByteArray envelope(const QString &operation, const BodyWriter &writeChildren = {});

// A parsed envelope, or nullopt with *error saying what is wrong with the XML.
std::optional<Response> parse(const QByteArray &xml, QString *error);

// A fault's type without its "Fault"/"Exception" ending, so the WSDL's element name
// (UserHasNoRequiredRoleFault) and its type name (UserHasNoRequiredRolesException) compare.
QString faultKind(const Fault &fault);

} // namespace Five9Soap
