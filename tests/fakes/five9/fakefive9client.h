#pragma once

// Hand-made SOAP requests to the fake, for tests that check what the fake itself accepts
// and answers (not the connector's requests).
#include "fakefive9envelope.h"
#include "fakefive9fixtures.h"
#include "fakefive9server.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QXmlStreamReader>

namespace FakeFive9Client {

struct Answer
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    qint64 elapsedMs = 0;

    // The text of the first element with this local name, wherever it is.
    QString text(QStringView name) const
    {
        QXmlStreamReader reader(body);
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == name)
                return reader.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        return {};
    }
    // The local name of the element in a fault's <detail>, e.g. "ReportNotFoundFault".
    QString faultElement() const
    {
        QXmlStreamReader reader(body);
        bool inDetail = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            if (inDetail)
                return reader.name().toString();
            inDetail = reader.name() == u"detail";
        }
        return {};
    }
};

inline QByteArray envelope(const QByteArray &operationElement)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
           "  <env:Body>\n    "
        + operationElement + "\n  </env:Body>\n</env:Envelope>\n";
}

// <ns:operation xmlns:ns="…">children</ns:operation> in Five9's namespace.
inline QByteArray operation(
    const QByteArray &name, const QByteArray &children, const QByteArray &attributes = {})
{
    return "<ns:" + name + " xmlns:ns=\"" + FakeFive9Envelope::AdminNamespace + "\""
        + (attributes.isEmpty() ? QByteArray() : ' ' + attributes) + '>' + children + "</ns:" + name
        + '>';
}

inline QByteArray runReport(const QByteArray &folder, const QByteArray &report,
    const QByteArray &start = "2026-03-02T00:00:00.000+01:00",
    const QByteArray &end = "2026-03-03T00:00:00.000+01:00")
{
    return operation("runReport",
        "<folderName>" + folder + "</folderName><reportName>" + report
            + "</reportName><criteria><time><end>" + end + "</end><start>" + start
            + "</start></time></criteria>");
}

inline QByteArray withIdentifier(
    const QByteArray &name, const QString &identifier, const QByteArray &more = {})
{
    return operation(name, "<identifier>" + identifier.toUtf8() + "</identifier>" + more);
}

// POSTs an envelope to the fake as the admin user and waits for the answer.
inline Answer post(QNetworkAccessManager &network, const FakeFive9Server &server,
    const QByteArray &body, const QByteArray &contentType = "text/xml; charset=utf-8")
{
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/wsadmin/v13/AdminWebService"));
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", contentType);
    request.setRawHeader("Authorization",
        "Basic "
            + (QByteArray(FakeFive9Fixtures::AdminUser) + ':' + FakeFive9Fixtures::AdminPassword)
                  .toBase64());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(FakeFive9Server::certificates());
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the fake's own certificate, on loopback
    request.setSslConfiguration(tls);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.elapsedMs = clock.elapsed();
    reply->deleteLater();
    return answer;
}

} // namespace FakeFive9Client
