#include "screenshots.h"

#include "activitiesmappingview.h"
#include "credentials/credentialstore.h"
#include "details/historytab.h"
#include "details/integrationdetailsview.h"
#include "details/overviewtab.h"
#include "details/queuestab.h"
#include "details/schedulesettingstab.h"
#include "fieldform.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "integrationswindow.h"
#include "mapping/workloadservice.h"
#include "usersmappingview.h"
#include "wizard/addintegrationwizard.h"
#include "wizard/fieldspage.h"
#include "workloadswindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTextStream>
#include <QTreeWidget>

#include <functional>

namespace Screenshots {
namespace {

// Script mode only: lets the event loop run until a condition holds, so the real
// asynchronous code (verify, keychain, import) does its work between shots.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 15000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

void settle(int ms = 250)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

class Shooter
{
public:
    explicit Shooter(const QString &dir)
        : m_dir(dir)
    {
        QDir().mkpath(dir);
    }
    void shoot(QWidget *widget, const QString &name)
    {
        settle();
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        widget->grab().save(path);
        QTextStream(stdout) << path << '\n';
    }

private:
    QString m_dir;
};

void chooseType(AddIntegrationWizard *wizard, const QString &id)
{
    auto *list = wizard->findChild<QListWidget *>(QStringLiteral("typeList"));
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toString() == id)
            list->setCurrentRow(row);
}

void setField(AddIntegrationWizard *wizard, const QString &key, const QString &value)
{
    QWidget *input = wizard->currentPage()->findChild<QWidget *>(QStringLiteral("field_") + key);
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        edit->setText(value);
    else if (auto *spin = qobject_cast<QSpinBox *>(input))
        spin->setValue(value.toInt());
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        combo->setCurrentIndex(combo->findData(value));
}

void showAdvanced(AddIntegrationWizard *wizard, bool shown)
{
    if (auto *page = qobject_cast<FieldsPage *>(wizard->currentPage()))
        page->form()->setAdvancedShown(shown);
}

bool isSmallScreen()
{
    const QSize available = QGuiApplication::primaryScreen()->availableSize();
    return available.width() <= 800 && available.height() <= 600;
}

// The window and every wizard page on a small screen: the window as large as the screen
// allows, the wizard at the size it opens with there.
int renderSmallScreen(IntegrationService &service, Shooter &shots)
{
    QScreen *screen = QGuiApplication::primaryScreen();
    const QString suffix
        = screen->devicePixelRatio() > 1 ? QStringLiteral("-scale2") : QStringLiteral("-800x600");
    const auto shoot = [&shots, &suffix](QWidget *widget, const QString &name) {
        shots.shoot(widget, name + suffix);
    };
    IntegrationsWindow window(service);
    window.resize(screen->availableSize() - QSize(0, 30)); // a title bar
    window.move(screen->availableGeometry().topLeft());
    window.show();
    shoot(&window, QStringLiteral("30-integrations-empty"));

    auto *wizard = new AddIntegrationWizard(service, &window);
    wizard->show();
    shoot(wizard, QStringLiteral("31-wizard-type"));
    chooseType(wizard, QStringLiteral("demo"));
    wizard->next();
    shoot(wizard, QStringLiteral("32-wizard-name"));
    wizard->next();
    setField(wizard, QStringLiteral("username"), QStringLiteral("maria.rossi@example.com"));
    setField(wizard, QStringLiteral("password"), QStringLiteral("wrong"));
    shoot(wizard, QStringLiteral("33-wizard-credentials"));
    wizard->next();
    setField(wizard, QStringLiteral("queueCount"), QStringLiteral("40"));
    shoot(wizard, QStringLiteral("34-wizard-details"));
    wizard->next();
    shoot(wizard, QStringLiteral("35-wizard-save"));
    wizard->next();
    waitUntil([wizard] {
        return wizard->findChild<QWidget *>(QStringLiteral("saveProblemBox"))->isVisible();
    });
    shoot(wizard, QStringLiteral("36-wizard-wrong-password"));
    wizard->findChild<QPushButton *>(QStringLiteral("saveFix"))->click();
    setField(wizard, QStringLiteral("password"), QStringLiteral("demo-password"));
    wizard->next();
    wizard->next();
    wizard->next();
    waitUntil([wizard] { return wizard->currentId() == AddIntegrationWizard::ImportPageId; });
    settle(1500);
    shoot(wizard, QStringLiteral("37-wizard-importing"));
    wizard->close();

    if (service.registry().contains(QStringLiteral("five9"))) {
        auto *five9 = new AddIntegrationWizard(service, &window);
        five9->show();
        chooseType(five9, QStringLiteral("five9"));
        five9->next();
        five9->next();
        setField(five9, QStringLiteral("username"), QStringLiteral("wfm.api@example.com"));
        setField(five9, QStringLiteral("password"), QStringLiteral("not-a-real-password"));
        shoot(five9, QStringLiteral("38-five9-credentials"));
        five9->next();
        shoot(five9, QStringLiteral("39-five9-details"));
        showAdvanced(five9, true);
        shoot(five9, QStringLiteral("39b-five9-details-advanced"));
        five9->next();
        shoot(five9, QStringLiteral("40-five9-save"));
        five9->close();
    }
    waitUntil([&service] { return !service.integrations().isEmpty(); });
    const QString first = service.integrations().value(0).id;
    waitUntil([&service, first] { return !service.engine()->isRunning(first); }, 60000);
    window.select(first);
    settle(1000);
    shoot(&window, QStringLiteral("41-integrations"));
    return 0;
}

} // namespace

int render(IntegrationService &service, const QString &directory, const QString &language)
{
    Shooter shots(QDir(directory).filePath(language.isEmpty() ? QStringLiteral("en") : language));
    if (isSmallScreen())
        return renderSmallScreen(service, shots);
    IntegrationsWindow window(service);
    window.resize(980, 560);
    window.show();
    shots.shoot(&window, QStringLiteral("01-integrations-empty"));

    auto *wizard = new AddIntegrationWizard(service, &window);
    wizard->show();
    shots.shoot(wizard, QStringLiteral("02-wizard-type"));
    chooseType(wizard, QStringLiteral("demo"));
    wizard->next();
    shots.shoot(wizard, QStringLiteral("03-wizard-name"));
    wizard->next();
    setField(wizard, QStringLiteral("username"), QStringLiteral("maria.rossi@example.com"));
    setField(wizard, QStringLiteral("password"), QStringLiteral("wrong"));
    shots.shoot(wizard, QStringLiteral("04-wizard-credentials"));
    wizard->next();
    // Enough queues that the first import runs long enough to show its countdown.
    setField(wizard, QStringLiteral("queueCount"), QStringLiteral("600"));
    shots.shoot(wizard, QStringLiteral("05-wizard-details"));
    wizard->next();
    shots.shoot(wizard, QStringLiteral("06-wizard-save"));
    wizard->next(); // Save integration, with the documented wrong password
    waitUntil([wizard] {
        return wizard->findChild<QWidget *>(QStringLiteral("saveProblemBox"))->isVisible();
    });
    shots.shoot(wizard, QStringLiteral("07-wizard-wrong-password"));
    wizard->findChild<QPushButton *>(QStringLiteral("saveFix"))->click();
    setField(wizard, QStringLiteral("password"), QStringLiteral("demo-password"));
    wizard->next();
    wizard->next();
    wizard->next();
    waitUntil([wizard] { return wizard->currentId() == AddIntegrationWizard::ImportPageId; });
    settle(1500);
    shots.shoot(wizard, QStringLiteral("08-wizard-importing"));
    wizard->close();
    settle(1500);
    shots.shoot(&window, QStringLiteral("09-integrations"));

    auto *again = new AddIntegrationWizard(service, &window);
    again->show();
    chooseType(again, QStringLiteral("demo"));
    again->next();
    again->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
        ->setText(QStringLiteral("  demo ACD "));
    shots.shoot(again, QStringLiteral("10-wizard-duplicate-name"));
    again->back();
    if (service.registry().contains(QStringLiteral("five9"))) {
        chooseType(again, QStringLiteral("five9"));
        again->next();
        again->next();
        setField(again, QStringLiteral("username"), QStringLiteral("wfm.api@example.com"));
        setField(again, QStringLiteral("password"), QStringLiteral("not-a-real-password"));
        shots.shoot(again, QStringLiteral("11-five9-credentials"));
        again->next();
        // The Details page as it opens (grouping by skill, with the report to create), and
        // grouping by campaign; each with Advanced closed and open.
        shots.shoot(again, QStringLiteral("12-five9-details"));
        showAdvanced(again, true);
        shots.shoot(again, QStringLiteral("12b-five9-details-advanced"));
        showAdvanced(again, false);
        setField(again, QStringLiteral("queueGrouping"), QStringLiteral("campaign"));
        shots.shoot(again, QStringLiteral("12c-five9-details-campaign"));
        showAdvanced(again, true);
        shots.shoot(again, QStringLiteral("12d-five9-details-campaign-advanced"));
    }
    again->close();

    // Every state the table shows, selected or not: paused, connected, and an error that
    // needs the admin (a password changed at the ACD).
    const QString first = service.integrations().value(0).id;
    service.pause(first);
    const auto addDemo = [&service](const QString &name, const QString &password,
                             const QVariantMap &settings = {}) {
        Integration integration;
        integration.name = name;
        integration.type = QStringLiteral("demo");
        integration.settings = {{QStringLiteral("username"), QStringLiteral("admin")},
            {QStringLiteral("queueCount"), 2}, {QStringLiteral("backfillDays"), 2}};
        integration.settings.insert(settings);
        QString id;
        bool done = false;
        ServiceOperation *op
            = service.create(integration, {{QStringLiteral("password"), password}});
        id = op->integrationId();
        QObject::connect(op, &ServiceOperation::finished, [&done] { done = true; });
        waitUntil([&done] { return done; });
        waitUntil([&service, id] {
            const auto now = service.find(id);
            return now && now->outcome != Integration::Outcome::Importing
                && now->outcome != Integration::Outcome::New;
        });
        return id;
    };
    addDemo(QStringLiteral("Demo Roma"), QStringLiteral("demo-password"));
    const QString failing = addDemo(QStringLiteral("Demo Napoli"), QStringLiteral("demo-password"));
    if (const auto integration = service.find(failing); integration && service.credentials()) {
        bool written = false;
        CredentialOperation *write
            = service.credentials()->write(service.credentials()->refOf(*integration),
                {{QStringLiteral("password"), QStringLiteral("wrong")}});
        QObject::connect(write, &CredentialOperation::finished, [&written] { written = true; });
        waitUntil([&written] { return written; });
        service.importNow(failing);
        waitUntil([&service, failing] { return service.find(failing)->needsAdmin(); });
    }
    window.select(failing);
    shots.shoot(&window, QStringLiteral("13-integrations-states"));

    // After Save: the details of an integration with a week and more of data, each tab at
    // the default size and on an 800×600 screen.
    const QString milano = addDemo(QStringLiteral("Demo Milano"), QStringLiteral("demo-password"),
        {{QStringLiteral("queueCount"), 12}, {QStringLiteral("backfillDays"), 9}});
    service.importNow(failing); // its error, with the fix, on the Overview of the other
    window.select(milano);
    IntegrationDetailsView *details = window.detailsView();
    for (const QSize size : {QSize(980, 700), QSize(800, 600)}) {
        window.resize(size);
        const QString suffix = size.width() == 800 ? QStringLiteral("-800x600") : QString();
        details->setCurrentWidget(details->overviewTab());
        shots.shoot(&window, QStringLiteral("14-details-overview") + suffix);
        details->setCurrentWidget(details->queuesTab());
        QueuesTab *queues = details->queuesTab();
        waitUntil([queues] { return queues->proxy()->rowCount() > 0; });
        queues->selectQueue(queues->queues().value(1).id);
        const QDate today = QDateTime::fromSecsSinceEpoch(service.engine()->now()).date();
        queues->showSpan(QueuesTab::Span::Day, today.addDays(-2));
        shots.shoot(&window, QStringLiteral("15-details-queues-day") + suffix);
        queues->showSpan(QueuesTab::Span::Week, today.addDays(-7));
        shots.shoot(&window, QStringLiteral("16-details-queues-week") + suffix);
        details->setCurrentWidget(details->usersTab());
        shots.shoot(&window, QStringLiteral("17a-details-users") + suffix);
        details->setCurrentWidget(details->activitiesTab());
        shots.shoot(&window, QStringLiteral("17b-details-activities") + suffix);
        details->setCurrentWidget(details->historyTab());
        shots.shoot(&window, QStringLiteral("17-details-history") + suffix);
        details->setCurrentWidget(details->settingsTab());
        shots.shoot(&window, QStringLiteral("18-details-settings") + suffix);
    }
    window.select(failing);
    details->setCurrentWidget(details->historyTab());
    shots.shoot(&window, QStringLiteral("19-details-history-failed-800x600"));

    // Users mapped: two agents created from the ACD's users; the next import brings every
    // user's states, and the tabs list what is still unmapped.
    window.select(milano);
    details->setCurrentWidget(details->usersTab());
    UsersMappingView *users = details->usersTab();
    waitUntil([users] {
        auto *table = users->findChild<QTableView *>(QStringLiteral("usersTable"));
        return table && table->model()->rowCount() > 1;
    });
    if (auto *table = users->findChild<QTableView *>(QStringLiteral("usersTable"))) {
        table->selectRow(0);
        table->selectionModel()->select(
            table->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (auto *create = users->findChild<QPushButton *>(QStringLiteral("usersCreateAgents")))
            create->click();
    }
    waitUntil([&service, milano] { return service.engine()->isRunning(milano); }, 5000);
    waitUntil([&service, milano] { return !service.engine()->isRunning(milano); }, 60000);
    settle(1000);
    window.resize(980, 700);
    shots.shoot(&window, QStringLiteral("20-details-users-mapped"));
    details->setCurrentWidget(details->activitiesTab());
    shots.shoot(&window, QStringLiteral("21-details-activities-counted"));

    // Workloads: two, with queues of both integrations assigned.
    WorkloadService *workloads = service.workloads();
    int created = 0;
    for (const QString &name : {QStringLiteral("Sales Italy"), QStringLiteral("Support")})
        workloads->create(
            name, &window, [&created](const WorkloadService::Result &) { ++created; });
    waitUntil([&created] { return created == 2; });
    window.showWorkloads();
    WorkloadsWindow *workloadsWindow = window.workloadsWindow();
    waitUntil(
        [workloadsWindow] { return workloadsWindow->workloadList()->topLevelItemCount() >= 2; });
    QList<qint64> sales;
    QList<qint64> support;
    for (const ImportedDataStore::Queue &queue : details->queuesTab()->queues())
        (queue.name.startsWith(QLatin1String("Sales")) ? sales : support).append(queue.id);
    int assigned = 0;
    const auto ids = [workloadsWindow](int row) {
        return workloadsWindow->workloadList()
            ->topLevelItem(row)
            ->data(0, Qt::UserRole + 1)
            .toLongLong(); // WorkloadIdRole
    };
    workloads->assign(
        ids(0), sales, &window, [&assigned](const WorkloadService::Result &) { ++assigned; });
    workloads->assign(ids(1), support.mid(0, 4), &window,
        [&assigned](const WorkloadService::Result &) { ++assigned; });
    waitUntil([&assigned] { return assigned == 2; });
    for (const QSize size : {QSize(900, 620), QSize(800, 600)}) {
        workloadsWindow->resize(size);
        workloadsWindow->selectWorkload(ids(0));
        settle(600);
        shots.shoot(workloadsWindow,
            QStringLiteral("22-workloads")
                + (size.width() == 800 ? QStringLiteral("-800x600") : QString()));
    }
    return 0;
}

} // namespace Screenshots
