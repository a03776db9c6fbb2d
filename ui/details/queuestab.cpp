#include "details/queuestab.h"

#include "import/importengine.h"
#include "integrations/importeddata.h"
#include "integrations/integrationservice.h"
#include "mapping/workloadservice.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

constexpr qint64 RecentDays = 7;

qint64 startOfLocalDay(QDate date)
{
    return date.startOfDay().toSecsSinceEpoch();
}

QDate localDate(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toLocalTime().date();
}

QStandardItem *item(const QString &text, const QVariant &sortKey)
{
    auto *cell = new QStandardItem(text);
    cell->setData(sortKey, QueuesTab::SortRole);
    cell->setEditable(false);
    return cell;
}

} // namespace

QueuesTab::QueuesTab(IntegrationService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_search(new QLineEdit(this))
    , m_assign(new QPushButton(tr("Assign to wor&kload…"), this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_span(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_totals(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_offered(new QLineSeries)
    , m_handled(new QLineSeries)
{
    setObjectName(QStringLiteral("queuesTab"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Queue name, ID, kind or workload"));
    m_search->setAccessibleName(tr("Search queues"));
    m_search->setClearButtonEnabled(true);
    m_assign->setObjectName(QStringLiteral("assignToWorkload"));
    m_assign->setEnabled(false);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedQueueId(); id >= 0)
            emit assignRequested(id);
    });

    m_model->setHorizontalHeaderLabels({tr("Name"), tr("ID"), tr("Kind"), tr("Intervals held"),
        tr("Offered, last 7 days"), tr("Workload")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(
        m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("queuesTable"));
    m_table->setAccessibleName(tr("Queues"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    for (int column = ExternalIdColumn; column < ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const qint64 id = selectedQueueId();
        m_assign->setEnabled(id >= 0);
        // A queue chosen for the first time shows the last day it has data for.
        for (const ImportedDataStore::Queue &queue : std::as_const(m_queues))
            if (queue.id == id && queue.lastInterval >= 0 && !m_date->property("chosen").toBool())
                m_date->setDate(localDate(queue.lastInterval));
        updateChart();
    });

    auto *spanLabel = new QLabel(tr("Ran&ge:"), this);
    spanLabel->setBuddy(m_span);
    m_span->setObjectName(QStringLiteral("chartSpan"));
    m_span->setAccessibleName(tr("Chart span"));
    m_span->addItem(tr("Day"), int(Span::Day));
    m_span->addItem(tr("Week"), int(Span::Week));
    auto *dateLabel = new QLabel(tr("&From:"), this);
    dateLabel->setBuddy(m_date);
    m_date->setObjectName(QStringLiteral("chartDate"));
    m_date->setAccessibleName(tr("First day shown"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate().addDays(-1));
    auto *previous = new QToolButton(this);
    previous->setText(tr("‹"));
    previous->setToolTip(tr("Earlier"));
    previous->setAccessibleName(tr("Earlier"));
    auto *next = new QToolButton(this);
    next->setText(tr("›"));
    next->setToolTip(tr("Later"));
    next->setAccessibleName(tr("Later"));
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_span, &QComboBox::currentIndexChanged, this, &QueuesTab::updateChart);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { updateChart(); });
    connect(
        m_date, &QDateEdit::editingFinished, this, [this] { m_date->setProperty("chosen", true); });
    m_totals->setObjectName(QStringLiteral("chartTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_offered->setName(tr("Offered"));
    m_handled->setName(tr("Handled"));
    m_chart->addSeries(m_offered);
    m_chart->addSeries(m_handled);
    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(QLocale().timeFormat(QLocale::ShortFormat));
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(timeAxis, Qt::AlignBottom);
    m_chart->addAxis(countAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_offered, m_handled}) {
        series->attachAxis(timeAxis);
        series->attachAxis(countAxis);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setObjectName(QStringLiteral("queueChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(140);
    m_chartView->setAccessibleName(tr("Contacts per 15 minutes"));

    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_assign);

    auto *chartBox = new QWidget(this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(spanLabel);
    controls->addWidget(m_span);
    controls->addWidget(dateLabel);
    controls->addWidget(previous);
    controls->addWidget(m_date);
    controls->addWidget(next);
    controls->addWidget(m_totals, 1);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(controls);
    chartLayout->addWidget(m_chartView, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(chartBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    updateChart();
    // The Workload column follows assignments made in the Workloads window.
    connect(m_service.workloads(), &WorkloadService::workloadsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void QueuesTab::setIntegration(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_queues.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_date->setProperty("chosen", false);
    refresh();
}

void QueuesTab::refresh()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    const qint64 since = m_service.engine()->now() - RecentDays * 86400;
    ImportedData::queues(
        m_service, id, since, this, [this, id](QList<ImportedDataStore::Queue> queues) {
            if (id != m_id)
                return;
            m_queues = std::move(queues);
            fill();
            emit refreshed();
        });
}

void QueuesTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Seen: the queues the admin has looked at are no longer new, at the next refresh.
    QTimer::singleShot(0, this, [this] {
        if (isVisible() && !m_id.isEmpty())
            ImportedData::markQueuesSeen(m_service, m_id);
    });
}

void QueuesTab::fill()
{
    const qint64 keep = selectedQueueId();
    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    for (const ImportedDataStore::Queue &queue : std::as_const(m_queues)) {
        //: A queue imported since the admin last looked at the queues.
        auto *name = item(queue.isNew ? tr("%1 (new)").arg(queue.name) : queue.name, queue.name);
        name->setData(queue.id, QueueIdRole);
        if (queue.isNew) {
            QFont bold = font();
            bold.setBold(true);
            name->setFont(bold);
        }
        const QString range = queue.firstInterval < 0
            ? tr("None yet")
            //: The first and the last day a queue has 15-minute statistics for.
            : tr("%1 – %2").arg(
                locale.toString(localDate(queue.firstInterval), QLocale::ShortFormat),
                locale.toString(localDate(queue.lastInterval), QLocale::ShortFormat));
        auto *offered = item(locale.toString(queue.offeredRecently), queue.offeredRecently);
        offered->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({name, item(queue.externalId, queue.externalId),
            item(queue.kind, queue.kind), item(range, queue.firstInterval), offered,
            item(queue.workloadName.isEmpty() ? tr("None") : queue.workloadName,
                queue.workloadName)});
    }
    if (keep >= 0)
        selectQueue(keep);
    else if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

qint64 QueuesTab::selectedQueueId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? -1 : rows.first().data(QueueIdRole).toLongLong();
}

bool QueuesTab::selectQueue(qint64 queueId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, NameColumn);
        if (index.data(QueueIdRole).toLongLong() == queueId) {
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void QueuesTab::showSpan(Span span, QDate first)
{
    m_date->setProperty("chosen", true);
    const QSignalBlocker blockSpan(m_span);
    const QSignalBlocker blockDate(m_date);
    m_span->setCurrentIndex(m_span->findData(int(span)));
    m_date->setDate(first);
    updateChart();
}

TimeRange QueuesTab::chartRange() const
{
    const QDate first = m_date->date();
    const int days = Span(m_span->currentData().toInt()) == Span::Week ? 7 : 1;
    return {startOfLocalDay(first), startOfLocalDay(first.addDays(days))};
}

void QueuesTab::step(int direction)
{
    const int days = Span(m_span->currentData().toInt()) == Span::Week ? 7 : 1;
    m_date->setProperty("chosen", true);
    m_date->setDate(m_date->date().addDays(direction * days));
}

void QueuesTab::updateChart()
{
    const qint64 queueId = selectedQueueId();
    const TimeRange range = chartRange();
    const quint64 request = ++m_chartRequest;
    if (queueId < 0) {
        m_offered->clear();
        m_handled->clear();
        m_offeredTotal = m_handledTotal = 0;
        m_points = 0;
        m_totals->setText(tr("Select a queue to see its contacts per 15 minutes."));
        emit chartUpdated();
        return;
    }
    ImportedData::intervals(m_service, queueId, range, this,
        [this, request, range](QList<ImportedDataStore::IntervalTotals> intervals) {
            if (request != m_chartRequest)
                return; // a later choice is on its way
            QList<QPointF> offered;
            QList<QPointF> handled;
            offered.reserve(intervals.size());
            handled.reserve(intervals.size());
            m_offeredTotal = m_handledTotal = 0;
            qreal highest = 0;
            for (const ImportedDataStore::IntervalTotals &interval : std::as_const(intervals)) {
                const qreal x = qreal(interval.startUtc) * 1000.0;
                offered.append({x, qreal(interval.offered)});
                handled.append({x, qreal(interval.handled)});
                m_offeredTotal += interval.offered;
                m_handledTotal += interval.handled;
                highest = std::max(highest, qreal(interval.offered));
            }
            m_points = int(intervals.size());
            m_offered->replace(offered);
            m_handled->replace(handled);
            const auto axes = m_chart->axes();
            for (QAbstractAxis *axis : axes) {
                if (auto *time = qobject_cast<QDateTimeAxis *>(axis)) {
                    time->setRange(QDateTime::fromSecsSinceEpoch(range.fromUtc),
                        QDateTime::fromSecsSinceEpoch(range.toUtc));
                    const bool week = range.toUtc - range.fromUtc > 2 * 86400;
                    time->setFormat(week ? QStringLiteral("ddd d")
                                         : QLocale().timeFormat(QLocale::ShortFormat));
                    time->setTickCount(week ? 8 : 7);
                } else if (auto *count = qobject_cast<QValueAxis *>(axis)) {
                    count->setRange(0, std::max<qreal>(5, highest * 1.1));
                    count->applyNiceNumbers();
                }
            }
            const QLocale locale;
            m_totals->setText(intervals.isEmpty()
                    ? tr("No statistics for this queue in this period.")
                    //: Totals of the chart's period.
                    : tr("Offered: %1 · Handled: %2")
                          .arg(locale.toString(m_offeredTotal), locale.toString(m_handledTotal)));
            emit chartUpdated();
        });
}
