#include "details/historytab.h"

#include "integrations/importeddata.h"
#include "integrations/integrationservice.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QString localTime(qint64 utc)
{
    return QLocale().toString(
        QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return HistoryTab::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return HistoryTab::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return HistoryTab::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

} // namespace

HistoryTab::HistoryTab(IntegrationService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("historyTab"));
    m_model->setHorizontalHeaderLabels(
        {tr("Started"), tr("Took"), tr("Intervals"), tr("Rows"), tr("Result"), tr("Error")});
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Import history"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    for (int column = StartedColumn; column < ErrorColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);

    connect(&m_service, &IntegrationService::integrationChanged, this, [this](const QString &id) {
        if (id == m_id && isVisible())
            refresh();
    });
}

void HistoryTab::setIntegration(const QString &id)
{
    m_id = id;
    m_runs.clear();
    fill();
    refresh();
}

void HistoryTab::refresh()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    ImportedData::runs(
        m_service, id, MaximumRuns, this, [this, id](QList<ImportedDataStore::Run> runs) {
            if (id != m_id)
                return;
            m_runs = std::move(runs);
            fill();
            emit refreshed();
        });
}

QString HistoryTab::resultText(const QString &outcome)
{
    if (outcome == QLatin1String("ok"))
        return tr("Succeeded");
    if (outcome == QLatin1String("failed"))
        return tr("Failed");
    if (outcome == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (outcome == QLatin1String("interrupted"))
        //: The program was closed or stopped during the import.
        return tr("Interrupted");
    if (outcome == QLatin1String("running"))
        return tr("Running");
    return outcome;
}

void HistoryTab::fill()
{
    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    for (const ImportedDataStore::Run &run : std::as_const(m_runs)) {
        QList<QStandardItem *> row;
        row << new QStandardItem(localTime(run.startedAt))
            << new QStandardItem(
                   run.finishedAt < 0 ? QString() : duration(run.finishedAt - run.startedAt))
            //: The first and the last 15-minute interval an import run covered.
            << new QStandardItem(
                   tr("%1 – %2").arg(localTime(run.range.fromUtc), localTime(run.range.toUtc)))
            << new QStandardItem(locale.toString(run.rows))
            << new QStandardItem(resultText(run.outcome)) << new QStandardItem(run.error);
        row.at(RowsColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.at(ErrorColumn)->setToolTip(run.error);
        if (run.outcome == QLatin1String("failed") || run.outcome == QLatin1String("interrupted"))
            row.at(ResultColumn)->setForeground(QColor(0xb0, 0x1c, 0x1c)); // as the state column
        m_model->appendRow(row);
    }
}
