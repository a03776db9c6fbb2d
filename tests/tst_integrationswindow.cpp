#include "credentials/credentialstore.h"
#include "demo/democonnector.h"
#include "editintegrationdialog.h"
#include "import/importengine.h"
#include "importprogressview.h"
#include "integrations/integrationservice.h"
#include "integrationsmodel.h"
#include "integrationswindow.h"
#include "mapping/workloadservice.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "support/guitest.h"
#include "support/testsupport.h"
#include "wizard/addintegrationwizard.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

// Drives the real window and wizard with key events, against the real keychain started by
// scripts/with-test-session.sh, the real store and the real import engine.
class TestIntegrationsWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importFailureIsShownInFull();
    void statePercentIsWrittenAsTheBarWritesIt();

    void wholeWizardCompletesByKeyboardAlone();
    void duplicateNameKeepsNextDisabledWithReason_data();
    void duplicateNameKeepsNextDisabledWithReason();
    void wrongPasswordShowsReasonAndStoresNothing();
    void keychainUnavailableShowsErrorAndStoresNothing();
    void slowVerifyKeepsWindowResponsiveAndCancelStoresNothing();
    void deleteRemovesRowDataAndKeychainEntries();
    void editOfADataSettingAsksThenImportsAgain();

private:
    void makeContext(std::chrono::milliseconds verifyLatency);
    AddIntegrationWizard *openWizardByKeyboard();
    void typeText(QWidget *target, const QString &text);
    void pressEnter(QWidget *target) { QTest::keyClick(target, Qt::Key_Return); }
    // Type page → Name page → Credentials page, by keyboard, with the given password.
    AddIntegrationWizard *walkToSavePage(const QString &password, const QString &name = {});
    int keychainEntryCount() const;
    // The password the keychain holds for the integration, read by another process.
    QString storedPassword(const Integration &integration) const;
    int rowsOf(const QString &table) const;

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    IntegrationStore *m_store = nullptr;
    CredentialStore *m_credentials = nullptr;
    IntegrationService *m_integrations = nullptr;
    IntegrationsWindow *m_window = nullptr;
    QString m_service;
};

using GuiTest::activate;

static QMessageBox *visibleMessageBox()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
            activate(box);
            return box;
        }
    return nullptr;
}

void TestIntegrationsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<CredentialResult>();
}

void TestIntegrationsWindow::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
    m_store = new IntegrationStore(m_db->connection());
    // A service name of its own per test, so counting entries sees only this test's.
    m_service = QStringLiteral(ACD_TEST_KEYCHAIN_SERVICE " %1")
                    .arg(QUuid::createUuid().toString(QUuid::Id128));
    m_credentials = new CredentialStore(m_service);
    makeContext(std::chrono::milliseconds(50));
}

void TestIntegrationsWindow::makeContext(std::chrono::milliseconds verifyLatency)
{
    delete m_window;
    delete m_integrations;
    ConnectorRegistry registry;
    registry.add(QStringLiteral("demo"),
        [verifyLatency] { return std::make_unique<DemoConnector>(verifyLatency); });
    for (const QString &id : ConnectorRegistry::builtIn().ids())
        if (id != QStringLiteral("demo"))
            registry.add(id, [id] { return ConnectorRegistry::builtIn().create(id); });
    m_integrations = new IntegrationService(m_db->path(), registry, m_credentials);
    m_window = new IntegrationsWindow(*m_integrations);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    activate(m_window);
}

void TestIntegrationsWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_integrations;
    m_integrations = nullptr;
    delete m_credentials;
    delete m_store;
    delete m_db;
    delete m_dir;
}

int TestIntegrationsWindow::keychainEntryCount() const
{
    return int(TestSupport::keychainEntries(m_service).size());
}

QString TestIntegrationsWindow::storedPassword(const Integration &integration) const
{
    const CredentialRef ref = m_credentials->refOf(integration);
    return TestSupport::secretToolLookup(ref.service,
        CredentialStore::entryKey(integration.id, QStringLiteral("password"), ref.generation));
}

int TestIntegrationsWindow::rowsOf(const QString &table) const
{
    QSqlQuery query(m_db->connection());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}

AddIntegrationWizard *TestIntegrationsWindow::openWizardByKeyboard()
{
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    auto *wizard = m_window->findChild<AddIntegrationWizard *>();
    if (!wizard || !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    activate(wizard);
    return wizard;
}

void TestIntegrationsWindow::typeText(QWidget *target, const QString &text)
{
    // QTest::keyClicks knows only ASCII; other characters arrive as an input method would
    // send them: a key event that carries the text.
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(target, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(target, &press);
            QApplication::sendEvent(target, &release);
        }
    }
}

AddIntegrationWizard *TestIntegrationsWindow::walkToSavePage(
    const QString &password, const QString &name)
{
    AddIntegrationWizard *wizard = openWizardByKeyboard();
    if (!wizard)
        return nullptr;
    // Type: the Demo ACD is first; Enter moves on.
    pressEnter(QApplication::focusWidget());
    if (wizard->currentId() != AddIntegrationWizard::NamePageId)
        return nullptr;
    if (!name.isEmpty()) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        typeText(QApplication::focusWidget(), name);
    }
    pressEnter(QApplication::focusWidget());
    if (wizard->currentId() != AddIntegrationWizard::CredentialsPageId)
        return nullptr;
    typeText(QApplication::focusWidget(), QStringLiteral("maria.rossi"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), password);
    pressEnter(QApplication::focusWidget());
    if (wizard->currentId() != AddIntegrationWizard::DetailsPageId)
        return nullptr;
    pressEnter(QApplication::focusWidget());
    if (wizard->currentId() != AddIntegrationWizard::SavePageId)
        return nullptr;
    QTest::qWait(20); // the page puts the focus on Save integration
    return wizard;
}

void TestIntegrationsWindow::wholeWizardCompletesByKeyboardAlone()
{
    QVERIFY(
        m_window->findChild<QPushButton *>(QStringLiteral("addIntegrationButton"))->isVisible());
    const QString password
        = QStringLiteral("pw-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    AddIntegrationWizard *wizard = walkToSavePage(password);
    QVERIFY(wizard);
    QCOMPARE(wizard->button(QWizard::CommitButton)->text().remove(QLatin1Char('&')),
        QStringLiteral("Save integration"));
    pressEnter(QApplication::focusWidget()); // Save integration
    QTRY_VERIFY2_WITH_TIMEOUT(wizard->currentId() == AddIntegrationWizard::ImportPageId,
        qPrintable(wizard->findChild<QLabel *>(QStringLiteral("saveStatus"))->text()
            + wizard->findChild<QLabel *>(QStringLiteral("saveProblem"))->text()),
        15000);

    const QList<Integration> stored = m_store->list();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().name, QStringLiteral("Demo ACD"));
    QCOMPARE(stored.first().type, QStringLiteral("demo"));
    QCOMPARE(stored.first().settings.value(QStringLiteral("username")).toString(),
        QStringLiteral("maria.rossi"));
    QVERIFY(!stored.first().settings.contains(QStringLiteral("password")));
    QCOMPARE(storedPassword(stored.first()), password);
    // The entry's label names the integration, so a keychain viewer shows which is which.
    QCOMPARE(TestSupport::keychainEntries(m_service).value(0).first,
        m_service + QStringLiteral(": Demo ACD"));
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), password.toUtf8()), QStringList());

    // The window lists it, and the first import has started.
    QCOMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_window->model()->index(0, 0).data().toString(), QStringLiteral("Demo ACD"));
    QTRY_VERIFY_WITH_TIMEOUT(m_integrations->engine()->isRunning(stored.first().id)
            || rowsOf(QStringLiteral("interval_stats")) > 0,
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(rowsOf(QStringLiteral("queues")) > 0, 20000);

    pressEnter(QApplication::focusWidget()); // Close
    QTRY_VERIFY(!wizard->isVisible());
}

void TestIntegrationsWindow::duplicateNameKeepsNextDisabledWithReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("same") << QStringLiteral("Five9 EU");
    QTest::newRow("case and spaces") << QStringLiteral("  five9 eu ");
    QTest::newRow("decomposed accent") << QStringLiteral("Citta\u0300 Support");
    QTest::newRow("composed accent, upper case") << QStringLiteral("CITT\u00c0 SUPPORT");
}

void TestIntegrationsWindow::duplicateNameKeepsNextDisabledWithReason()
{
    QFETCH(QString, typed);
    for (const QString &name : {QStringLiteral("Five9 EU"), QStringLiteral("Citt\u00e0 support")}) {
        Integration existing;
        existing.name = name;
        existing.type = QStringLiteral("demo");
        QVERIFY(m_store->create(existing).ok());
    }
    makeContext(std::chrono::milliseconds(50)); // a program started with these two
    AddIntegrationWizard *wizard = openWizardByKeyboard();
    QVERIFY(wizard);
    pressEnter(QApplication::focusWidget());
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::NamePageId));
    auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QCOMPARE(QApplication::focusWidget(), edit);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, typed);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *problem = wizard->findChild<QLabel *>(QStringLiteral("nameProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(
        problem->text().contains(QLatin1String("already exists")), qPrintable(problem->text()));
    pressEnter(edit);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::NamePageId));

    typeText(edit, QStringLiteral(" 2"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!problem->isVisible());
}

void TestIntegrationsWindow::wrongPasswordShowsReasonAndStoresNothing()
{
    const int entriesBefore = keychainEntryCount();
    AddIntegrationWizard *wizard
        = walkToSavePage(QString::fromLatin1(DemoConnector::WrongPassword));
    QVERIFY(wizard);
    pressEnter(QApplication::focusWidget());
    auto *box = wizard->findChild<QWidget *>(QStringLiteral("saveProblemBox"));
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 10000);
    const QString reason = wizard->findChild<QLabel *>(QStringLiteral("saveProblem"))->text();
    QVERIFY2(reason.contains(QLatin1String("user name or password is wrong")), qPrintable(reason));
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::SavePageId));
    QVERIFY(m_store->list().isEmpty());
    QCOMPARE(keychainEntryCount(), entriesBefore);

    // The offered fix goes back to the credentials, where the password can be corrected.
    auto *fix = wizard->findChild<QPushButton *>(QStringLiteral("saveFix"));
    QVERIFY(fix->isVisible());
    QCOMPARE(QApplication::focusWidget(), fix);
    QTest::keyClick(fix, Qt::Key_Space);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::CredentialsPageId));
    // In the password, selected: typing replaces the wrong one.
    auto *password = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(password);
    QCOMPARE(password->objectName(), QStringLiteral("field_password"));
    QCOMPARE(password->selectedText(), QString::fromLatin1(DemoConnector::WrongPassword));
}

void TestIntegrationsWindow::keychainUnavailableShowsErrorAndStoresNothing()
{
    if (!qEnvironmentVariableIsSet("ACD_TEST_NO_KEYCHAIN"))
        QSKIP("Runs as its own CTest entry, with no D-Bus session "
              "(tst_integrationswindow_nokeychain)");
    AddIntegrationWizard *wizard = walkToSavePage(QStringLiteral("correct horse"));
    QVERIFY(wizard);
    pressEnter(QApplication::focusWidget());
    auto *box = wizard->findChild<QWidget *>(QStringLiteral("saveProblemBox"));
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 20000);
    const QString reason = wizard->findChild<QLabel *>(QStringLiteral("saveProblem"))->text();
    QVERIFY2(reason.contains(QLatin1String("No keychain is available")), qPrintable(reason));
    QVERIFY(reason.contains(QLatin1String("nothing was saved")));
    QVERIFY(m_store->list().isEmpty());
    QCOMPARE(rowsOf(QStringLiteral("integrations")), 0);
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), "correct horse"), QStringList());
}

void TestIntegrationsWindow::slowVerifyKeepsWindowResponsiveAndCancelStoresNothing()
{
    makeContext(std::chrono::milliseconds(3000));
    const int entriesBefore = keychainEntryCount();
    AddIntegrationWizard *wizard = walkToSavePage(QStringLiteral("slow"));
    QVERIFY(wizard);

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGap = qMax(longestGap, now - last);
        last = now;
        ++ticks;
    });
    pressEnter(QApplication::focusWidget()); // Save integration: the 3 s check starts
    clock.start();
    ticker.start();
    QTest::qWait(1500);
    QVERIFY(wizard->findChild<QWidget *>(QStringLiteral("saveBusy"))->isVisible());
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QTest::keyClick(wizard, Qt::Key_Escape); // Cancel stops the check, the wizard stays
    QTest::qWait(2500); // past the moment the check would have finished
    ticker.stop();
    qInfo("%d ticks over %lld ms, longest gap %lld ms", ticks, clock.elapsed(), longestGap);
    QVERIFY2(longestGap <= 50, qPrintable(QString::number(longestGap)));
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::SavePageId));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("saveStatus"))
                ->text()
                .contains(QLatin1String("cancelled")));
    QVERIFY(m_store->list().isEmpty());
    QCOMPARE(keychainEntryCount(), entriesBefore);
    // A second Escape closes it.
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(!wizard->isVisible());
}

void TestIntegrationsWindow::deleteRemovesRowDataAndKeychainEntries()
{
    AddIntegrationWizard *wizard = walkToSavePage(QStringLiteral("to-be-deleted"));
    QVERIFY(wizard);
    pressEnter(QApplication::focusWidget());
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AddIntegrationWizard::ImportPageId), 15000);
    const Integration saved = m_store->list().first();
    const QString id = saved.id;
    QTRY_VERIFY_WITH_TIMEOUT(rowsOf(QStringLiteral("interval_stats")) > 0, 30000);
    pressEnter(QApplication::focusWidget());
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(storedPassword(saved), QStringLiteral("to-be-deleted"));

    activate(m_window);
    m_window->table()->setFocus();
    m_window->select(id);
    QTest::keyClick(m_window->table(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleMessageBox()));
    // It says what goes: the queues and interval rows imported so far, counted.
    QVERIFY2(box->informativeText().contains(
                 QStringLiteral("%1 queue").arg(rowsOf(QStringLiteral("queues")))),
        qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(QLatin1String(" interval row")),
        qPrintable(box->informativeText()));
    // Cancel is the default: Enter keeps everything.
    QTest::keyClick(box, Qt::Key_Return);
    QTest::qWait(200);
    QCOMPARE(m_store->list().size(), 1);

    activate(m_window); // a window manager gives the focus back when the box closes
    QTest::keyClick(m_window->table(), Qt::Key_Delete);
    QTRY_VERIFY((box = visibleMessageBox()));
    QAbstractButton *deleteButton = nullptr;
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            deleteButton = button;
    QVERIFY(deleteButton);
    deleteButton->setFocus();
    QTest::keyClick(deleteButton, Qt::Key_Space);

    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 0, 20000);
    QVERIFY(m_store->list().isEmpty());
    QCOMPARE(rowsOf(QStringLiteral("queues")), 0);
    QCOMPARE(rowsOf(QStringLiteral("interval_stats")), 0);
    QTRY_COMPARE(storedPassword(saved), QString());
    QCOMPARE(keychainEntryCount(), 0);
}

void TestIntegrationsWindow::editOfADataSettingAsksThenImportsAgain()
{
    // The number of the Demo ACD's queues shapes the imported data: Edit says so, and only
    // on Replace is the data imported so far deleted and imported again.
    AddIntegrationWizard *wizard = walkToSavePage(QStringLiteral("secret"));
    QVERIFY(wizard);
    pressEnter(QApplication::focusWidget());
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AddIntegrationWizard::ImportPageId), 15000);
    const QString id = m_store->list().first().id;
    pressEnter(QApplication::focusWidget());
    QTRY_VERIFY(!wizard->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_integrations->find(id)->state(), Integration::State::Connected, 60000);
    QCOMPARE(rowsOf(QStringLiteral("queues")), 12);
    // Two of its queues are in a workload: the question says they leave it.
    bool assigned = false;
    m_integrations->workloads()->create(QStringLiteral("Sales"), m_window,
        [this, &assigned](const WorkloadService::Result &created) {
            QSqlQuery queues(m_db->connection());
            QList<qint64> ids;
            if (queues.exec(QStringLiteral("SELECT id FROM queues ORDER BY id LIMIT 2")))
                while (queues.next())
                    ids << queues.value(0).toLongLong();
            m_integrations->workloads()->assign(created.workloadId, ids, m_window,
                [&assigned](const WorkloadService::Result &) { assigned = true; });
        });
    QTRY_VERIFY(assigned);
    QCOMPARE(rowsOf(QStringLiteral("workload_queues")), 2);

    const auto editWith = [this, id](int queues) -> QDialog * {
        auto *dialog
            = new EditIntegrationDialog(*m_integrations, *m_integrations->find(id), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        activate(dialog);
        dialog->findChild<QSpinBox *>(QStringLiteral("field_queueCount"))->setValue(queues);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        return dialog;
    };

    // Cancel in the question keeps everything.
    QDialog *dialog = editWith(3);
    QVERIFY(dialog);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleMessageBox()));
    QVERIFY2(box->informativeText().contains(QLatin1String("deleted and imported again")),
        qPrintable(box->informativeText()));
    // (The test loads no translation: the plural reads "queue(s)" here, "queues" in the UI.)
    QVERIFY2(box->informativeText().contains(QLatin1String("2 queue"))
            && box->informativeText().contains(QLatin1String("leave the workload \"Sales\"")),
        qPrintable(box->informativeText()));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!box->isVisible());
    QTest::qWait(200);
    QCOMPARE(rowsOf(QStringLiteral("queues")), 12);
    QPointer<QDialog> closing = dialog;
    dialog->reject();
    QTRY_VERIFY(!closing || !closing->isVisible());

    // Replace: the data is imported again in its new shape.
    QSignalSpy finished(m_integrations->engine(), &ImportEngine::importFinished);
    dialog = editWith(3);
    QVERIFY(dialog);
    QTRY_VERIFY((box = visibleMessageBox()));
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            button->click();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY(finished.last().at(1).toBool());
    QCOMPARE(rowsOf(QStringLiteral("queues")), 3);
    QCOMPARE(rowsOf(QStringLiteral("workload_queues")), 0); // as the question said
    QCOMPARE(m_integrations->find(id)->settings.value(QStringLiteral("queueCount")).toInt(), 3);
}

// A failure that needs the admin (a report's missing columns, with the fix) is read in
// full on the wizard's Import page: the text wraps within the page instead of widening it
// or being cut off.
void TestIntegrationsWindow::importFailureIsShownInFull()
{
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *view = new ImportProgressView(&page);
    layout->addWidget(view);
    ImportProgress failed;
    failed.phase = ImportProgress::Phase::Failed;
    failed.message = QStringLiteral(
        "The call log report \"Call Log\" in the folder \"Call Log Reports\" has no columns "
        "\"SKILL\", \"TALK TIME\". In Five9's reporting, save a copy of this report (for "
        "example as \"Call Log with Skills\" in a shared folder), add the columns to the copy, "
        "and enter the copy's folder and name in this integration's settings.");
    view->setProgress(failed);
    page.resize(520, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *phase = view->findChild<QLabel *>(QStringLiteral("importPhase"));
    QVERIFY(phase);
    QVERIFY(phase->text().contains(failed.message));
    QVERIFY(phase->wordWrap());
    QVERIFY2(phase->width() <= page.width(), qPrintable(QString::number(phase->width())));
    QVERIFY2(phase->height() >= phase->heightForWidth(phase->width()),
        qPrintable(QStringLiteral("%1 < %2")
                       .arg(phase->height())
                       .arg(phase->heightForWidth(phase->width()))));
    QVERIFY(phase->textInteractionFlags() & Qt::TextSelectableByMouse);
}

// The table's state and the progress bar show the same percentage the same way.
void TestIntegrationsWindow::statePercentIsWrittenAsTheBarWritesIt()
{
    Integration integration;
    integration.name = QStringLiteral("Demo");
    integration.type = QStringLiteral("demo");
    integration.outcome = Integration::Outcome::Importing; // its first import
    ImportProgress progress;
    progress.phase = ImportProgress::Phase::IntervalStatistics;
    progress.firstImport = true;
    progress.done = 62;
    progress.total = 100;
    QProgressBar bar;
    bar.setRange(0, 100);
    bar.setValue(62);
    const QString state = IntegrationsModel::stateText(integration, progress);
    QVERIFY2(state.endsWith(bar.text()), qPrintable(state + QLatin1String(" / ") + bar.text()));
}

QTEST_MAIN(TestIntegrationsWindow)
#include "tst_integrationswindow.moc"
