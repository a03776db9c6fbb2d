#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// What the mapping screens show and change: the program's agents and activities, and the
// ACD's users and activities (states, reason codes) with what the admin mapped them to.
// Plain values: read on the storage thread, shown on the GUI thread.

struct Agent
{
    qint64 id = 0;
    QString name;
    QString email;
};

struct Activity
{
    qint64 id = 0;
    QString name; // as stored: for a built-in one the English fallback
    QString builtin; // "present", "break"… for the default set; empty for added ones
};

struct ExternalUserMapping
{
    qint64 id = 0; // external_users.id
    QString externalId;
    QString name;
    QString email;
    std::optional<qint64> agentId;
    QString agentName;
    bool ignored = false;
    qint64 stateCount = 0; // raw agent states stored for this user
    std::optional<qint64> suggestedAgentId; // unmapped users only: same name or e-mail
    QString suggestedAgentName;
    bool isUnmapped() const { return !agentId && !ignored; }
};

struct ExternalActivityMapping
{
    qint64 id = 0; // external_activities.id
    QString externalId;
    QString name;
    QString kind;
    std::optional<qint64> activityId; // none: not chosen, counts as "present"
    qint64 occurrences = 0; // raw agent states stored with this activity
};

struct UnmappedCounts
{
    int users = 0; // neither mapped nor ignored
    int activities = 0; // no activity chosen
};

// One agent state as the data views see it: the mapping applied when read.
struct VisibleState
{
    qint64 agentId = 0;
    qint64 activityId = 0;
    qint64 startUtc = 0;
    qint64 durationSeconds = 0;
    QString userExternalId;
    QString activityExternalId;
};

struct UsersMapping
{
    QList<ExternalUserMapping> users; // by name
    QList<Agent> agents; // by name
    UnmappedCounts unmapped;
    bool anyMapped = false; // the agent status import runs only once this is true
    bool loaded = false; // false when the database could not be read
};

struct ActivitiesMapping
{
    QList<ExternalActivityMapping> activities; // by occurrences, most first
    QList<Activity> choices; // built-in first, then those added, by name
    UnmappedCounts unmapped;
    qint64 presentId = 0; // what an unchosen external activity counts as
    bool loaded = false;
};
