#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The Admin web service requests the connector sends, element names and order as in
// Five9's WSDL.
namespace Five9Requests {

QByteArray getVCCConfiguration();
QByteArray getSkills(const QString &skillNamePattern);
QByteArray getCampaigns(const QString &campaignNamePattern);
QByteArray getUsersGeneralInfo(const QString &userNamePattern);
// start and end carry the domain's time zone; they are written with its UTC offset.
QByteArray runReport(const QString &folderName, const QString &reportName, const QDateTime &start,
    const QDateTime &end);
QByteArray isReportRunning(const QString &identifier, int timeoutSeconds);
QByteArray getReportResultCsv(const QString &identifier);
QByteArray getCallCountersState();

// xs:dateTime with the offset of the value's own time zone, e.g. 2026-03-02T00:00:00.000+01:00.
QString xsDateTime(const QDateTime &value);

} // namespace Five9Requests
