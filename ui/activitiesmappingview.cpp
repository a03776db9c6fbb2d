#include "activitiesmappingview.h"

#include "integrations/integrationservice.h"
#include "mapping/mappingservice.h"
#include "rowids.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ActivitiesMappingView::ActivitiesMappingView(IntegrationService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_unsupported(new QLabel(tr("This ACD does not import agent status data, so its "
                                  "activities need no mapping."),
          this))
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_unmappedOnly(new QCheckBox(tr("Unmapped on&ly"), this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_choice(new QComboBox(this))
    , m_map(new QPushButton(tr("&Map"), this))
    , m_add(new QPushButton(tr("Add activit&y…"), this))
{
    m_unsupported->setObjectName(QStringLiteral("activitiesUnsupported"));
    m_summary->setObjectName(QStringLiteral("activitiesUnmappedSummary"));
    m_search->setObjectName(QStringLiteral("activitiesSearch"));
    m_unmappedOnly->setObjectName(QStringLiteral("activitiesUnmappedOnly"));
    m_table->setObjectName(QStringLiteral("activitiesTable"));
    m_choice->setObjectName(QStringLiteral("activitiesChoice"));
    m_map->setObjectName(QStringLiteral("activitiesMap"));
    m_add->setObjectName(QStringLiteral("activitiesAdd"));
    m_unsupported->setWordWrap(true);
    m_summary->setWordWrap(true);
    auto *intro = new QLabel(tr("Every state and reason code counts as \"Present\" until you "
                                "choose its activity. The most frequent come first."),
        this);
    intro->setWordWrap(true);

    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("State, reason code or activity"));
    m_search->setAccessibleName(tr("Search activities"));
    m_unmappedOnly->setAccessibleName(tr("Show only activities not mapped yet"));
    m_table->setAccessibleName(tr("States and reason codes of the ACD"));
    m_choice->setAccessibleName(tr("Activity for the selected states and reason codes"));
    m_map->setAccessibleName(tr("Map the selected states and reason codes"));
    m_add->setAccessibleName(tr("Add an activity"));

    m_model->setHorizontalHeaderLabels(
        {tr("State or reason code"), tr("Kind"), tr("Occurrences"), tr("Activity")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OccurrencesColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_unmappedOnly);
    auto *choiceLabel = new QLabel(tr("Cou&nt selected as:"), this);
    choiceLabel->setBuddy(m_choice);
    auto *actions = new QHBoxLayout;
    actions->addWidget(choiceLabel);
    actions->addWidget(m_choice, 1);
    actions->addWidget(m_map);
    actions->addSpacing(12);
    actions->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unsupported);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, this, &ActivitiesMappingView::fill);
    connect(m_unmappedOnly, &QCheckBox::toggled, this, &ActivitiesMappingView::fill);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ActivitiesMappingView::updateActions);
    connect(m_map, &QPushButton::clicked, this, &ActivitiesMappingView::mapSelected);
    connect(m_add, &QPushButton::clicked, this, &ActivitiesMappingView::addActivity);
    connect(m_service.mapping(), &MappingService::mappingChanged, this, [this](const QString &id) {
        if (id == m_integrationId)
            reload();
    });
    connect(m_service.mapping(), &MappingService::activitiesChanged, this,
        &ActivitiesMappingView::reload);
    connect(&m_service, &IntegrationService::integrationChanged, this, [this](const QString &id) {
        if (id == m_integrationId)
            reload();
    });
    display({});
}

void ActivitiesMappingView::setIntegration(const QString &id)
{
    m_integrationId = id;
    display({});
    reload();
}

void ActivitiesMappingView::reload()
{
    if (m_integrationId.isEmpty())
        return;
    const std::optional<Integration> integration = m_service.find(m_integrationId);
    m_supported = integration
        && m_service.typeInfo(integration->type).capabilities.testFlag(Capability::AgentStates);
    if (!m_supported) {
        display({});
        emit loaded();
        return;
    }
    const QString id = m_integrationId;
    m_service.mapping()->loadActivities(id, this, [this, id](const ActivitiesMapping &mapping) {
        if (id != m_integrationId)
            return;
        display(mapping);
        emit loaded();
    });
}

void ActivitiesMappingView::display(const ActivitiesMapping &mapping)
{
    m_mapping = mapping;
    m_unsupported->setVisible(!m_supported);
    for (QWidget *widget :
        std::initializer_list<QWidget *> {m_search, m_unmappedOnly, m_table, m_choice})
        widget->setEnabled(m_supported);
    m_summary->setText(mapping.loaded ? MappingService::unmappedText(mapping.unmapped) : QString());
    m_summary->setVisible(!m_summary->text().isEmpty());
    fillChoices();
    fill();
}

QString ActivitiesMappingView::activityName(std::optional<qint64> id) const
{
    if (!id)
        return tr("Present (default)");
    for (const Activity &activity : std::as_const(m_mapping.choices)) {
        if (activity.id == *id)
            return MappingService::displayName(activity);
    }
    return {};
}

void ActivitiesMappingView::fillChoices()
{
    const QVariant current = m_pendingChoice ? QVariant(m_pendingChoice) : m_choice->currentData();
    m_choice->clear();
    // The default first: choosing it returns a state to "not chosen".
    m_choice->addItem(tr("Present (default)"));
    for (const Activity &activity : std::as_const(m_mapping.choices)) {
        if (activity.id != m_mapping.presentId)
            m_choice->addItem(MappingService::displayName(activity), activity.id);
    }
    const int at = m_choice->findData(current);
    if (at >= 0) {
        m_choice->setCurrentIndex(at);
        m_pendingChoice = 0;
    }
}

void ActivitiesMappingView::fill()
{
    const QList<qint64> selected = selectedIds();
    const QString needle = m_search->text().trimmed();
    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    for (const ExternalActivityMapping &activity : std::as_const(m_mapping.activities)) {
        if (m_unmappedOnly->isChecked() && activity.activityId)
            continue;
        const QString mapped = activityName(activity.activityId);
        if (!needle.isEmpty()) {
            const QStringList texts = {activity.externalId, activity.name, activity.kind, mapped};
            if (std::none_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
                    return text.contains(needle, Qt::CaseInsensitive);
                }))
                continue;
        }
        QList<QStandardItem *> row;
        for (const QString &text : {activity.name, activity.kind})
            row.append(new QStandardItem(text));
        auto *count = new QStandardItem;
        count->setData(activity.occurrences, Qt::DisplayRole);
        count->setData(locale.toString(activity.occurrences), Qt::AccessibleTextRole);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.append(count);
        row.append(new QStandardItem(mapped));
        if (!activity.activityId) {
            QFont font = row.last()->font();
            font.setItalic(true);
            row.last()->setFont(font);
        }
        row.first()->setData(activity.id, IdRole);
        row.first()->setToolTip(activity.externalId);
        m_model->appendRow(row);
    }
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
        m_table->horizontalHeader()->sortIndicatorOrder());
    RowIds::select(m_table, m_model, NameColumn, IdRole, selected);
    m_table->resizeColumnToContents(KindColumn);
    m_table->resizeColumnToContents(OccurrencesColumn);
    updateActions();
}

QList<qint64> ActivitiesMappingView::selectedIds() const
{
    return RowIds::selected(m_table, NameColumn, IdRole);
}

void ActivitiesMappingView::updateActions()
{
    m_map->setEnabled(m_supported && !selectedIds().isEmpty());
    m_add->setEnabled(m_supported);
}

void ActivitiesMappingView::mapSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QVariant chosen = m_choice->currentData();
    m_service.mapping()->mapActivities(m_integrationId, ids,
        chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt);
}

void ActivitiesMappingView::addActivity()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add activity"),
        tr("Name of the new activity, for every integration:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_service.mapping()->addActivity(name, this, [this](qint64 id, const QString &problem) {
        if (id == 0) {
            QMessageBox::warning(this, tr("Add activity"), problem);
            return;
        }
        // Offered for the selection at once: adding one is mostly for mapping to it.
        m_pendingChoice = id;
        fillChoices();
    });
}
