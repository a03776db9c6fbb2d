#include "importprogressview.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <limits>

ImportProgressView::ImportProgressView(QWidget *parent)
    : QWidget(parent)
    , m_phase(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_rows(new QLabel(this))
    , m_countdown(new QLabel(this))
{
    m_phase->setObjectName(QStringLiteral("importPhase"));
    // A failure's message can be long (a report's missing columns and how to add them): it
    // wraps, and the admin can select it to copy it into a ticket.
    m_phase->setWordWrap(true);
    m_phase->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setObjectName(QStringLiteral("importBar"));
    m_bar->setAccessibleName(tr("Import progress"));
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_countdown->setObjectName(QStringLiteral("importCountdown"));
    QFont bigger = m_countdown->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    m_countdown->setFont(bigger);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_countdown);
    layout->addWidget(m_phase);
    layout->addWidget(m_bar);
    layout->addWidget(m_rows);
    setProgress({});
}

QString ImportProgressView::phaseText(ImportProgress::Phase phase)
{
    switch (phase) {
    case ImportProgress::Phase::Idle:
        return tr("Waiting to start");
    case ImportProgress::Phase::Connecting:
        return tr("Connecting to the ACD");
    case ImportProgress::Phase::DiscoveringQueues:
        return tr("Importing queues");
    case ImportProgress::Phase::IntervalStatistics:
        return tr("Importing interval statistics");
    case ImportProgress::Phase::DiscoveringUsers:
        return tr("Importing users and activities");
    case ImportProgress::Phase::AgentStates:
        return tr("Importing agent status data");
    case ImportProgress::Phase::Waiting:
        return tr("Waiting to try again");
    case ImportProgress::Phase::Finished:
        return tr("Import complete");
    case ImportProgress::Phase::Failed:
        return tr("Import failed");
    }
    return {};
}

QString ImportProgressView::remainingText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("Less than a minute left");
    const int minutes = int((seconds + 59) / 60);
    return tr("About %n minute(s) left", nullptr, minutes);
}

void ImportProgressView::setProgress(const ImportProgress &progress)
{
    const QLocale locale;
    QString phase = phaseText(progress.phase);
    if (!progress.message.isEmpty())
        phase = tr("%1: %2").arg(phase, progress.message);
    m_phase->setText(phase);

    const bool known = progress.total > 0;
    m_bar->setRange(0, known ? 1000 : 0);
    if (progress.phase == ImportProgress::Phase::Finished) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(1000);
    } else if (known) {
        m_bar->setValue(
            int(1000 * qBound<qint64>(0, progress.done, progress.total) / progress.total));
    }
    m_bar->setVisible(progress.phase != ImportProgress::Phase::Idle
        && progress.phase != ImportProgress::Phase::Failed);

    // %Ln: the plural form for the count, with the locale's digit grouping.
    const int written = int(qMin<qint64>(progress.rowsWritten, std::numeric_limits<int>::max()));
    const QString rows = progress.rowsPerSecond > 0
        ? tr("%Ln rows written · %1 per second", nullptr, written)
              .arg(locale.toString(qRound64(progress.rowsPerSecond)))
        : tr("%Ln rows written", nullptr, written);
    m_rows->setText(rows);
    m_rows->setVisible(progress.rowsWritten > 0);

    if (progress.phase == ImportProgress::Phase::Finished)
        m_countdown->setText(progress.firstImport ? tr("First import complete") : QString());
    else
        m_countdown->setText(
            progress.firstImport ? remainingText(progress.remainingSeconds) : QString());
    m_countdown->setVisible(!m_countdown->text().isEmpty());
}
