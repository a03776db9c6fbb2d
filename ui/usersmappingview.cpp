#include "usersmappingview.h"

#include "integrations/integrationservice.h"
#include "mapping/mappingservice.h"
#include "rowids.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

UsersMappingView::UsersMappingView(IntegrationService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_unsupported(new QLabel(tr("This ACD does not import agent status data, so its users "
                                  "need no mapping."),
          this))
    , m_banner(new QLabel(tr("Agent status data is imported only after users are mapped. Map "
                             "at least one user to an agent: the next import then brings the "
                             "status data of every user, and users mapped later see their past "
                             "too."),
          this))
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_unmappedOnly(new QCheckBox(tr("Unmapped on&ly"), this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_map(new QPushButton(tr("&Map to agent…"), this))
    , m_create(new QPushButton(tr("Create a&gents from selected"), this))
    , m_accept(new QPushButton(tr("Accept suggestio&ns"), this))
    , m_ignore(new QPushButton(tr("Igno&re"), this))
{
    m_unsupported->setObjectName(QStringLiteral("usersUnsupported"));
    m_banner->setObjectName(QStringLiteral("usersBanner"));
    m_summary->setObjectName(QStringLiteral("usersUnmappedSummary"));
    m_search->setObjectName(QStringLiteral("usersSearch"));
    m_unmappedOnly->setObjectName(QStringLiteral("usersUnmappedOnly"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_map->setObjectName(QStringLiteral("usersMap"));
    m_create->setObjectName(QStringLiteral("usersCreateAgents"));
    m_accept->setObjectName(QStringLiteral("usersAcceptSuggestions"));
    m_ignore->setObjectName(QStringLiteral("usersIgnore"));
    for (QLabel *label : {m_unsupported, m_banner, m_summary})
        label->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);

    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name, e-mail, ID or agent"));
    m_search->setAccessibleName(tr("Search users"));
    m_unmappedOnly->setAccessibleName(tr("Show only unmapped users"));
    m_table->setAccessibleName(tr("Users of the ACD"));
    m_map->setAccessibleName(tr("Map the selected users to an agent"));
    m_create->setAccessibleName(tr("Create an agent for each selected user"));
    m_accept->setAccessibleName(tr("Map the selected users to their suggested agents"));
    m_ignore->setAccessibleName(tr("Ignore the selected users"));
    m_create->setToolTip(tr("Creates one agent per selected user, named as in the ACD, and maps "
                            "the user to it."));

    m_model->setHorizontalHeaderLabels(
        {tr("ID"), tr("Name"), tr("E-mail"), tr("Agent"), tr("States")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AgentColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_unmappedOnly);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_map, m_create, m_accept, m_ignore})
        actions->addWidget(button);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unsupported);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, this, &UsersMappingView::fill);
    connect(m_unmappedOnly, &QCheckBox::toggled, this, &UsersMappingView::fill);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &UsersMappingView::updateActions);
    connect(m_map, &QPushButton::clicked, this, &UsersMappingView::mapSelected);
    connect(m_create, &QPushButton::clicked, this,
        [this] { m_service.mapping()->createAgents(m_integrationId, selectedIds()); });
    connect(m_accept, &QPushButton::clicked, this,
        [this] { m_service.mapping()->acceptSuggestions(m_integrationId, selectedIds()); });
    connect(m_ignore, &QPushButton::clicked, this,
        [this] { m_service.mapping()->ignoreUsers(m_integrationId, selectedIds()); });
    connect(m_service.mapping(), &MappingService::mappingChanged, this, [this](const QString &id) {
        if (id == m_integrationId)
            reload();
    });
    // An import that ends may have found users.
    connect(&m_service, &IntegrationService::integrationChanged, this, [this](const QString &id) {
        if (id == m_integrationId)
            reload();
    });
    display(UsersMapping {});
}

void UsersMappingView::setIntegration(const QString &id)
{
    m_integrationId = id;
    m_mapping = {};
    display(m_mapping);
    reload();
}

void UsersMappingView::reload()
{
    if (m_integrationId.isEmpty())
        return;
    const std::optional<Integration> integration = m_service.find(m_integrationId);
    m_supported = integration
        && m_service.typeInfo(integration->type).capabilities.testFlag(Capability::AgentStates);
    if (!m_supported) {
        display(UsersMapping {});
        emit loaded();
        return;
    }
    const QString id = m_integrationId;
    m_service.mapping()->loadUsers(id, this, [this, id](const UsersMapping &mapping) {
        if (id != m_integrationId)
            return; // another integration was chosen meanwhile
        display(mapping);
        emit loaded();
    });
}

void UsersMappingView::display(const UsersMapping &mapping)
{
    m_mapping = mapping;
    m_unsupported->setVisible(!m_supported);
    m_banner->setVisible(m_supported && mapping.loaded && !mapping.anyMapped);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_search, m_unmappedOnly, m_table})
        widget->setEnabled(m_supported);
    m_summary->setText(mapping.loaded ? MappingService::unmappedText(mapping.unmapped) : QString());
    m_summary->setVisible(!m_summary->text().isEmpty());
    fill();
}

void UsersMappingView::fill()
{
    const QList<qint64> selected = selectedIds();
    const QString needle = m_search->text().trimmed();
    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    for (const ExternalUserMapping &user : std::as_const(m_mapping.users)) {
        if (m_unmappedOnly->isChecked() && !user.isUnmapped())
            continue;
        QString agent;
        if (user.agentId)
            agent = user.agentName;
        else if (user.ignored)
            agent = tr("Ignored");
        else if (user.suggestedAgentId)
            agent = tr("Not mapped (suggested: %1)").arg(user.suggestedAgentName);
        else
            agent = tr("Not mapped");
        if (!needle.isEmpty()) {
            const QStringList texts
                = {user.externalId, user.name, user.email, user.agentName, user.suggestedAgentName};
            const bool found = std::any_of(texts.cbegin(), texts.cend(),
                [&](const QString &text) { return text.contains(needle, Qt::CaseInsensitive); });
            if (!found)
                continue;
        }
        QList<QStandardItem *> row;
        for (const QString &text : {user.externalId, user.name, user.email, agent})
            row.append(new QStandardItem(text));
        auto *states = new QStandardItem;
        states->setData(user.stateCount, Qt::DisplayRole); // a number: sorts as one
        states->setData(locale.toString(user.stateCount), Qt::AccessibleTextRole);
        states->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.append(states);
        row.first()->setData(user.id, IdRole);
        if (user.isUnmapped()) {
            QFont font = row.at(AgentColumn)->font();
            font.setItalic(true);
            row.at(AgentColumn)->setFont(font);
        }
        m_model->appendRow(row);
    }
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
        m_table->horizontalHeader()->sortIndicatorOrder());
    RowIds::select(m_table, m_model, IdColumn, IdRole, selected);
    m_table->resizeColumnToContents(IdColumn);
    m_table->resizeColumnToContents(StatesColumn);
    updateActions();
}

QList<qint64> UsersMappingView::selectedIds() const
{
    return RowIds::selected(m_table, IdColumn, IdRole);
}

void UsersMappingView::updateActions()
{
    const QList<qint64> ids = selectedIds();
    bool anyUnmapped = false, anySuggested = false;
    for (const ExternalUserMapping &user : std::as_const(m_mapping.users)) {
        if (!ids.contains(user.id))
            continue;
        anyUnmapped = anyUnmapped || !user.agentId;
        anySuggested = anySuggested || user.suggestedAgentId.has_value();
    }
    m_map->setEnabled(!ids.isEmpty() && !m_mapping.agents.isEmpty());
    m_create->setEnabled(anyUnmapped);
    m_accept->setEnabled(anySuggested);
    m_ignore->setEnabled(!ids.isEmpty());
}

void UsersMappingView::mapSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_mapping.agents.isEmpty())
        return;
    QStringList names;
    for (const Agent &agent : std::as_const(m_mapping.agents))
        names << (agent.email.isEmpty() ? agent.name : tr("%1 <%2>").arg(agent.name, agent.email));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Map to agent"),
        tr("The %n selected user(s) are the agent:", nullptr, int(ids.size())), names, 0, false,
        &ok);
    const qsizetype at = names.indexOf(chosen);
    if (!ok || at < 0)
        return;
    m_service.mapping()->mapUsers(m_integrationId, ids, m_mapping.agents.at(at).id);
}
