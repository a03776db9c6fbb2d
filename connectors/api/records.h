#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// What connectors deliver, in batches. Times are UTC seconds since the epoch: cheap to
// carry in their millions and free of time-zone doubt.

struct QueueRecord
{
    QString externalId;
    QString name;
    QString kind; // e.g. "skill", "campaign", "campaign+skill"
};

struct IntervalRecord
{
    QString queueExternalId;
    qint64 startUtc = 0; // start of a 15-minute interval
    int offered = 0;
    int handled = 0;
    int abandoned = 0;
    qint64 handleSeconds = 0;
    qint64 afterCallSeconds = 0;
    int answeredInServiceLevel = 0;

    friend bool operator==(const IntervalRecord &, const IntervalRecord &) = default;
};

struct ExternalUser
{
    QString externalId;
    QString name;
    QString email; // empty when the ACD does not say; helps to suggest the matching agent
};

struct ExternalActivity
{
    QString externalId;
    QString name;
    QString kind; // e.g. "state", "not-ready reason", "logout reason"
};

struct AgentStateRecord
{
    QString userExternalId;
    QString activityExternalId;
    qint64 startUtc = 0;
    qint64 durationSeconds = 0;

    friend bool operator==(const AgentStateRecord &, const AgentStateRecord &) = default;
};

constexpr qint64 IntervalSeconds = 15 * 60;

// A half-open range [fromUtc, toUtc) of UTC seconds.
struct TimeRange
{
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    bool isEmpty() const { return toUtc <= fromUtc; }
};

Q_DECLARE_METATYPE(QueueRecord)
Q_DECLARE_METATYPE(IntervalRecord)
Q_DECLARE_METATYPE(ExternalUser)
Q_DECLARE_METATYPE(ExternalActivity)
Q_DECLARE_METATYPE(AgentStateRecord)
