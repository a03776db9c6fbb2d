#include "fakefive9fixtures.h"

#include "fakefive9server.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace FakeFive9Fixtures {

QString fixturePath(const QString &name)
{
    return QStringLiteral(ACD_FAKE_FIVE9_DIR "/fixtures/") + name;
}

void installDomain(FakeFive9Server &server)
{
    server.addUser(QLatin1String(AdminUser),
        {QLatin1String(AdminPassword), {QStringLiteral("DomainAdmin"), QStringLiteral("Reporting")},
            QStringLiteral("WFM Admin")});
    server.addUser(QLatin1String(AgentUser),
        {QLatin1String(AdminPassword), {QStringLiteral("Agent")}, QStringLiteral("Agent Only")});
    server.addUser(QStringLiteral("maria.rossi"),
        {QStringLiteral("x"), {QStringLiteral("Agent")}, QStringLiteral("Maria Rossi")});
    server.addUser(QStringLiteral("luca.bianchi"),
        {QStringLiteral("x"), {QStringLiteral("Agent")}, QStringLiteral("Luca Bianchi")});
    server.setSkills({QStringLiteral("Sales EN"), QStringLiteral("Sales IT"),
        QStringLiteral("Support, Tier 1"), QStringLiteral("Billing")});
    server.setCampaigns({QStringLiteral("Inbound Sales"), QStringLiteral("Inbound Support"),
        QStringLiteral("Outbound Renewals")});
}

void install(FakeFive9Server &server)
{
    installDomain(server);
    server.setReportSource(
        [](const QString &, const QString &report, const QDateTime &start, const QDateTime &end) {
            if (report == u"Call Log")
                return repeatedDaily(QStringLiteral("calllog-2026-03-02.csv"), start, end);
            if (report == u"Agent State Details")
                return repeatedDaily(QStringLiteral("agentstates-2026-03-02.csv"), start, end);
            return QString();
        });
}

QString describeUsers()
{
    return QStringLiteral("%1 / %2 (administrator and reporting), %3 / %2 (no Administrator role)")
        .arg(QLatin1String(AdminUser), QLatin1String(AdminPassword), QLatin1String(AgentUser));
}

QString repeatedDaily(const QString &fixtureFile, const QDateTime &start, const QDateTime &end)
{
    QFile file(fixturePath(fixtureFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The fixtures have no line breaks inside fields, so lines are rows.
    QStringList lines
        = QString::fromUtf8(file.readAll()).split(QStringLiteral("\n"), Qt::SkipEmptyParts);
    QString csv = lines.takeFirst().trimmed() + QLatin1String("\r\n");
    static const QRegularExpression stamp(
        QStringLiteral("\\w{3}, (\\d\\d \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d)"));
    const QLocale c = QLocale::c();
    for (QDate day = start.date(); day <= end.date(); day = day.addDays(1)) {
        const QString dayText = c.toString(day, QStringLiteral("ddd, dd MMM yyyy"));
        for (const QString &line : std::as_const(lines)) {
            QString row = line.trimmed();
            row.replace(QLatin1String(FixtureDay), dayText);
            const auto match = stamp.match(row);
            const QDateTime local
                = c.toDateTime(match.captured(1), QStringLiteral("dd MMM yyyy HH:mm:ss"));
            const QDateTime when(local.date(), local.time(), start.timeZone());
            if (when >= start && when < end)
                csv += row + QLatin1String("\r\n");
        }
    }
    return csv;
}

} // namespace FakeFive9Fixtures
