#include "five9/five9call.h"

#include "five9/five9regions.h"
#include "five9/five9settings.h"
#include "http/networkresult.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcFive9, "acd.connector.five9")

namespace {
constexpr auto ServicePath = "/wsadmin/v13/AdminWebService";

QByteArray mediaType(const QNetworkReply *reply)
{
    return reply->rawHeader("Content-Type").split(';').value(0).trimmed().toLower();
}

// SOAP 1.1 comes as text/xml; an answer without a type is left to the parser.
bool isXml(const QNetworkReply *reply)
{
    const QByteArray type = mediaType(reply);
    return type.isEmpty() || type == "text/xml" || type == "application/xml"
        || type.endsWith("+xml");
}
} // namespace

std::chrono::milliseconds Five9RetryPolicy::retryDelay(int attempt) const
{
    auto delay = firstDelay;
    for (int i = 1; i < attempt && delay < maxDelay; ++i)
        delay *= 2;
    return std::min(delay, maxDelay);
}

std::chrono::milliseconds Five9RetryPolicy::pollDelay(int poll) const
{
    auto delay = firstPoll;
    for (int i = 1; i < poll && delay < maxPoll; ++i)
        delay = delay * 3 / 2;
    return std::min(delay, maxPoll);
}

Five9Endpoint Five9Endpoint::fromSettings(const ConnectionSettings &settings)
{
    Five9Endpoint endpoint;
    if (settings.testEndpoint) {
        endpoint.url = settings.testEndpoint->baseUrl();
        endpoint.trusted = settings.testEndpoint->trustedCertificates();
    } else {
        const Five9Region region
            = Five9Regions::byKey(settings.value(QLatin1String(Five9Settings::Region)));
        endpoint.url.setScheme(QStringLiteral("https"));
        endpoint.url.setHost(region.host);
    }
    endpoint.url.setPath(QLatin1String(ServicePath));
    endpoint.userName = settings.value(QLatin1String(Five9Settings::UserName)).trimmed();
    endpoint.password = settings.secret(QLatin1String(Five9Settings::Password));
    return endpoint;
}

ConnectorResult five9FaultResult(const Five9Soap::Fault &fault)
{
    using Kind = ConnectorResult::Kind;
    const QString kind = Five9Soap::faultKind(fault);
    if (kind.startsWith(QLatin1String("UserHasNoRequiredRole"))) {
        QStringList roles;
        for (const Five9Soap::Node *role : fault.detail.childrenNamed(u"roles"))
            roles << role->text.trimmed();
        const QString user = fault.detail.childText(u"userName");
        return ConnectorResult::failure(Kind::MissingPermission,
            QCoreApplication::translate("Five9Call",
                "The Five9 user \"%1\" lacks the role %2. Give the user this role in Five9's "
                "VCC Administrator, or enter another user.")
                .arg(user, roles.isEmpty() ? fault.message : roles.join(QLatin1String(", "))));
    }
    if (kind == u"OperationsLimitExceeded")
        return ConnectorResult::failure(Kind::RateLimited,
            QCoreApplication::translate("Five9Call",
                "Five9 says the domain used up its request quota (%1); the import will try "
                "again later.")
                .arg(fault.message));
    if (kind == u"ServiceUnavailable")
        return ConnectorResult::failure(Kind::ServerBusy,
            QCoreApplication::translate("Five9Call", "Five9 is busy (%1); try again later.")
                .arg(fault.message));
    const ConnectorResult other = ConnectorResult::failure(Kind::ProtocolError,
        QCoreApplication::translate("Five9Call", "Five9 answered: %1")
            .arg(fault.message.isEmpty() ? kind : fault.message));
    // A bare soap:Server fault is Five9 failing, not refusing.
    return kind.isEmpty() ? other.transient() : other.needingAdmin();
}

Five9Call::Five9Call(QNetworkAccessManager *network, const Five9Endpoint &endpoint,
    const Five9RetryPolicy &policy, const QString &operation, const QByteArray &body,
    Handler handler, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(endpoint)
    , m_policy(policy)
    , m_operation(operation)
    , m_body(body)
    , m_handler(std::move(handler))
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% before Retry-After
    connect(&m_retryTimer, &QTimer::timeout, this, &Five9Call::send);
    QTimer::singleShot(0, this, &Five9Call::send);
}

void Five9Call::abort()
{
    m_handler = {};
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    deleteLater();
}

void Five9Call::send()
{
    if (!m_handler)
        return;
    if (!m_network) {
        // The connector is gone; it cancels its jobs first, so this is only a safety net.
        report({ConnectorJob::cancelledResult(), {}});
        return;
    }
    ++m_attempt;
    QNetworkRequest request(m_endpoint.url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=utf-8"));
    request.setRawHeader("SOAPAction", "\"\"");
    request.setRawHeader("Authorization",
        "Basic " + (m_endpoint.userName + u':' + m_endpoint.password).toUtf8().toBase64());
    request.setTransferTimeout(int(m_policy.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_endpoint.trusted.isEmpty()) {
        // Trust the test server's own certificate in addition to the system's; verification stays
        // on.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_endpoint.trusted);
        request.setSslConfiguration(tls);
    }
    if (m_stream.text) {
        if (m_attempt > 1 && m_stream.restart)
            m_stream.restart();
        m_returnText = std::make_unique<Five9ReturnText>(m_stream.text);
        m_streaming = false;
    }
    m_answer.clear();
    m_reply = m_network->post(request, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &Five9Call::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { checkAnswerSize(0); });
    connect(m_reply, &QNetworkReply::downloadProgress, this,
        [this](qint64 received) { checkAnswerSize(received); });
    connect(m_reply, &QNetworkReply::finished, this, &Five9Call::onFinished);
}

bool Five9Call::streams() const
{
    return m_stream.text && NetworkResult::httpStatus(m_reply) == 200 && isXml(m_reply);
}

void Five9Call::checkAnswerSize(qint64 received)
{
    if (!m_reply || streams())
        return;
    const qint64 declared = m_reply->rawHeader("Content-Length").toLongLong();
    if (std::max(received, declared) > m_policy.maxAnswerBytes)
        refuseLargeAnswer();
}

void Five9Call::refuseLargeAnswer()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    // Asking again brings the same answer: the admin looks at what is in between.
    const int megabytes = int(m_policy.maxAnswerBytes / (1024 * 1024));
    report({ConnectorResult::failure(ConnectorResult::Kind::ProtocolError,
                tr("Five9's answer to %1 is larger than %2 MB, more than ACD Connect reads in "
                   "one piece, so it stopped reading it. Check the data centre (region) and any "
                   "proxy in between; if both are right, tell ACD Connect's support.")
                    .arg(m_operation)
                    .arg(megabytes))
                .needingAdmin(),
        {}});
}

void Five9Call::onReadyRead()
{
    if (!m_streaming) {
        // Only a 200 of XML is streamed; a fault (500) or an error page is read whole.
        if (!streams()) {
            if (m_reply->isOpen())
                m_answer += m_reply->readAll();
            return;
        }
        m_streaming = true;
    }
    if (m_reply->isOpen()) // not after a timeout or abort
        m_returnText->feed(m_reply->readAll());
}

bool Five9Call::retryOnNetworkError(QNetworkReply *reply)
{
    const ConnectorResult network = NetworkResult::fromReply(reply, QStringLiteral("Five9"));
    if (network.ok())
        return false;
    ConnectorResult result = network;
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Not our abort (that disconnects first): Qt's transfer timeout, a silent server.
        const int seconds = int((m_policy.transferTimeout.count() + 999) / 1000);
        report({ConnectorResult::failure(ConnectorResult::Kind::Unreachable,
                    tr("No answer from Five9 at %1 within %n seconds. Five9 or the network "
                       "may be down; ACD Connect tries again later.",
                        nullptr, seconds)
                        .arg(m_endpoint.url.host())),
            {}});
        return true;
    }
    if (result.kind == ConnectorResult::Kind::Unreachable)
        result.message = tr("Five9 is not reachable at %1. Check the region (data centre) "
                            "and the network connection.")
                             .arg(m_endpoint.url.host());
    retryOrFail({result, {}}, network.retryAfterSeconds);
    return true;
}

void Five9Call::retryInvalidAnswer(const QString &error)
{
    // Transient: a truncated or mangled answer (a proxy, a dropped line) is worth a retry.
    retryOrFail(
        {ConnectorResult::failure(ConnectorResult::Kind::ProtocolError,
             tr("Five9 sent an answer to %1 that is not valid SOAP: %2").arg(m_operation, error)),
            {}},
        -1);
}

void Five9Call::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (m_streaming) {
        onReadyRead(); // what is left
        m_reply = nullptr;
        reply->deleteLater();
        if (retryOnNetworkError(reply))
            return;
        if (QString error; !m_returnText->finish(&error))
            return retryInvalidAnswer(error);
        report({ConnectorResult::success(), {}});
        return;
    }
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray data
        = std::exchange(m_answer, {}) + (reply->isOpen() ? reply->readAll() : QByteArray());
    const int status = NetworkResult::httpStatus(reply);
    if (status == 200 && reply->error() == QNetworkReply::NoError && !isXml(reply)) {
        // Transient: a maintenance page, or a proxy's, in Five9's place.
        retryOrFail({ConnectorResult::failure(ConnectorResult::Kind::ProtocolError,
                         tr("Five9 answered %1 with a web page (%2), not SOAP: Five9 may be "
                            "down for maintenance, or a proxy answered in its place. ACD "
                            "Connect tries again later.")
                             .arg(m_operation, QString::fromLatin1(mediaType(reply)))),
                        {}},
            -1);
        return;
    }

    // SOAP 1.1 faults arrive with HTTP 500; read the body before judging the status.
    QString parseError;
    const std::optional<Five9Soap::Response> parsed
        = status == 200 || status == 500 ? Five9Soap::parse(data, &parseError) : std::nullopt;
    if (parsed && parsed->fault) {
        const ConnectorResult result = five9FaultResult(*parsed->fault);
        retryOrFail({result, *parsed}, -1);
        return;
    }
    if (retryOnNetworkError(reply))
        return;
    if (!parsed)
        return retryInvalidAnswer(parseError);
    report({ConnectorResult::success(), *parsed});
}

void Five9Call::retryOrFail(const Five9Outcome &outcome, int retryAfterSeconds)
{
    if (!outcome.result.isTransient() || m_attempt >= m_policy.maxAttempts) {
        report(outcome);
        return;
    }
    auto delay = m_policy.retryDelay(m_attempt);
    if (retryAfterSeconds >= 0) {
        // Never sooner than Five9 asked (nor sooner than the backoff: a server that keeps
        // saying "Retry-After: 0" gets no burst). Longer than this call is willing to wait:
        // the import ends here with the wait in its result, and the engine comes back then.
        const auto asked = std::chrono::milliseconds(retryAfterSeconds * 1000LL);
        if (asked > m_policy.maxDelay) {
            report(outcome);
            return;
        }
        delay = std::max(delay, asked);
    }
    qCInfo(lcFive9).nospace() << m_operation << ": attempt " << m_attempt << " of "
                              << m_policy.maxAttempts << " failed (" << outcome.result.kind
                              << "), again in " << delay.count()
                              << " ms: " << outcome.result.message;
    m_retryTimer.start(delay);
}

void Five9Call::report(const Five9Outcome &outcome)
{
    // The operation's name and the message only: never the body nor the Authorization
    // header. Debug: the job decides what the failure means (ResultIsNotReady is routine) and
    // logs it as a warning when it ends there.
    if (!outcome.result.ok())
        qCDebug(lcFive9).nospace() << m_operation << " failed after " << m_attempt
                                   << " attempt(s): " << outcome.result.kind << ", "
                                   << outcome.result.disposition << ": " << outcome.result.message;
    Handler handler = std::move(m_handler);
    m_handler = {};
    deleteLater();
    if (handler)
        handler(outcome);
}
