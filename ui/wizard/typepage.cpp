#include "wizard/typepage.h"

#include "integrations/integrationservice.h"
#include "wizard/addintegrationwizard.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

TypePage::TypePage()
    : m_list(new QListWidget(this))
{
    setTitle(tr("Choose the type of integration"));
    setSubTitle(
        tr("Which automatic call distributor (ACD) do the queues and statistics come from?"));
    m_list->setObjectName(QStringLiteral("typeList"));
    m_list->setAccessibleName(tr("Integration type"));
    m_list->setIconSize(QSize(40, 40));
    m_list->setSpacing(4);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    auto *label = new QLabel(tr("&Type:"), this);
    label->setBuddy(m_list);
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        emit connectorIdChanged();
        emit completeChanged();
    });
    // Enter reaches the wizard's Next button by itself; a double click should too.
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { wizard()->next(); });
    registerField(QStringLiteral("type*"), this, "connectorId", SIGNAL(connectorIdChanged()));
}

void TypePage::initializePage()
{
    if (m_list->count() > 0)
        return;
    for (const ConnectorInfo &info : service().registry().infos()) {
        auto *item = new QListWidgetItem(
            QIcon(info.iconPath), info.displayName + QLatin1Char('\n') + info.description, m_list);
        item->setData(Qt::UserRole, info.id);
        item->setData(Qt::AccessibleTextRole, info.displayName);
        item->setData(Qt::AccessibleDescriptionRole, info.description);
    }
    m_list->setCurrentRow(0);
    m_list->setFocus();
}

bool TypePage::isComplete() const
{
    return m_list->currentItem() != nullptr;
}

QString TypePage::connectorId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}
