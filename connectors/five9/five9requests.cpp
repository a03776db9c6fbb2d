#include "five9/five9requests.h"

#include "five9/five9soap.h"

#include <QXmlStreamWriter>

namespace Five9Requests {

namespace {
QByteArray withText(const QString &operation, const QString &element, const QString &text)
{
    return Five9Soap::envelope(
        operation, [&](QXmlStreamWriter &w) { w.writeTextElement(element, text); });
}
} // namespace

QString xsDateTime(const QDateTime &value)
{
    const int offset = value.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return value.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + (offset < 0 ? u'-' : u'+')
        + QStringLiteral("%1:%2")
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QByteArray getCallCountersState()
{
    return Five9Soap::envelope(QStringLiteral("getCallCountersState"));
}

QByteArray getVCCConfiguration()
{
    return Five9Soap::envelope(QStringLiteral("getVCCConfiguration"));
}

QByteArray getSkills(const QString &skillNamePattern)
{
    return withText(
        QStringLiteral("getSkills"), QStringLiteral("skillNamePattern"), skillNamePattern);
}

QByteArray getCampaigns(const QString &campaignNamePattern)
{
    // No campaignType: inbound and outbound campaigns both carry calls a WFM plan covers.
    return withText(
        QStringLiteral("getCampaigns"), QStringLiteral("campaignNamePattern"), campaignNamePattern);
}

QByteArray getUsersGeneralInfo(const QString &userNamePattern)
{
    return withText(
        QStringLiteral("getUsersGeneralInfo"), QStringLiteral("userNamePattern"), userNamePattern);
}

QByteArray runReport(const QString &folderName, const QString &reportName, const QDateTime &start,
    const QDateTime &end)
{
    return Five9Soap::envelope(QStringLiteral("runReport"), [&](QXmlStreamWriter &w) {
        w.writeTextElement(QStringLiteral("folderName"), folderName);
        w.writeTextElement(QStringLiteral("reportName"), reportName);
        w.writeStartElement(QStringLiteral("criteria"));
        w.writeStartElement(QStringLiteral("time"));
        w.writeTextElement(QStringLiteral("end"), xsDateTime(end));
        w.writeTextElement(QStringLiteral("start"), xsDateTime(start));
        w.writeEndElement();
        w.writeEndElement();
    });
}

QByteArray isReportRunning(const QString &identifier, int timeoutSeconds)
{
    return Five9Soap::envelope(QStringLiteral("isReportRunning"), [&](QXmlStreamWriter &w) {
        w.writeTextElement(QStringLiteral("identifier"), identifier);
        w.writeTextElement(QStringLiteral("timeout"), QString::number(timeoutSeconds));
    });
}

QByteArray getReportResultCsv(const QString &identifier)
{
    return withText(QStringLiteral("getReportResultCsv"), QStringLiteral("identifier"), identifier);
}

} // namespace Five9Requests
