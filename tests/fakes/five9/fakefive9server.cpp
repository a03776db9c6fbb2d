#include "fakefive9server.h"

#include "fakefive9envelope.h"
#include "fakefive9fixtures.h"

#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QXmlStreamWriter>

namespace {

constexpr auto ServicePath = "/wsadmin/v13/AdminWebService";

QString fakeDir()
{
    return QStringLiteral(ACD_FAKE_FIVE9_DIR);
}

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

FakeFive9Server::FakeFive9Server(QObject *parent)
    : QObject(parent)
    , m_server(new QSslServer(this))
{
    m_clock.start();
    addReport(QStringLiteral("Call Log Reports"), QStringLiteral("Call Log"));
    addReport(QStringLiteral("Agent Reports"), QStringLiteral("Agent State Details"));
    setSkillReport(QStringLiteral("Shared Reports"), QStringLiteral("Call Log with Skills"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(certificates());
    QFile keyFile(fakeDir() + QLatin1String("/test-key.pem"));
    if (keyFile.open(QIODevice::ReadOnly))
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients need no certificate
    m_server->setSslConfiguration(tls);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_connections.insert(socket, {});
            connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
                m_connections.remove(socket);
                socket->deleteLater();
            });
            if (socket->bytesAvailable() > 0)
                onReadyRead(socket);
        }
    });
}

FakeFive9Server::~FakeFive9Server() = default;

bool FakeFive9Server::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

QUrl FakeFive9Server::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void FakeFive9Server::setCertificate(const QSslCertificate &certificate)
{
    QSslConfiguration tls = m_server->sslConfiguration();
    tls.setLocalCertificateChain({certificate});
    m_server->setSslConfiguration(tls);
}

QString FakeFive9Server::certificatePath()
{
    return fakeDir() + QLatin1String("/test-cert.pem");
}

QList<QSslCertificate> FakeFive9Server::certificates()
{
    return QSslCertificate::fromPath(certificatePath());
}

void FakeFive9Server::addUser(const QString &name, const User &user)
{
    m_users.insert(name, user);
    QList<FakeFive9CallLog::Agent> agents;
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
        if (it->roles.contains(u"Agent"))
            agents.append({it.key(), it->fullName});
    m_callLog.setAgents(agents);
}

void FakeFive9Server::setSkills(const QStringList &skills)
{
    m_skills = skills;
    m_callLog.setSkills(skills);
}

void FakeFive9Server::setCampaigns(const QStringList &campaigns)
{
    m_campaigns = campaigns;
    m_callLog.setCampaigns(campaigns);
}

void FakeFive9Server::addReport(const QString &folder, const QString &report)
{
    QStringList &names = m_catalogue[folder];
    if (!names.contains(report))
        names << report;
}

void FakeFive9Server::setSkillReport(const QString &folder, const QString &report)
{
    if (!m_skillReport.first.isEmpty()) {
        m_catalogue[m_skillReport.first].removeAll(m_skillReport.second);
        if (m_catalogue.value(m_skillReport.first).isEmpty())
            m_catalogue.remove(m_skillReport.first);
    }
    m_skillReport = {folder, report};
    addReport(folder, report);
}

QTimeZone FakeFive9Server::reportZone(const QDateTime &criteriaStart) const
{
    return m_domainZone.isValid() ? m_domainZone : QTimeZone(criteriaStart.offsetFromUtc());
}

QString FakeFive9Server::builtInReport(const QString &folder, const QString &report,
    const QDateTime &start, const QDateTime &end) const
{
    using Layout = FakeFive9CallLog::Layout;
    if (folder == m_skillReport.first && report == m_skillReport.second)
        return m_callLog.csv(Layout::WithSkill, start, end, reportZone(start));
    if (report == u"Call Log")
        return m_callLog.csv(Layout::Stock, start, end, reportZone(start));
    if (report == u"Agent State Details")
        return FakeFive9Fixtures::repeatedDaily(
            QStringLiteral("agentstates-2026-03-02.csv"), start, end);
    return {};
}

void FakeFive9Server::injectFault(Fault fault, int times, const QString &operation)
{
    m_faults.append({fault, times, operation});
}

QStringList FakeFive9Server::operations() const
{
    QStringList names;
    for (const Request &request : m_requests)
        names << request.operation;
    return names;
}

qsizetype FakeFive9Server::requestCount(const QString &operation) const
{
    return std::count_if(m_requests.cbegin(), m_requests.cend(),
        [&operation](const Request &request) { return request.operation == operation; });
}

void FakeFive9Server::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const QByteArray bytes = socket->readAll();
    m_bytesReceived += bytes.size();
    it->buffer += bytes;
    const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray headers = it->buffer.left(headerEnd);
    qsizetype length = 0;
    for (const QByteArray &line : headers.split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (it->buffer.size() < headerEnd + 4 + length)
        return;
    const QByteArray body = it->buffer.mid(headerEnd + 4, length);
    it->buffer.remove(0, headerEnd + 4 + length);
    handle(socket, headers, body);
}

void FakeFive9Server::respond(QTcpSocket *socket, int status, const QByteArray &body,
    const QByteArray &extraHeaders, const QByteArray &contentType)
{
    if (!m_connections.contains(socket))
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += extraHeaders;
    // One request per connection keeps the parser small; clients reconnect.
    head += "Connection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

std::optional<FakeFive9Server::Fault> FakeFive9Server::takeFault(
    const QString &operation, const QMap<QString, QString> &args)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        PlannedFault &planned = m_faults[i];
        if (!planned.operation.isEmpty() && planned.operation != operation)
            continue;
        const Fault fault = planned.fault;
        if (planned.remaining > 0 && --planned.remaining == 0)
            m_faults.removeAt(i);
        return fault;
    }
    if (m_faultRule)
        return m_faultRule(operation, args);
    return std::nullopt;
}

void FakeFive9Server::handle(QTcpSocket *socket, const QByteArray &headers, const QByteArray &body)
{
    const QList<QByteArray> lines = headers.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.value(0) != "POST" || requestLine.value(1) != ServicePath) {
        respond(socket, 404, "not found");
        return;
    }
    QByteArray authorization;
    QByteArray contentType;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(14).trimmed();
        if (line.toLower().startsWith("content-type:"))
            contentType = line.mid(13).trimmed();
    }
    const QByteArray credentials = authorization.startsWith("Basic ")
        ? QByteArray::fromBase64(authorization.mid(6))
        : QByteArray();
    const qsizetype colon = credentials.indexOf(':');
    const QString user = QString::fromUtf8(credentials.left(colon));
    const QString password = QString::fromUtf8(credentials.mid(colon + 1));

    const FakeFive9Envelope::Parsed parsed = FakeFive9Envelope::parse(body);
    m_requests.append({parsed.operation, body, user, m_clock.elapsed()});

    if (colon < 0 || !m_users.contains(user) || m_users.value(user).password != password) {
        respond(socket, 401, "<html><body>Unauthorized</body></html>",
            "WWW-Authenticate: Basic realm=\"Five9\"\r\n");
        return;
    }
    // SOAP 1.1 is sent as text/xml (SOAP 1.1 HTTP binding, WS-I Basic Profile 1.1 R1140).
    // Five9's service is JAX-WS (the WSDL is JAX-WS RI's); Metro refuses any other type
    // before it reads the body, with HTTP 415 and a client fault saying which types it takes,
    // e.g. application/soap+xml, SOAP 1.2's type, which this SOAP 1.1 endpoint does not speak.
    const QByteArray mediaType = contentType.split(';').value(0).trimmed().toLower();
    if (mediaType != "text/xml") {
        const QString message
            = QStringLiteral("Unsupported Content-Type: %1 Supported ones are: [text/xml]")
                  .arg(QString::fromLatin1(contentType));
        m_envelopeErrors << message;
        respond(socket, 415, FakeFive9Envelope::fault(message, {}, {}, true));
        return;
    }
    if (!parsed.error.isEmpty()) {
        m_envelopeErrors << parsed.error;
        respond(socket, 500,
            FakeFive9Envelope::fault(
                QStringLiteral("Unmarshalling Error: %1").arg(parsed.error), {}, {}, true));
        return;
    }
    const auto normal = [this, guard = QPointer<QTcpSocket>(socket), parsed, user] {
        const QString type = FakeFive9Limits::operationType(parsed.operation);
        if (m_limitsEnforced && !type.isEmpty()) {
            if (const auto refusal = m_limits.take(type, now())) {
                const QString message
                    = QStringLiteral("%1 operations limit of %2 per %3 seconds exceeded")
                          .arg(type)
                          .arg(refusal->limit)
                          .arg(refusal->windowSeconds);
                ++m_limitFaultsSent;
                respond(guard, 500,
                    FakeFive9Envelope::fault(message,
                        QStringLiteral("OperationsLimitExceededFault"),
                        {{QStringLiteral("limit"), QString::number(refusal->limit)},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("operationType"), type}}));
                return;
            }
        }
        const auto reply = [this, guard, parsed, user] {
            if (!guard)
                return;
            int status = 200;
            QByteArray answerBody = answer(parsed.operation, parsed.args, user, &status);
            if (m_truncate.remove(guard.data()))
                answerBody.truncate(answerBody.size() * 6 / 10);
            if (m_resetMidBody.remove(guard.data())) {
                // The whole answer's length, half its bytes, then the connection drops once
                // they are on the wire: the client has begun reading the body.
                QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\n"
                                  "Content-Length: "
                    + QByteArray::number(answerBody.size()) + "\r\n\r\n";
                auto *tls = qobject_cast<QSslSocket *>(guard.data());
                connect(tls, &QSslSocket::encryptedBytesWritten, tls, [tls] {
                    if (tls->encryptedBytesToWrite() == 0 && tls->bytesToWrite() == 0)
                        tls->abort();
                });
                tls->write(head + answerBody.left(answerBody.size() / 2));
                return;
            }
            respond(guard, status, answerBody);
        };
        // Never blocks: other requests, and other reports, go on while this one waits.
        if (const qint64 wait = serverWaitMs(parsed.operation, parsed.args); wait > 0)
            QTimer::singleShot(std::chrono::milliseconds(wait), Qt::PreciseTimer, this, reply);
        else
            reply();
    };
    if (const auto fault = takeFault(parsed.operation, parsed.args))
        applyFault(socket, *fault, normal);
    else
        normal();
}

void FakeFive9Server::applyFault(
    QTcpSocket *socket, Fault fault, const std::function<void()> &normal)
{
    switch (fault) {
    case Fault::Slow:
        QTimer::singleShot(m_slowDelayMs, this, normal);
        return;
    case Fault::Reset:
        socket->abort();
        return;
    case Fault::Silent:
        return;
    case Fault::MalformedXml:
        respond(socket, 200,
            "<env:Envelope "
            "xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Body><broken");
        return;
    case Fault::Http500:
        respond(socket, 500, "<html><body>Internal Server Error</body></html>");
        return;
    case Fault::Truncated:
        m_truncate.insert(socket);
        normal();
        return;
    case Fault::LimitExceeded:
        ++m_limitFaultsSent;
        respond(socket, 500,
            FakeFive9Envelope::fault(QStringLiteral("Operations limit exceeded"),
                QStringLiteral("OperationsLimitExceededFault"),
                {{QStringLiteral("limit"), QStringLiteral("100")},
                    {QStringLiteral("message"), QStringLiteral("Operations limit exceeded")},
                    {QStringLiteral("operationType"), QStringLiteral("REPORTING")}}));
        return;
    case Fault::ServiceUnavailable:
        respond(socket, 500,
            FakeFive9Envelope::fault(QStringLiteral("Service is temporarily unavailable"),
                QStringLiteral("ServiceUnavailableFault"),
                {{QStringLiteral("message"),
                    QStringLiteral("Service is temporarily unavailable")}}));
        return;
    case Fault::AccessDisallowed:
        respond(socket, 500,
            FakeFive9Envelope::fault(
                QStringLiteral("Access to web services is disallowed for this domain"),
                QStringLiteral("AccessDisallowedFault"),
                {{QStringLiteral("message"),
                    QStringLiteral("Access to web services is disallowed for this domain")}}));
        return;
    case Fault::TooManyRequests:
        respond(socket, 429, "too many requests",
            "Retry-After: " + QByteArray::number(m_retryAfterSeconds) + "\r\n");
        return;
    case Fault::ResetMidBody:
        m_resetMidBody.insert(socket);
        normal();
        return;
    case Fault::HttpStatus:
        respond(socket, m_faultStatus,
            "<html><body><h1>" + QByteArray::number(m_faultStatus) + ' ' + statusText(m_faultStatus)
                + "</h1></body></html>",
            m_retryAfterSeconds > 0
                ? "Retry-After: " + QByteArray::number(m_retryAfterSeconds) + "\r\n"
                : QByteArray(),
            "text/html; charset=utf-8");
        return;
    case Fault::HtmlPage:
        respond(socket, 200,
            "<!DOCTYPE html><html><head><title>Scheduled maintenance</title></head><body>"
            "<p>Five9 is down for scheduled maintenance. We will be back shortly.</p>"
            "</body></html>",
            {}, "text/html; charset=utf-8");
        return;
    case Fault::OversizedDeclared:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\n"
                      "Content-Length: 157286400\r\n\r\n"
                      "<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                      "<env:Body>");
        return;
    case Fault::Endless:
        sendEndless(socket);
        return;
    }
}

void FakeFive9Server::sendEndless(QTcpSocket *socket)
{
    // Pieces of 1 MiB, each written when the last has gone out, so the fake holds little.
    static const QByteArray piece = [] {
        const QByteArray skill = "<return><name>Skill</name><description>" + QByteArray(200, 'x')
            + "</description></return>";
        return skill.repeated(1024 * 1024 / skill.size());
    }();
    auto *tls = qobject_cast<QSslSocket *>(socket);
    const auto more = [this, tls] {
        if (tls->state() != QAbstractSocket::ConnectedState || tls->encryptedBytesToWrite() > 0
            || tls->bytesToWrite() > 0)
            return;
        m_endlessBytesSent += piece.size();
        tls->write(piece);
    };
    connect(tls, &QSslSocket::encryptedBytesWritten, this, more);
    tls->write(
        "HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\n"
        "Connection: close\r\n\r\n"
        "<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\">"
        "<env:Body><ns2:getSkillsResponse xmlns:ns2=\"http://service.admin.ws.five9.com/\">");
}
