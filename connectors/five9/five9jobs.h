#pragma once

#include "five9/five9calllog.h"
#include "five9/five9job.h"

#include <deque>

// Checks the user name, password and role with a call every administrator may make.
class Five9VerifyJob : public Five9Job
{
    Q_OBJECT
public:
    Five9VerifyJob(QNetworkAccessManager *network, const ConnectionSettings &settings,
        const Five9RetryPolicy &policy);
};

// What the wizard checks at Save: verification as above, then the call log report as
// configured, run once over a few minutes of yesterday, must exist and have every column
// the grouping needs. A wrong folder, report name or a missing column stops the wizard with
// its fix, as a wrong password does; each request is sent once (none of these is retried).
class Five9SetupCheckJob : public Five9Job
{
    Q_OBJECT
public:
    Five9SetupCheckJob(QNetworkAccessManager *network, const ConnectionSettings &settings,
        const Five9RetryPolicy &policy, std::shared_ptr<Five9Limiter> limiter);

    static constexpr qint64 SampleSeconds = 5 * 60;

private:
    void checkReport();
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
        const Five9RetryPolicy &policy, std::shared_ptr<Five9Limiter> limiter,
        const QString &folder, const QString &report, const TimeRange &range, DayHandler onDay,
        DoneHandler onDone);

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

// The call log of a range as interval statistics, fetched as Five9's limits allow:
// - each report covers as many days as stay under Five9's result cap (the first a day, the
//   next sized from the busiest rate seen so far), and a result that reaches the cap, which
//   Five9 cuts off without a word, is split into two halves and fetched again, until every
//   piece is under it, so every call is counted once;
// - up to MaxInFlight reports run at once, each call through the connector's limiter, which
//   starts from the domain's own limits and counters (getCallCountersState);
// - a limit Five9 reports anyway (another client used it) ends the job as transient.
// Intervals are emitted per piece; progress counts the seconds of the range covered.
class Five9IntervalsJob : public Five9Job
{
    Q_OBJECT
public:
    static constexpr int MaxInFlight = 4;
    static constexpr int ResultCap = 50000; // records in one report result (Five9's limit)
    static constexpr qint64 FirstWindowSeconds = 86400;
    static constexpr qint64 MaxWindowSeconds = 7 * 86400;
    // A piece is sized for this share of the cap: days are not equally busy.
    static constexpr double CapShare = 0.6;

    Five9IntervalsJob(QNetworkAccessManager *network, const ConnectionSettings &settings,
        const Five9RetryPolicy &policy, std::shared_ptr<Five9Limiter> limiter,
        const QString &folder, const QString &report, const TimeRange &range,
        const Five9CallLog::Options &options, int resultCap = ResultCap);

    int reportsRun() const { return m_reportsRun; }

private:
    void syncLimits();
    void schedule();
    TimeRange nextPiece();
    // A piece's result as it streams in: only the totals per interval are kept.
    struct PieceReader
    {
        explicit PieceReader(const Five9CallLog::Options &options)
            : aggregator(options)
        {
        }
        Five9CsvReader reader;
        Five9CallLog::Aggregator aggregator;
    };
    void onResult(const TimeRange &piece, const ConnectorResult &result, PieceReader &read);
    void split(const TimeRange &piece);

    QString m_folder;
    QString m_report;
    TimeRange m_range;
    Five9CallLog::Options m_options;
    int m_resultCap;
    std::deque<TimeRange> m_pending; // pieces to fetch (again) before new ones
    qint64 m_next; // where the pieces not yet planned begin
    double m_peakRate = 0; // calls per second of the busiest piece so far
    int m_inFlight = 0;
    int m_reportsRun = 0;
    qint64 m_covered = 0;
    bool m_started = false;
};
