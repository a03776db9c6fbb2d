#include "fakefive9calllog.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

namespace {

// Five9's stock Call Log, in its order.
const QStringList &stockColumns()
{
    static const QStringList names = {QStringLiteral("CALL ID"), QStringLiteral("TIMESTAMP"),
        QStringLiteral("CAMPAIGN"), QStringLiteral("CALL TYPE"), QStringLiteral("AGENT"),
        QStringLiteral("AGENT NAME"), QStringLiteral("DISPOSITION"), QStringLiteral("ANI"),
        QStringLiteral("CUSTOMER NAME"), QStringLiteral("DNIS"), QStringLiteral("CALL TIME"),
        QStringLiteral("BILL TIME (ROUNDED)"), QStringLiteral("COST"), QStringLiteral("IVR TIME"),
        QStringLiteral("QUEUE WAIT TIME"), QStringLiteral("RING TIME"), QStringLiteral("TALK TIME"),
        QStringLiteral("HOLD TIME"), QStringLiteral("PARK TIME"),
        QStringLiteral("AFTER CALL WORK TIME"), QStringLiteral("TRANSFERS"),
        QStringLiteral("CONFERENCES"), QStringLiteral("HOLDS"), QStringLiteral("ABANDONED"),
        QStringLiteral("RECORDINGS")};
    return names;
}

constexpr int SkillColumn = 3; // after CAMPAIGN in the WithSkill layout

// hh:mm:ss (a day of 120,000 calls makes a million of these: no QString::arg)
QString duration(qint64 seconds)
{
    char text[32];
    std::snprintf(
        text, sizeof text, "%02lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60);
    return QString::fromLatin1(text);
}

QString phone(QRandomGenerator &random)
{
    return QString::number(2000000000 + random.bounded(7999999999LL));
}

const QStringList &customerNames()
{
    static const QStringList names = {QStringLiteral("Rossi, Mario"),
        QStringLiteral("Bianchi, Giulia"), QStringLiteral("John Smith"),
        QStringLiteral("O'Brien, Siobhan"), QStringLiteral("Acme Corp., Billing Dept."),
        QStringLiteral("Müller, Jürgen"), QStringLiteral("Jane \"JJ\" Doe")};
    return names;
}

} // namespace

QStringList FakeFive9CallLog::columns(Layout layout)
{
    QStringList names = stockColumns();
    if (layout == Layout::WithSkill)
        names.insert(SkillColumn, QStringLiteral("SKILL"));
    return names;
}

QList<FakeFive9CallLog::Agent> FakeFive9CallLog::agents() const
{
    if (!m_agents.isEmpty())
        return m_agents;
    return {{QStringLiteral("maria.rossi"), QStringLiteral("Maria Rossi")},
        {QStringLiteral("luca.bianchi"), QStringLiteral("Luca Bianchi")},
        {QStringLiteral("anna.verdi"), QStringLiteral("Anna Verdi")},
        {QStringLiteral("j.smith"), QStringLiteral("Smith, John Jr.")}};
}

QRandomGenerator FakeFive9CallLog::dayGenerator(QDate day) const
{
    return QRandomGenerator(m_seed * 1000003u + quint32(day.toJulianDay()));
}

QList<qint64> FakeFive9CallLog::callTimes(
    QDate day, const QTimeZone &zone, QRandomGenerator &random) const
{
    const qint64 midnight = QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 nextMidnight = QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 opens = QDateTime(day, QTime(8, 0), zone).toSecsSinceEpoch();
    const qint64 closes = QDateTime(day, QTime(20, 0), zone).toSecsSinceEpoch();
    // Most calls come in business hours, some at any time of the day.
    QList<qint64> times(callsOn(day));
    for (qint64 &t : times)
        t = random.bounded(100) < 85 ? opens + random.bounded(closes - opens)
                                     : midnight + random.bounded(nextMidnight - midnight);
    std::sort(times.begin(), times.end());
    return times;
}

qint64 FakeFive9CallLog::callsBetween(qint64 fromUtc, qint64 toUtc, const QTimeZone &zone) const
{
    if (toUtc <= fromUtc)
        return 0;
    qint64 calls = 0;
    const QDate last = QDateTime::fromSecsSinceEpoch(toUtc - 1, zone).date();
    for (QDate day = QDateTime::fromSecsSinceEpoch(fromUtc, zone).date(); day <= last;
         day = day.addDays(1)) {
        QRandomGenerator random = dayGenerator(day);
        for (const qint64 t : callTimes(day, zone, random))
            calls += t >= fromUtc && t < toUtc ? 1 : 0;
    }
    return calls;
}

QList<FakeFive9CallLog::Call> FakeFive9CallLog::generate(QDate day, const QTimeZone &zone) const
{
    const int count = callsOn(day);
    QRandomGenerator random = dayGenerator(day);
    const QList<qint64> times = callTimes(day, zone, random);
    const qint64 midnight = QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 nextMidnight = QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();

    const QLocale c = QLocale::c();
    const QString dayText = c.toString(day, QStringLiteral("ddd, dd MMM yyyy "));
    const bool oneOffset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(midnight))
        == zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(nextMidnight - 1));
    const int offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(midnight));
    const QList<Agent> staff = agents();
    const QStringList skills
        = m_skills.isEmpty() ? QStringList {QStringLiteral("Support, Tier 1")} : m_skills;
    const QStringList campaigns
        = m_campaigns.isEmpty() ? QStringList {QStringLiteral("Inbound")} : m_campaigns;
    const QStringList handledDispositions = {QStringLiteral("Sale"), QStringLiteral("No Sale"),
        QStringLiteral("Resolved"), QStringLiteral("Call Back Later")};
    const QStringList outboundDispositions = {QStringLiteral("No Answer"),
        QStringLiteral("Answering Machine"), QStringLiteral("Sale"), QStringLiteral("Busy")};
    const auto pick = [&random](const auto &list) { return list.at(random.bounded(list.size())); };
    const auto chance = [&random](int percent) { return int(random.bounded(100)) < percent; };

    QList<Call> calls;
    calls.reserve(count);
    const quint64 firstId = quint64(day.toJulianDay()) * 1000000;
    for (int i = 0; i < count; ++i) {
        const qint64 utc = times.at(i);
        const int localSecond = int(
            (utc + (oneOffset ? offset : zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc))))
            % 86400);
        QString campaign = pick(campaigns);
        const bool outbound = campaign.contains(QLatin1String("Outbound"), Qt::CaseInsensitive);
        if (chance(2))
            campaign = QStringLiteral("[Deleted]"); // a campaign deleted since the call
        QString type = QStringLiteral("Inbound");
        if (outbound)
            type = QStringLiteral("Outbound");
        else if (chance(6))
            type = QStringLiteral("Inbound Voicemail");
        else if (chance(4))
            type = QStringLiteral("Queue Callback");
        const QString skill = outbound ? QString() : pick(skills);

        qint64 ivr = outbound ? 0 : 5 + random.bounded(55);
        qint64 queue = outbound ? 0 : random.bounded(random.bounded(100) < 70 ? 30 : 400);
        qint64 ring = 0, talk = 0, hold = 0, park = 0, acw = 0;
        bool ringEmpty = false, transfersEmpty = false;
        QString abandoned = QStringLiteral("0");
        QString disposition;
        std::optional<Agent> agent;
        if (type == u"Inbound" && chance(8)) { // hung up waiting in the queue
            abandoned = QStringLiteral("1");
            disposition = QStringLiteral("Abandon");
            ringEmpty = transfersEmpty = true;
        } else if (type == u"Inbound Voicemail") {
            queue = 0;
            disposition = QStringLiteral("Voicemail");
            talk = 10 + random.bounded(90); // the message left
            if (chance(50)) { // taken by an agent later, or still waiting for one
                agent = pick(staff);
                ring = 1 + random.bounded(10);
                acw = random.bounded(60);
            } else {
                ringEmpty = true;
                abandoned.clear();
            }
        } else {
            agent = pick(staff);
            ring = 2 + random.bounded(18);
            ringEmpty = chance(3); // an agent who was on auto-answer
            if (ringEmpty)
                ring = 0;
            const bool answered = !outbound || chance(45);
            talk = answered ? 20 + random.bounded(900) : 0;
            hold = answered && chance(25) ? 10 + random.bounded(180) : 0;
            park = answered && chance(2) ? 5 + random.bounded(60) : 0;
            acw = random.bounded(outbound ? 30 : 120);
            disposition = outbound ? (answered ? pick(handledDispositions.mid(0, 2))
                                               : pick(outboundDispositions.mid(0, 2)))
                                   : pick(handledDispositions);
            if (outbound) {
                abandoned.clear();
                transfersEmpty = chance(30);
            }
        }
        const qint64 callTime = ivr + queue + ring + talk + hold + park;
        const qint64 billed = (callTime + 59) / 60 * 60;
        QString customer;
        if (chance(60))
            customer = pick(customerNames());

        const QString timestamp = dayText + duration(localSecond);
        const int transfers = agent && chance(8) ? 1 : 0;
        QStringList values = {QString::number(firstId + quint64(i) + 1), timestamp, campaign, skill,
            type, agent ? agent->userName : QStringLiteral("[None]"),
            agent ? agent->fullName : QString(), disposition, phone(random), customer,
            QStringLiteral("800555%1")
                .arg(campaigns.indexOf(campaign) + 1, 4, 10, QLatin1Char('0')),
            duration(callTime), duration(billed),
            QString::number(double(billed) / 60 * 0.012, 'f', 3), duration(ivr), duration(queue),
            ringEmpty ? QString() : duration(ring), duration(talk), duration(hold), duration(park),
            duration(acw), transfersEmpty ? QString() : QString::number(transfers),
            QString::number(agent && chance(2) ? 1 : 0),
            QString::number(hold > 0 ? 1 + random.bounded(2) : 0), abandoned,
            QString::number(agent && talk > 0 && chance(70) ? 1 : 0)};
        calls.append({utc, values});
    }
    return calls;
}

QList<QStringList> FakeFive9CallLog::dayRows(QDate day, Layout layout, const QTimeZone &zone) const
{
    QList<QStringList> rows;
    for (Call &call : generate(day, zone)) {
        if (layout == Layout::Stock)
            call.values.removeAt(SkillColumn);
        rows.append(std::move(call.values));
    }
    return rows;
}

QString FakeFive9CallLog::csvLine(const QStringList &values)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += u',';
        const QString &value = values.at(i);
        const bool quote = std::any_of(value.cbegin(), value.cend(),
            [](QChar c) { return c == u',' || c == u'"' || c == u'\n' || c == u'\r'; });
        if (quote)
            line += u'"' + QString(value).replace(u'"', QLatin1String("\"\"")) + u'"';
        else
            line += value;
    }
    return line;
}

QString FakeFive9CallLog::csv(
    Layout layout, const QDateTime &start, const QDateTime &end, const QTimeZone &zone) const
{
    QString out = csvLine(columns(layout)) + QLatin1String("\r\n");
    const qint64 from = start.toSecsSinceEpoch();
    const qint64 to = end.toSecsSinceEpoch();
    const QDate last = end.addSecs(-1).toTimeZone(zone).date();
    for (QDate day = start.toTimeZone(zone).date(); day <= last; day = day.addDays(1)) {
        for (Call &call : generate(day, zone)) {
            if (call.utc < from || call.utc >= to)
                continue;
            if (layout == Layout::Stock)
                call.values.removeAt(SkillColumn);
            out += csvLine(call.values) + QLatin1String("\r\n");
        }
    }
    return out;
}
