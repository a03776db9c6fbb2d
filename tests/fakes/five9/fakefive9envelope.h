#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

class QXmlStreamWriter;

// Reads a SOAP request as the fake receives it and checks it against the element names,
// order and namespaces of Five9's WSDL for the operations the fake serves.
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
