#include "details/schedulesettingstab.h"

#include "import/importengine.h"
#include "integrations/integrationservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ScheduleSettingsTab::ScheduleSettingsTab(IntegrationService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_frequency(new QComboBox(this))
    , m_backfill(new QSpinBox(this))
    , m_backfillNote(new QLabel(this))
    , m_savedNote(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Discard chan&ges"), this))
{
    setObjectName(QStringLiteral("settingsTab"));
    m_frequency->setObjectName(QStringLiteral("importFrequency"));
    m_frequency->setAccessibleName(tr("Import every"));
    for (const int minutes : {15, 30, 60})
        m_frequency->addItem(tr("%n minutes", nullptr, minutes), minutes);
    m_backfill->setObjectName(QStringLiteral("backfillDays"));
    m_backfill->setAccessibleName(tr("First import reaches back, in days"));
    //: After a number of days, e.g. "90 days".
    m_backfill->setSuffix(tr(" days"));
    m_backfill->setKeyboardTracking(false);
    m_backfillNote->setWordWrap(true);
    m_backfillNote->setObjectName(QStringLiteral("backfillNote"));
    m_savedNote->setWordWrap(true);
    m_savedNote->setText(tr("Changes take effect at the next import; the one already planned "
                            "keeps its time."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("I&mport every:"), m_frequency);
    form->addRow(tr("First import reaches &back:"), m_backfill);
    m_save->setObjectName(QStringLiteral("saveSchedule"));
    m_revert->setObjectName(QStringLiteral("revertSchedule"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_backfillNote);
    layout->addWidget(m_savedNote);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(
        m_frequency, &QComboBox::currentIndexChanged, this, &ScheduleSettingsTab::updateButtons);
    connect(m_backfill, &QSpinBox::valueChanged, this, &ScheduleSettingsTab::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &ScheduleSettingsTab::save);
    connect(m_revert, &QPushButton::clicked, this, &ScheduleSettingsTab::load);
    connect(&m_service, &IntegrationService::integrationChanged, this, [this](const QString &id) {
        // Someone else's change (another window): show it unless the admin is editing.
        if (id == m_id && !m_save->isEnabled())
            load();
    });
}

void ScheduleSettingsTab::setIntegration(const QString &id)
{
    m_id = id;
    load();
}

void ScheduleSettingsTab::load()
{
    const std::optional<Integration> integration = m_service.find(m_id);
    setEnabled(integration.has_value());
    if (!integration)
        return;
    const int maximum = m_service.maximumBackfillDays(integration->type);
    const QSignalBlocker blockFrequency(m_frequency);
    const QSignalBlocker blockBackfill(m_backfill);
    m_frequency->setCurrentIndex(m_frequency->findData(ImportEngine::importMinutes(*integration)));
    m_backfill->setRange(1, maximum);
    m_backfill->setValue(std::min(ImportEngine::backfillDays(*integration), maximum));
    QString note = tr("A first import from %1 can reach back up to %n days.", nullptr, maximum)
                       .arg(m_service.typeInfo(integration->type).displayName);
    if (integration->lastImportAt.isValid())
        note += QLatin1Char(' ')
            + tr("The first import is done: a new value applies when the imported data is "
                 "replaced (a change of how queues are grouped, for example).");
    m_backfillNote->setText(note);
    updateButtons();
}

void ScheduleSettingsTab::updateButtons()
{
    const std::optional<Integration> integration = m_service.find(m_id);
    const bool changed = integration
        && (m_frequency->currentData().toInt() != ImportEngine::importMinutes(*integration)
            || m_backfill->value() != ImportEngine::backfillDays(*integration));
    m_save->setEnabled(changed);
    m_revert->setEnabled(changed);
}

void ScheduleSettingsTab::save()
{
    m_save->setEnabled(false); // the change below reloads the fields
    m_revert->setEnabled(false);
    m_service.setImportSchedule(m_id, m_frequency->currentData().toInt(), m_backfill->value());
}
