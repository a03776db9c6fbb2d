#include "details/overviewtab.h"

#include "import/importengine.h"
#include "integrations/importeddata.h"
#include "integrations/integrationservice.h"
#include "integrationsmodel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace {

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString localTime(qint64 utc)
{
    return localTime(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
}

} // namespace

OverviewTab::OverviewTab(IntegrationService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("overviewTab"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_state = addRow(tr("State:"));
    m_lastImport = addRow(tr("Last import:"));
    m_nextImport = addRow(tr("Next import:"));
    m_error = addRow(tr("Last error:"));
    m_range = addRow(tr("Data held:"));
    m_queues = addRow(tr("Queues:"));
    m_rows = addRow(tr("Interval rows:"));
    m_users = addRow(tr("Users:"));
    m_activities = addRow(tr("Activities:"));
    m_agentStates = addRow(tr("Agent states:"));
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_range->setObjectName(QStringLiteral("overviewRange"));
    m_queues->setObjectName(QStringLiteral("overviewQueues"));
    m_rows->setObjectName(QStringLiteral("overviewRows"));

    connect(&m_service, &IntegrationService::integrationChanged, this, [this](const QString &id) {
        if (id == m_id)
            showIntegration();
    });
    // The state in words follows a running import's percentage, as the table's does.
    connect(&m_service, &IntegrationService::progressChanged, this, [this](const QString &id) {
        if (id == m_id && isVisible())
            showIntegration();
    });
}

QLabel *OverviewTab::addRow(const QString &label)
{
    auto *value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *name = new QLabel(label, this);
    name->setBuddy(value);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    m_form->addRow(name, value);
    return value;
}

void OverviewTab::setIntegration(const QString &id)
{
    m_id = id;
    m_overview = {};
    showIntegration();
    showCounts();
    refresh();
}

void OverviewTab::refresh()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    ImportedData::overview(m_service, id, this, [this, id](ImportedDataStore::Overview overview) {
        if (id != m_id)
            return;
        m_overview = overview;
        showCounts();
        emit refreshed();
    });
}

void OverviewTab::showIntegration()
{
    const std::optional<Integration> integration = m_service.find(m_id);
    if (!integration)
        return;
    const ImportProgress progress = m_service.engine()->progress(m_id);
    m_state->setText(IntegrationsModel::stateText(*integration, progress));
    m_lastImport->setText(
        integration->lastImportAt.isValid() ? localTime(integration->lastImportAt) : tr("Never"));
    QString next;
    if (integration->paused)
        next = tr("None while paused");
    else if (integration->nextImportAt.isValid())
        next = localTime(integration->nextImportAt);
    else if (integration->needsAdmin())
        next = tr("None until the error is fixed");
    else
        next = tr("Not planned");
    m_nextImport->setText(next);

    QString error = integration->lastError;
    if (const QString fix = IntegrationsModel::fixText(integration->fix);
        !error.isEmpty() && !fix.isEmpty())
        error += QLatin1Char(' ') + fix;
    m_error->setText(error.isEmpty() ? tr("None") : error);

    const bool agentStates
        = m_service.typeInfo(integration->type).capabilities.testFlag(Capability::AgentStates);
    for (QLabel *label : {m_users, m_activities, m_agentStates}) {
        label->setVisible(agentStates);
        if (QWidget *name = m_form->labelForField(label))
            name->setVisible(agentStates);
    }
}

void OverviewTab::showCounts()
{
    const QLocale locale;
    if (!m_overview.ok) {
        for (QLabel *label : {m_range, m_queues, m_rows, m_users, m_activities, m_agentStates})
            label->setText(tr("…"));
        return;
    }
    m_range->setText(m_overview.firstInterval < 0
            ? tr("No data yet")
            //: %1 and %2 are dates and times: the first and the last 15-minute interval held.
            : tr("%1 to %2")
                  .arg(localTime(m_overview.firstInterval),
                      localTime(m_overview.lastInterval + IntervalSeconds)));
    m_queues->setText(m_overview.newQueues > 0
            //: %1 is the number of queues, %n how many of them are new.
            ? tr("%1 (%n new)", nullptr, int(m_overview.newQueues))
                  .arg(locale.toString(m_overview.queues))
            : locale.toString(m_overview.queues));
    m_rows->setText(locale.toString(m_overview.intervalRows));
    m_users->setText(locale.toString(m_overview.users));
    m_activities->setText(locale.toString(m_overview.activities));
    m_agentStates->setText(locale.toString(m_overview.agentStates));
}
