#pragma once

#include <QMetaType>
#include <QString>

// Where one integration's import stands, as the window shows it. Crosses threads by value.
struct ImportProgress
{
    enum class Phase {
        Idle,
        Connecting,
        DiscoveringQueues,
        IntervalStatistics,
        DiscoveringUsers, // the ACD's users and activities, for the admin to map
        AgentStates,
        Waiting, // for the next scheduled import or for a retry
        Finished,
        Failed,
    };
    Phase phase = Phase::Idle;
    qint64 done = 0, total = 0; // items of the current phase (intervals of the range)
    qint64 rowsWritten = 0; // this run
    double rowsPerSecond = 0;
    bool firstImport = false;
    qint64 remainingSeconds = -1; // first-import countdown, -1 when not a first import
    QString message; // translated, e.g. the error of the last failure
};

Q_DECLARE_METATYPE(ImportProgress)
