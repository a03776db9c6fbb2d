#include "mapping/mappingservice.h"

#include "integrations/integrationservice.h"
#include "mapping/agentmatcher.h"
#include "storage/mappingstore.h"
#include "storage/storageworker.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSqlDatabase>

Q_LOGGING_CATEGORY(lcMapping, "acd.mapping")

MappingService::MappingService(IntegrationService &integrations, QObject *parent)
    : QObject(parent)
    , m_integrations(integrations)
{
}

void MappingService::loadUsers(
    const QString &integrationId, QObject *context, std::function<void(const UsersMapping &)> done)
{
    m_integrations.storage()->query<UsersMapping>(
        context,
        [integrationId](const QSqlDatabase &db) {
            MappingStore store(db);
            UsersMapping mapping;
            QString error;
            mapping.users = store.users(integrationId, &error);
            if (error.isEmpty())
                mapping.agents = store.agents(&error);
            if (!error.isEmpty()) {
                qCWarning(lcMapping, "users could not be read: %s", qPrintable(error));
                return mapping;
            }
            AgentMatcher(mapping.agents).suggest(mapping.users);
            mapping.unmapped = store.unmapped(integrationId);
            mapping.anyMapped = std::any_of(mapping.users.cbegin(), mapping.users.cend(),
                [](const ExternalUserMapping &user) { return user.agentId.has_value(); });
            mapping.loaded = true;
            return mapping;
        },
        std::move(done));
}

void MappingService::loadActivities(const QString &integrationId, QObject *context,
    std::function<void(const ActivitiesMapping &)> done)
{
    m_integrations.storage()->query<ActivitiesMapping>(
        context,
        [integrationId](const QSqlDatabase &db) {
            MappingStore store(db);
            ActivitiesMapping mapping;
            QString error;
            mapping.activities = store.externalActivities(integrationId, &error);
            if (error.isEmpty())
                mapping.choices = store.activities(&error);
            if (!error.isEmpty()) {
                qCWarning(lcMapping, "activities could not be read: %s", qPrintable(error));
                return mapping;
            }
            mapping.unmapped = store.unmapped(integrationId);
            mapping.presentId = store.presentActivityId();
            mapping.loaded = true;
            return mapping;
        },
        std::move(done));
}

void MappingService::loadVisibleStates(const QString &integrationId, const TimeRange &range,
    QObject *context, std::function<void(const QList<VisibleState> &)> done)
{
    m_integrations.storage()->query<QList<VisibleState>>(
        context,
        [integrationId, range](const QSqlDatabase &db) {
            return MappingStore(db).visibleStates(integrationId, range);
        },
        std::move(done));
}

void MappingService::change(
    const QString &integrationId, std::function<Change(const QSqlDatabase &db)> work)
{
    m_integrations.storage()->query<Change>(
        this,
        [integrationId, work = std::move(work)](const QSqlDatabase &db) {
            const bool mappedBefore = MappingStore(db).hasMappedUser(integrationId);
            Change change = work(db);
            change.firstMapped
                = change.ok && !mappedBefore && MappingStore(db).hasMappedUser(integrationId);
            return change;
        },
        [this, integrationId](const Change &change) {
            if (!change.ok) {
                qCWarning(lcMapping, "%s", qPrintable(change.message));
                emit failed(change.message);
                return;
            }
            emit mappingChanged(integrationId);
            // The agent status import waited for this: no need to wait for the next slot.
            if (change.firstMapped)
                m_integrations.importNow(integrationId);
        });
}

void MappingService::mapUsers(
    const QString &integrationId, const QList<qint64> &userIds, std::optional<qint64> agentId)
{
    change(integrationId, [integrationId, userIds, agentId](const QSqlDatabase &db) {
        const MappingStore::Result r = MappingStore(db).mapUsers(integrationId, userIds, agentId);
        return Change {r.ok, r.message, r.count};
    });
}

void MappingService::acceptSuggestions(const QString &integrationId, const QList<qint64> &userIds)
{
    change(integrationId, [integrationId, userIds](const QSqlDatabase &db) {
        MappingStore store(db);
        QList<ExternalUserMapping> users = store.users(integrationId);
        AgentMatcher(store.agents()).suggest(users);
        QList<QPair<qint64, qint64>> pairs;
        for (const ExternalUserMapping &user : std::as_const(users)) {
            if (userIds.contains(user.id) && user.suggestedAgentId)
                pairs.append({user.id, *user.suggestedAgentId});
        }
        const MappingStore::Result r = store.mapEach(integrationId, pairs);
        return Change {r.ok, r.message, r.count};
    });
}

void MappingService::ignoreUsers(
    const QString &integrationId, const QList<qint64> &userIds, bool ignored)
{
    change(integrationId, [integrationId, userIds, ignored](const QSqlDatabase &db) {
        const MappingStore::Result r
            = MappingStore(db).ignoreUsers(integrationId, userIds, ignored);
        return Change {r.ok, r.message, r.count};
    });
}

void MappingService::createAgents(const QString &integrationId, const QList<qint64> &userIds)
{
    change(integrationId, [integrationId, userIds](const QSqlDatabase &db) {
        const MappingStore::Result r = MappingStore(db).createAgents(integrationId, userIds);
        return Change {r.ok, r.message, r.count};
    });
}

void MappingService::mapActivities(const QString &integrationId, const QList<qint64> &externalIds,
    std::optional<qint64> activityId)
{
    change(integrationId, [integrationId, externalIds, activityId](const QSqlDatabase &db) {
        const MappingStore::Result r
            = MappingStore(db).mapActivities(integrationId, externalIds, activityId);
        return Change {r.ok, r.message, r.count};
    });
}

void MappingService::addActivity(const QString &name, QObject *context,
    std::function<void(qint64 id, const QString &problem)> done)
{
    // The built-in names are compared as the admin reads them, in their language too.
    QStringList taken;
    for (const char *key : {"present", "available", "on-contact", "after-contact-work", "break",
             "lunch", "meeting", "training", "offline"})
        taken << displayName({0, {}, QLatin1String(key)}).toCaseFolded();
    const QString trimmed = name.simplified();
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_integrations.storage()->query<MappingStore::Result>(
        this,
        [trimmed, taken](const QSqlDatabase &db) {
            if (taken.contains(trimmed.toCaseFolded()))
                return MappingStore::Result {
                    false, tr("There is already an activity named \"%1\".").arg(trimmed), 0};
            return MappingStore(db).addActivity(trimmed);
        },
        [this, guard, hasContext, done](const MappingStore::Result &result) {
            if (result.ok)
                emit activitiesChanged();
            if (done && (!hasContext || guard))
                done(result.ok ? result.count : 0, result.ok ? QString() : result.message);
        });
}

QString MappingService::displayName(const Activity &activity)
{
    const QString &key = activity.builtin;
    if (key == u"present")
        return tr("Present");
    if (key == u"available")
        return tr("Available");
    if (key == u"on-contact")
        return tr("On contact");
    if (key == u"after-contact-work")
        return tr("After-contact work");
    if (key == u"break")
        return tr("Break");
    if (key == u"lunch")
        return tr("Lunch");
    if (key == u"meeting")
        return tr("Meeting");
    if (key == u"training")
        return tr("Training");
    if (key == u"offline")
        return tr("Offline");
    return activity.name;
}

QString MappingService::unmappedText(const UnmappedCounts &counts)
{
    if (counts.users > 0 && counts.activities > 0)
        return tr("%1 and %2 are not mapped yet.")
            .arg(tr("%n user(s)", nullptr, counts.users),
                tr("%n activity(ies)", nullptr, counts.activities));
    if (counts.users > 0)
        return tr("%n user(s) not mapped yet.", nullptr, counts.users);
    if (counts.activities > 0)
        return tr("%n activity(ies) not mapped yet.", nullptr, counts.activities);
    return {};
}
