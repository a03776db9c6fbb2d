#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QPair>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

// Five9's stock "Call Log" report (and the customised copy with a SKILL column), made up
// call by call from a seed: the same seed, day and lists give the same rows, so a test can
// compute its expectations from exactly the CSV the fake serves. The columns and values
// follow Five9's stock report as documented in shared/research/README.md ("Five9").
class FakeFive9CallLog
{
public:
    enum class Layout {
        Stock, // the report every Five9 domain has: no SKILL column
        WithSkill, // a copy an administrator made with SKILL added after CAMPAIGN
    };

    struct Agent
    {
        QString userName;
        QString fullName;
    };

    static QStringList columns(Layout layout);

    void setSeed(quint32 seed) { m_seed = seed; }
    quint32 seed() const { return m_seed; }
    // Calls on every day (default 400), and on one day in particular.
    void setCallsPerDay(int calls) { m_callsPerDay = calls; }
    void setCallsOnDay(QDate day, int calls) { m_callsOnDay.insert(day, calls); }
    int callsOn(QDate day) const { return m_callsOnDay.value(day, m_callsPerDay); }
    void setSkills(const QStringList &skills) { m_skills = skills; }
    void setCampaigns(const QStringList &campaigns) { m_campaigns = campaigns; }
    // Empty: a built-in list of agents.
    void setAgents(const QList<Agent> &agents) { m_agents = agents; }

    // The rows of one day in the domain's time zone, in time order, one value per column of
    // the layout, unquoted: what Five9 has for that day.
    QList<QStringList> dayRows(QDate day, Layout layout, const QTimeZone &zone) const;
    // The report's CSV (header and rows, CRLF, quoted where needed) for calls in
    // [start, end), their TIMESTAMP in zone: what runReport gives.
    QString csv(
        Layout layout, const QDateTime &start, const QDateTime &end, const QTimeZone &zone) const;
    // One CSV line (no line break) from values, quoted as Five9 quotes.
    static QString csvLine(const QStringList &values);
    // How many calls the log has in [fromUtc, toUtc), its days taken in zone as csv() takes
    // them: what a report over the range holds, without making its rows.
    qint64 callsBetween(qint64 fromUtc, qint64 toUtc, const QTimeZone &zone) const;

private:
    struct Call
    {
        qint64 utc; // seconds since the epoch
        QStringList values; // in the WithSkill layout
    };
    QList<Call> generate(QDate day, const QTimeZone &zone) const;
    // The seeded generator of a day's calls, and the calls' times (UTC, sorted): the first
    // values it gives, so generate() and callsBetween() agree call by call.
    QRandomGenerator dayGenerator(QDate day) const;
    QList<qint64> callTimes(QDate day, const QTimeZone &zone, QRandomGenerator &random) const;
    QList<Agent> agents() const;

    quint32 m_seed = 9;
    int m_callsPerDay = 400;
    QMap<QDate, int> m_callsOnDay;
    QStringList m_skills;
    QStringList m_campaigns;
    QList<Agent> m_agents;
};
