#include "deletequestion.h"

#include "integrations/importeddata.h"
#include "integrations/integrationservice.h"
#include "mapping/workloadservice.h"
#include "workloadswindow.h"

#include <QApplication>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSpacerItem>

namespace DeleteQuestion {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("DeleteQuestion", text, disambiguation, n);
}

} // namespace

void fetch(IntegrationService &service, const QString &integrationId, QObject *context,
    std::function<void(const Losses &)> done)
{
    QPointer<QObject> guard(context);
    ImportedData::overview(service, integrationId, context,
        [&service, integrationId, guard, done](const ImportedDataStore::Overview &overview) {
            if (!guard)
                return;
            service.workloads()->fetchLossesIfRemoved(integrationId, guard,
                [overview, done](const WorkloadService::Fetched<WorkloadLoss> &losses) {
                    done({overview, losses.items, losses.error});
                });
        });
}

QString text(IntegrationService &service, const Integration &doomed, const Losses &losses)
{
    QString text;
    const ImportedDataStore::Overview &imported = losses.imported;
    if (imported.ok) {
        QStringList counts {tr("%Ln queue(s)", nullptr, int(imported.queues)),
            tr("%Ln interval row(s)", nullptr, int(imported.intervalRows))};
        if (service.typeInfo(doomed.type).capabilities.testFlag(Capability::AgentStates))
            counts << tr("%Ln agent state(s)", nullptr, int(imported.agentStates));
        //: %1 lists the counts, e.g. "12 queues, 4,032 interval rows and 800 agent states".
        text = tr("What was imported is deleted: %1. Its password is removed from the system "
                  "keychain. This cannot be undone.")
                   .arg(QLocale().createSeparatedList(counts));
    } else {
        text = tr("Its imported queues and statistics are deleted, and its password is removed "
                  "from the system keychain. This cannot be undone.");
    }
    const QString workloads = losses.workloadsError.isEmpty()
        ? WorkloadsWindow::leavingText(losses.workloads)
        : losses.workloadsError;
    if (!workloads.isEmpty())
        text += QStringLiteral("\n\n") + workloads;
    return text;
}

void fitTitle(QMessageBox *box)
{
    auto *grid = qobject_cast<QGridLayout *>(box->layout());
    if (!grid)
        return;
    // Room for the title in a bold title-bar font, and the window manager's buttons.
    QFont font = QApplication::font("QMdiSubWindowTitleBar");
    font.setBold(true);
    const int width = QFontMetrics(font).horizontalAdvance(box->windowTitle()) * 5 / 4 + 160;
    grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Minimum),
        grid->rowCount(), 0, 1, grid->columnCount());
}

} // namespace DeleteQuestion
