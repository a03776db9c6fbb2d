#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

class QXmlStreamWriter;

// Reads a SOAP request as the fake receives it and checks it against Five9's schema
// (five9-admin-v13.xsd) for the operations the fake serves: element names, order,
// namespaces, required elements, no undeclared attributes, no text in element-only content,
// and values of enumerations, numbers and dates. Stricter than JAXB's unmarshalling may be:
// a request the fake takes is one Five9's schema takes.
namespace FakeFive9Envelope {

struct Parsed
{
    QString operation;
    // Leaf values by path below the operation element, e.g. "criteria/time/start".
    QMap<QString, QString> args;
    QString error; // empty when the envelope is valid
};

Parsed parse(const QByteArray &xml);

// SOAP writing for the fake's answers.
QByteArray response(
    const QString &operation, const std::function<void(QXmlStreamWriter &)> &children);
// A fault whose <detail> holds faultElement with the given children, in order.
QByteArray fault(const QString &message, const QString &faultElement,
    const QList<QPair<QString, QString>> &detail, bool client = false);

inline constexpr char AdminNamespace[] = "http://service.admin.ws.five9.com/";
inline constexpr char EnvelopeNamespace[] = "http://schemas.xmlsoap.org/soap/envelope/";

} // namespace FakeFive9Envelope
