// The operations the fake serves, answered from its fixture data.
#include "fakefive9envelope.h"
#include "fakefive9server.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace {

QDateTime readDateTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
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
    if (operation == u"runReport") {
        const QString start = args.value(QStringLiteral("criteria/time/start"));
        const QString end = args.value(QStringLiteral("criteria/time/end"));
        m_reportRuns.append({start, end});
        const QDateTime from = readDateTime(start);
        const QDateTime to = readDateTime(end);
        if (!from.isValid() || !to.isValid() || to <= from) {
            *status = 500;
            return fault(QStringLiteral("Invalid report time criteria"),
                QStringLiteral("ReportNotFoundFault"),
                {{QStringLiteral("message"), QStringLiteral("Invalid report time criteria")}});
        }
        const QString folder = args.value(QStringLiteral("folderName"));
        const QString name = args.value(QStringLiteral("reportName"));
        if (m_missingReports.contains(name)) { // as Five9 answers a folder or name it lacks
            *status = 500;
            return fault(QStringLiteral("Report %1 not found in folder %2").arg(name, folder),
                QStringLiteral("ReportNotFoundFault"),
                {{QStringLiteral("message"), QStringLiteral("Report not found")}});
        }
        const QString identifier = QStringLiteral("fake-report-%1").arg(m_nextReport++);
        const QString csv = m_reportSource ? m_reportSource(folder, name, from, to) : QString();
        m_reports.insert(identifier, {csv, m_runningPolls, m_notReadyAnswers});
        return response(operation,
            [&](QXmlStreamWriter &w) { w.writeTextElement(QStringLiteral("return"), identifier); });
    }
    const QString identifier = args.value(QStringLiteral("identifier"));
    if ((operation == u"isReportRunning" || operation == u"getReportResultCsv")
        && !m_reports.contains(identifier)) {
        *status = 500;
        return fault(QStringLiteral("Report %1 not found").arg(identifier),
            QStringLiteral("ReportNotFoundFault"),
            {{QStringLiteral("message"), QStringLiteral("Report not found")}});
    }
    if (operation == u"isReportRunning") {
        Report &report = m_reports[identifier];
        const bool running = report.runningPolls > 0;
        if (running)
            --report.runningPolls;
        return response(operation, [&](QXmlStreamWriter &w) {
            w.writeTextElement(QStringLiteral("return"),
                running ? QStringLiteral("true") : QStringLiteral("false"));
        });
    }
    if (operation == u"getReportResultCsv") {
        Report &report = m_reports[identifier];
        if (report.runningPolls > 0 || report.notReadyAnswers > 0) {
            if (report.notReadyAnswers > 0)
                --report.notReadyAnswers;
            *status = 500;
            return fault(QStringLiteral("Result is not ready"),
                QStringLiteral("ResultIsNotReadyFault"),
                {{QStringLiteral("message"), QStringLiteral("Result is not ready")}});
        }
        return response(operation,
            [&](QXmlStreamWriter &w) { w.writeTextElement(QStringLiteral("return"), report.csv); });
    }
    *status = 500;
    return fault(QStringLiteral("Operation %1 is not served by the fake").arg(operation), {}, {});
}
