#include "http/networkresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcHttp, "acd.connector.http")

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("NetworkResult", text);
}
} // namespace

namespace NetworkResult {

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int retryAfterSeconds(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // An HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(value).chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone(QByteArrayLiteral("UTC")));
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

ConnectorResult fromReply(const QNetworkReply *reply, const QString &service)
{
    using Kind = ConnectorResult::Kind;
    if (reply->error() != QNetworkReply::NoError || httpStatus(reply) >= 400)
        // Where and what, never how: no headers (Authorization), no body, no user info.
        qCInfo(lcHttp).nospace() << service << ": "
                                 << reply->url().toDisplayString(
                                        QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                                 << " failed: HTTP " << httpStatus(reply) << ", " << reply->error()
                                 << " (" << reply->errorString() << ")";
    const int status = httpStatus(reply);
    if (status == 401)
        return ConnectorResult::failure(
            Kind::BadCredentials, tr("%1 did not accept the user name or password.").arg(service));
    if (status == 403)
        return ConnectorResult::failure(Kind::MissingPermission,
            tr("%1 refused access: the user lacks a permission this needs.").arg(service));
    if (status == 429)
        return ConnectorResult::failure(Kind::RateLimited,
            tr("%1 asks us to slow down; trying again later.").arg(service),
            retryAfterSeconds(reply));
    if (status >= 500)
        return ConnectorResult::failure(Kind::ServerBusy,
            tr("%1 is busy or has a problem (HTTP %2); try again later.").arg(service).arg(status),
            retryAfterSeconds(reply));
    // Any other refusal, e.g. 404: the status says more than Qt's text with the whole URL.
    if (status >= 400)
        return ConnectorResult::failure(
            Kind::ProtocolError, tr("%1 answered with HTTP %2.").arg(service).arg(status));

    switch (reply->error()) {
    case QNetworkReply::NoError:
        return ConnectorResult::success();
    case QNetworkReply::AuthenticationRequiredError:
        return ConnectorResult::failure(
            Kind::BadCredentials, tr("%1 did not accept the user name or password.").arg(service));
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError: // what Qt reports for some TLS failures
        if (reply->error() == QNetworkReply::SslHandshakeFailedError
            || reply->errorString().contains(QLatin1String("SSL"), Qt::CaseInsensitive))
            return ConnectorResult::failure(Kind::TlsError,
                tr("The secure connection to %1 failed: its certificate is not "
                   "trusted or the connection was tampered with. Check the "
                   "network, proxy or antivirus settings.")
                    .arg(service));
        return ConnectorResult::failure(Kind::Unreachable,
            tr("%1 could not be reached: %2").arg(service, reply->errorString()));
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return ConnectorResult::failure(Kind::Unreachable,
            tr("%1 could not be reached. Check the network connection.").arg(service));
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::OperationCanceledError:
        // A connection dropped mid-way (or our own transfer timeout) is worth retrying.
        return ConnectorResult::failure(
            Kind::ServerBusy, tr("The connection to %1 was interrupted.").arg(service));
    default:
        return ConnectorResult::failure(Kind::ProtocolError,
            tr("%1 answered unexpectedly: %2").arg(service, reply->errorString()));
    }
}

} // namespace NetworkResult
