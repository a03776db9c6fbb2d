#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// A Five9 domain's request quotas ("Domain limits" in Five9's Configuration Web Services
// documentation): so many requests of an operation type per minute, per hour and per day.
// Windows slide: a request counts against a window for that many seconds after it was let
// through; refused requests do not count.
class FakeFive9Limits
{
public:
    // Five9's apiOperationType values the fake counts.
    static constexpr char ReportRequest[] = "ReportRequest"; // runReport
    static constexpr char RetrieveReport[] = "RetrieveReport"; // getReportResultCsv

    static constexpr qint64 Minute = 60;
    static constexpr qint64 Hour = 3600;
    static constexpr qint64 Day = 86400;
    static QList<qint64> windows() { return {Minute, Hour, Day}; }

    struct Refusal
    {
        qint64 limit;
        qint64 windowSeconds;
        QString operationType;
    };

    FakeFive9Limits(); // Five9's documented limits

    // The operation type an operation counts as, or an empty string when it is not limited.
    static QString operationType(const QString &operation);

    void setLimit(const QString &operationType, qint64 windowSeconds, qint64 limit);
    qint64 limit(const QString &operationType, qint64 windowSeconds) const;
    QStringList operationTypes() const { return m_limits.keys(); }
    // Requests of the type let through in the window ending at nowMs.
    qint64 count(const QString &operationType, qint64 windowSeconds, qint64 nowMs) const;
    // Counts the request and returns nothing, or returns the limit it would break.
    std::optional<Refusal> take(const QString &operationType, qint64 nowMs);

private:
    QMap<QString, QMap<qint64, qint64>> m_limits; // type → window → limit
    QMap<QString, QList<qint64>> m_taken; // type → times let through, in ms
};
