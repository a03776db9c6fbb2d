#pragma once

#include "api/connectorresult.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

class QNetworkReply;

// Turns a finished QNetworkReply that failed into a ConnectorResult, the same way for every
// connector: connection failures are Unreachable, TLS failures TlsError, 401 BadCredentials,
// 403 MissingPermission, 429 RateLimited (with Retry-After), 5xx ServerBusy.
namespace NetworkResult {

// Ok when the reply finished without a network or HTTP error. service names the ACD in
// messages, e.g. "Five9".
ConnectorResult fromReply(const QNetworkReply *reply, const QString &service);

// The delay a Retry-After header asks for, in seconds (delta-seconds or an HTTP date);
// -1 when absent or unreadable.
int retryAfterSeconds(const QNetworkReply *reply);

int httpStatus(const QNetworkReply *reply);

} // namespace NetworkResult
