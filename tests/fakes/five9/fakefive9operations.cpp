// The operations the fake serves, answered from its fixture data.
#include "fakefive9envelope.h"
#include "fakefive9server.h"

#include <QRegularExpression>

#include <QXmlStreamWriter>
#include <algorithm>

namespace {

QDateTime readDateTime(const QString &text)
{
    return QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
}

// The header and the first `records` rows of a CSV. Rows end at a line break outside quotes
// (a field may hold line breaks).
QString capped(const QString &csv, int records)
{
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (c == u'\n' && !quoted && ++lines > records)
            return csv.left(i + 1);
    }
    return csv;
}

} // namespace

QByteArray FakeFive9Server::answer(const QString &operation, const QMap<QString, QString> &args,
    const QString &userName, int *status)
{
    using namespace FakeFive9Envelope;
    const User user = m_users.value(userName);
    QStringList missing;
    if (!user.roles.contains(u"DomainAdmin"))
        missing << QStringLiteral("DomainAdmin");
    if (operation.contains(QLatin1String("Report")) && !user.roles.contains(u"Reporting"))
        missing << QStringLiteral("Reporting");
    if (!missing.isEmpty()) {
        *status = 500;
        QList<QPair<QString, QString>> detail
            = {{QStringLiteral("message"), QStringLiteral("User has no required roles")}};
        for (const QString &role : missing)
            detail.append({QStringLiteral("roles"), role});
        detail.append({QStringLiteral("userName"), userName});
        return fault(QStringLiteral("User has no required roles"),
            QStringLiteral("UserHasNoRequiredRoleFault"), detail);
    }

    if (operation == u"getVCCConfiguration") {
        return response(operation, [](QXmlStreamWriter &w) {
            w.writeStartElement(QStringLiteral("return"));
            w.writeTextElement(QStringLiteral("domainId"), QStringLiteral("4711"));
            w.writeTextElement(QStringLiteral("domainName"), QStringLiteral("Fake Domain"));
            w.writeEndElement();
        });
    }
    if (operation == u"getSkills") {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(
            args.value(QStringLiteral("skillNamePattern"), QStringLiteral(".*"))));
        return response(operation, [&](QXmlStreamWriter &w) {
            for (qsizetype i = 0; i < m_skills.size(); ++i) {
                if (!pattern.match(m_skills.at(i)).hasMatch())
                    continue;
                w.writeStartElement(QStringLiteral("return"));
                w.writeTextElement(QStringLiteral("description"), QString());
                w.writeTextElement(QStringLiteral("id"), QString::number(266000 + i));
                w.writeTextElement(QStringLiteral("name"), m_skills.at(i));
                w.writeTextElement(QStringLiteral("routeVoiceMails"), QStringLiteral("false"));
                w.writeEndElement();
            }
        });
    }
    if (operation == u"getCampaigns") {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(
            args.value(QStringLiteral("campaignNamePattern"), QStringLiteral(".*"))));
        return response(operation, [&](QXmlStreamWriter &w) {
            for (const QString &name : std::as_const(m_campaigns)) {
                if (!pattern.match(name).hasMatch())
                    continue;
                w.writeStartElement(QStringLiteral("return"));
                w.writeTextElement(QStringLiteral("mode"), QStringLiteral("BASIC"));
                w.writeTextElement(QStringLiteral("name"), name);
                w.writeTextElement(QStringLiteral("state"), QStringLiteral("RUNNING"));
                w.writeTextElement(QStringLiteral("type"), QStringLiteral("INBOUND"));
                w.writeEndElement();
            }
        });
    }
    if (operation == u"getUsersGeneralInfo") {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(
            args.value(QStringLiteral("userNamePattern"), QStringLiteral(".*"))));
        return response(operation, [&](QXmlStreamWriter &w) {
            qint64 id = 1000;
            for (auto it = m_users.cbegin(); it != m_users.cend(); ++it, ++id) {
                if (!pattern.match(it.key()).hasMatch())
                    continue;
                w.writeStartElement(QStringLiteral("return"));
                w.writeTextElement(QStringLiteral("active"), QStringLiteral("true"));
                w.writeTextElement(QStringLiteral("fullName"), it->fullName);
                w.writeTextElement(QStringLiteral("id"), QString::number(id));
                w.writeTextElement(QStringLiteral("userName"), it.key());
                w.writeEndElement();
            }
        });
    }
    if (operation == u"getCallCountersState") {
        // One limitTimeoutState per window, as the WSDL declares: the counters of every
        // limited operation type, then the window's length in seconds.
        return response(operation, [&](QXmlStreamWriter &w) {
            for (const qint64 window : FakeFive9Limits::windows()) {
                w.writeStartElement(QStringLiteral("return"));
                for (const QString &type : m_limits.operationTypes()) {
                    w.writeStartElement(QStringLiteral("callCounterStates"));
                    w.writeTextElement(
                        QStringLiteral("limit"), QString::number(m_limits.limit(type, window)));
                    w.writeTextElement(QStringLiteral("operationType"), type);
                    w.writeTextElement(QStringLiteral("value"),
                        QString::number(m_limits.count(type, window, now())));
                    w.writeEndElement();
                }
                w.writeTextElement(QStringLiteral("timeout"), QString::number(window));
                w.writeEndElement();
            }
        });
    }
    if (operation == u"runReport" || operation == u"isReportRunning"
        || operation == u"getReportResultCsv")
        return answerReport(operation, args, status);
    *status = 500;
    return fault(QStringLiteral("Operation %1 is not served by the fake").arg(operation), {}, {});
}

QByteArray FakeFive9Server::answerReport(
    const QString &operation, const QMap<QString, QString> &args, int *status)
{
    using namespace FakeFive9Envelope;
    if (operation == u"runReport") {
        const QString start = args.value(QStringLiteral("criteria/time/start"));
        const QString end = args.value(QStringLiteral("criteria/time/end"));
        m_reportRuns.append({start, end});
        const QDateTime from = readDateTime(start);
        const QDateTime to = readDateTime(end);
        if (!from.isValid() || !to.isValid() || to <= from) {
            *status = 500;
            return fault(QStringLiteral("Invalid report time criteria"),
                QStringLiteral("IncorrectArgumentFault"),
                {{QStringLiteral("message"), QStringLiteral("Invalid report time criteria")}});
        }
        const QString folder = args.value(QStringLiteral("folderName"));
        const QString name = args.value(QStringLiteral("reportName"));
        if (!m_catalogue.value(folder).contains(name) || m_missingReports.contains(name)) {
            *status = 500;
            const QString message
                = QStringLiteral("Report %1 not found in folder %2").arg(name, folder);
            return fault(message, QStringLiteral("ReportNotFoundFault"),
                {{QStringLiteral("folder"), folder}, {QStringLiteral("message"), message},
                    {QStringLiteral("reportName"), name}});
        }
        const QString identifier = QStringLiteral("fake-report-%1").arg(m_nextReport++);
        const QString csv = m_reportSource ? m_reportSource(folder, name, from, to)
                                           : builtInReport(folder, name, from, to);
        m_reports.insert(identifier, {csv, now() + m_reportMs, m_runningPolls, m_notReadyAnswers});
        return response(operation,
            [&](QXmlStreamWriter &w) { w.writeTextElement(QStringLiteral("return"), identifier); });
    }
    const QString identifier = args.value(QStringLiteral("identifier"));
    const auto report = m_reports.find(identifier);
    if (report == m_reports.end()) {
        *status = 500;
        const QString message = QStringLiteral("Unknown report identifier %1").arg(identifier);
        return fault(message, QStringLiteral("UnknownIdentifierFault"),
            {{QStringLiteral("message"), message}});
    }
    if (operation == u"isReportRunning") {
        bool running = now() < report->doneAtMs;
        if (report->runningPolls > 0) {
            --report->runningPolls;
            running = true;
        }
        return response(operation, [&](QXmlStreamWriter &w) {
            w.writeTextElement(QStringLiteral("return"),
                running ? QStringLiteral("true") : QStringLiteral("false"));
        });
    }
    // getReportResultCsv
    if (now() < report->doneAtMs || report->runningPolls > 0 || report->notReadyAnswers > 0) {
        if (report->notReadyAnswers > 0)
            --report->notReadyAnswers;
        *status = 500;
        return fault(QStringLiteral("Result is not ready"), QStringLiteral("ResultIsNotReadyFault"),
            {{QStringLiteral("message"), QStringLiteral("Result is not ready")}});
    }
    return response(operation, [&](QXmlStreamWriter &w) {
        w.writeTextElement(QStringLiteral("return"), capped(report->csv, m_resultCap));
    });
}

qint64 FakeFive9Server::serverWaitMs(
    const QString &operation, const QMap<QString, QString> &args) const
{
    if (operation != u"isReportRunning")
        return 0;
    const auto report = m_reports.constFind(args.value(QStringLiteral("identifier")));
    if (report == m_reports.cend() || report->runningPolls > 0)
        return 0;
    const qint64 timeoutMs = args.value(QStringLiteral("timeout")).trimmed().toLongLong() * 1000;
    // A millisecond more, so the report is done when the timer fires at the earliest.
    return std::clamp(report->doneAtMs - now() + 1, qint64(0), std::max(timeoutMs, qint64(0)));
}
