#include "details/integrationdetailsview.h"

#include "activitiesmappingview.h"
#include "details/historytab.h"
#include "details/overviewtab.h"
#include "details/queuestab.h"
#include "details/schedulesettingstab.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "usersmappingview.h"

#include <utility>

IntegrationDetailsView::IntegrationDetailsView(IntegrationService &service, QWidget *parent)
    : QTabWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("integrationDetails"));
    setAccessibleName(tr("Integration details"));
    setDocumentMode(true);
    // An empty page per tab until the tab is first shown: the Queues tab alone (its table and
    // chart, and the fill of thousands of queues) cost more than the rest of the window.
    for (int which = 0; which < PageCount; ++which)
        addTab(new QWidget, title(Page(which)));
    build(OverviewPage);
    connect(this, &QTabWidget::currentChanged, this, &IntegrationDetailsView::onCurrentChanged);
    // An import that ends changes what is held; the tab in view reads it again.
    connect(m_service.engine(), &ImportEngine::importFinished, this, [this](const QString &id) {
        if (id == m_id)
            refreshCurrent();
    });
}

QString IntegrationDetailsView::title(Page which)
{
    switch (which) {
    case OverviewPage:
        return tr("&Overview");
    case QueuesPage:
        return tr("&Queues");
    case UsersPage:
        return tr("&Users");
    case ActivitiesPage:
        return tr("A&ctivities");
    case HistoryPage:
        return tr("&History");
    case SettingsPage:
        return tr("Se&ttings");
    }
    return {};
}

OverviewTab *IntegrationDetailsView::overviewTab()
{
    return static_cast<OverviewTab *>(page(OverviewPage));
}

QueuesTab *IntegrationDetailsView::queuesTab()
{
    return static_cast<QueuesTab *>(page(QueuesPage));
}

UsersMappingView *IntegrationDetailsView::usersTab()
{
    return static_cast<UsersMappingView *>(page(UsersPage));
}

ActivitiesMappingView *IntegrationDetailsView::activitiesTab()
{
    return static_cast<ActivitiesMappingView *>(page(ActivitiesPage));
}

HistoryTab *IntegrationDetailsView::historyTab()
{
    return static_cast<HistoryTab *>(page(HistoryPage));
}

ScheduleSettingsTab *IntegrationDetailsView::settingsTab()
{
    return static_cast<ScheduleSettingsTab *>(page(SettingsPage));
}

QWidget *IntegrationDetailsView::page(Page which)
{
    if (!m_built[which])
        build(which);
    return widget(which);
}

void IntegrationDetailsView::build(Page which)
{
    QWidget *tab = nullptr;
    switch (which) {
    case OverviewPage:
        tab = new OverviewTab(m_service);
        break;
    case QueuesPage: {
        auto *queues = new QueuesTab(m_service);
        connect(
            queues, &QueuesTab::assignRequested, this, &IntegrationDetailsView::assignRequested);
        tab = queues;
        break;
    }
    case UsersPage:
        tab = new UsersMappingView(m_service);
        break;
    case ActivitiesPage:
        tab = new ActivitiesMappingView(m_service);
        break;
    case HistoryPage:
        tab = new HistoryTab(m_service);
        break;
    case SettingsPage:
        tab = new ScheduleSettingsTab(m_service);
        break;
    }
    QWidget *placeholder = widget(which);
    const bool current = currentIndex() == which;
    const bool visible = isTabVisible(which);
    {
        // The same tab, now with its widgets: nobody outside sees the index move and return.
        const QSignalBlocker quiet(this);
        removeTab(which);
        insertTab(which, tab, title(which));
        setTabVisible(which, visible);
        if (current)
            setCurrentIndex(which);
    }
    delete placeholder;
    m_built[which] = true;
    // Built before it is shown (asked for by name): it reads now, not again when shown.
    m_readBeforeShown[which] = !current;
    showIntegrationIn(which);
}

void IntegrationDetailsView::setIntegration(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    setEnabled(!id.isEmpty());
    // The mapping tabs only for an ACD that imports agent status data.
    const std::optional<Integration> integration = m_service.find(id);
    m_agentStates = integration
        && m_service.typeInfo(integration->type).capabilities.testFlag(Capability::AgentStates);
    setTabVisible(UsersPage, m_agentStates);
    setTabVisible(ActivitiesPage, m_agentStates);
    for (int which = 0; which < PageCount; ++which)
        if (m_built[which])
            showIntegrationIn(Page(which));
}

void IntegrationDetailsView::showIntegrationIn(Page which)
{
    switch (which) {
    case OverviewPage:
        static_cast<OverviewTab *>(widget(which))->setIntegration(m_id);
        break;
    case QueuesPage:
        static_cast<QueuesTab *>(widget(which))->setIntegration(m_id);
        break;
    case UsersPage:
        static_cast<UsersMappingView *>(widget(which))
            ->setIntegration(m_agentStates ? m_id : QString());
        break;
    case ActivitiesPage:
        static_cast<ActivitiesMappingView *>(widget(which))
            ->setIntegration(m_agentStates ? m_id : QString());
        break;
    case HistoryPage:
        static_cast<HistoryTab *>(widget(which))->setIntegration(m_id);
        break;
    case SettingsPage:
        static_cast<ScheduleSettingsTab *>(widget(which))->setIntegration(m_id);
        break;
    }
}

void IntegrationDetailsView::onCurrentChanged()
{
    const int current = currentIndex();
    if (current < 0)
        return;
    if (m_built[current]) {
        if (!std::exchange(m_readBeforeShown[current], false))
            refreshCurrent();
        return;
    }
    // Built after the tab bar has finished announcing the change (building replaces the
    // page); the tab reads as it is given the integration.
    QMetaObject::invokeMethod(
        this,
        [this] {
            const int now = currentIndex();
            if (now >= 0 && !m_built[now])
                build(Page(now));
        },
        Qt::QueuedConnection);
}

void IntegrationDetailsView::refreshCurrent()
{
    const int current = currentIndex();
    if (m_id.isEmpty() || current < 0 || !m_built[current])
        return;
    if (current == OverviewPage)
        overviewTab()->refresh();
    else if (current == QueuesPage)
        queuesTab()->refresh();
    else if (current == HistoryPage)
        historyTab()->refresh();
}
