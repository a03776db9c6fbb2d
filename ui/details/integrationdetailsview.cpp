#include "details/integrationdetailsview.h"

#include "activitiesmappingview.h"
#include "details/historytab.h"
#include "details/overviewtab.h"
#include "details/queuestab.h"
#include "details/schedulesettingstab.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "usersmappingview.h"

IntegrationDetailsView::IntegrationDetailsView(IntegrationService &service, QWidget *parent)
    : QTabWidget(parent)
    , m_service(service)
    , m_overview(new OverviewTab(service, this))
    , m_queues(new QueuesTab(service, this))
    , m_users(new UsersMappingView(service, this))
    , m_activities(new ActivitiesMappingView(service, this))
    , m_history(new HistoryTab(service, this))
    , m_settings(new ScheduleSettingsTab(service, this))
{
    setObjectName(QStringLiteral("integrationDetails"));
    setAccessibleName(tr("Integration details"));
    setDocumentMode(true);
    addTab(m_overview, tr("&Overview"));
    addTab(m_queues, tr("&Queues"));
    addTab(m_users, tr("&Users"));
    addTab(m_activities, tr("A&ctivities"));
    addTab(m_history, tr("&History"));
    addTab(m_settings, tr("Se&ttings"));
    connect(m_queues, &QueuesTab::assignRequested, this, &IntegrationDetailsView::assignRequested);
    connect(this, &QTabWidget::currentChanged, this, &IntegrationDetailsView::refreshCurrent);
    // An import that ends changes what is held; the tab in view reads it again.
    connect(m_service.engine(), &ImportEngine::importFinished, this, [this](const QString &id) {
        if (id == m_id)
            refreshCurrent();
    });
}

void IntegrationDetailsView::setIntegration(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    setEnabled(!id.isEmpty());
    m_overview->setIntegration(id);
    m_queues->setIntegration(id);
    // The mapping tabs only for an ACD that imports agent status data.
    const std::optional<Integration> integration = m_service.find(id);
    const bool agentStates = integration
        && m_service.typeInfo(integration->type).capabilities.testFlag(Capability::AgentStates);
    setTabVisible(indexOf(m_users), agentStates);
    setTabVisible(indexOf(m_activities), agentStates);
    m_users->setIntegration(agentStates ? id : QString());
    m_activities->setIntegration(agentStates ? id : QString());
    m_history->setIntegration(id);
    m_settings->setIntegration(id);
}

void IntegrationDetailsView::refreshCurrent()
{
    if (m_id.isEmpty())
        return;
    if (currentWidget() == m_overview)
        m_overview->refresh();
    else if (currentWidget() == m_queues)
        m_queues->refresh();
    else if (currentWidget() == m_history)
        m_history->refresh();
}
