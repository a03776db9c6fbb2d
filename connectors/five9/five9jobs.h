#pragma once

#include "five9/five9job.h"

// Checks the user name, password and role with a call every administrator may make.
class Five9VerifyJob : public Five9Job
{
    Q_OBJECT
public:
    Five9VerifyJob(QNetworkAccessManager *network, const ConnectionSettings &settings,
        const Five9RetryPolicy &policy);
};

// Lists skills, campaigns or users with one call and emits them as one batch.
class Five9ListJob : public Five9Job
{
    Q_OBJECT
public:
    enum class What { Skills, Campaigns, Users };
    Five9ListJob(What what, QNetworkAccessManager *network, const ConnectionSettings &settings,
        const Five9RetryPolicy &policy);
};

// Runs a report once per day of a range, in order, handing each day's table to a handler
// that emits what it made of it. A handler's error ends the job; earlier days stay delivered.
class Five9RangeJob : public Five9Job
{
    Q_OBJECT
public:
    using DayHandler = std::function<ConnectorResult(
        Five9RangeJob *, const Five9CsvTable &, const TimeRange &day)>;
    using DoneHandler = std::function<void(Five9RangeJob *)>;

    Five9RangeJob(QNetworkAccessManager *network, const ConnectionSettings &settings,
        const Five9RetryPolicy &policy, const QString &folder, const QString &report,
        const TimeRange &range, DayHandler onDay, DoneHandler onDone);

    static constexpr qint64 DaySeconds = 86400;

private:
    void runNextDay();

    QString m_folder;
    QString m_report;
    TimeRange m_range;
    qint64 m_next;
    qint64 m_days;
    qint64 m_done = 0;
    DayHandler m_onDay;
    DoneHandler m_onDone;
};
