#include "changepassworddialog.h"
#include "credentials/credentialstore.h"
#include "editintegrationdialog.h"
#include "errorbanner.h"
#include "fieldform.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "integrationswindow.h"
#include "queueassignmenttree.h"
#include "storage/database.h"
#include "support/guitest.h"
#include "translations.h"
#include "wizard/addintegrationwizard.h"
#include "wizard/fieldspage.h"
#include "workloadswindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUuid>

// Every dialog and every wizard page as a keyboard and screen-reader user meets it: where the
// focus starts, what Tab visits, the names a screen reader reads, labels tied to their inputs
// with mnemonics that do not clash; and that the wizard and its buttons fit the screen (an
// 800×600 one in CTest, also at scale factor 2).
class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wizardPages_data();
    void wizardPages();
    void dialogs_data();
    void dialogs();
    void nameProblemIsReadWithTheName();
    void emptiedNumberFieldKeepsItsValue_data();
    void emptiedNumberFieldKeepsItsValue();

private:
    // Checks window as it is now; what is wrong goes to m_problems, prefixed with where.
    void inspect(QWidget *window, const QString &where, QWidget *expectedFocus = nullptr);
    void inspectFit(QWidget *window, const QString &where);
    void walkTabChain(QWidget *window, const QString &where);
    void showWindow();
    AddIntegrationWizard *openWizard(const QString &type);
    QString createDemoIntegration();
    void press(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }
    void fail(const QString &where, const QString &what) { m_problems << where + u": "_qs + what; }

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    CredentialStore *m_credentials = nullptr;
    IntegrationService *m_service = nullptr;
    IntegrationsWindow *m_window = nullptr;
    QList<QTranslator *> m_translators;
    QStringList m_problems;
};

// Each problem on a line of its own (QVERIFY2 cuts a long message), then fails if any.
#define VERIFY_NO_PROBLEMS()                                                                       \
    do {                                                                                           \
        for (const QString &problem : std::as_const(m_problems))                                   \
            qWarning("%s", qPrintable(problem));                                                   \
        QVERIFY2(m_problems.isEmpty(),                                                             \
            qPrintable(QString::number(m_problems.size()) + u" problem(s), above"_qs));            \
    } while (false)

using GuiTest::activate;

namespace {

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" \""_qs + widget->objectName() + u'"';
    return text;
}

// What a user types or chooses in; buttons (named by their text) are checked apart.
bool isInput(const QWidget *widget)
{
    if (qobject_cast<const QHeaderView *>(widget))
        return false; // part of its table, named with it
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QCheckBox *>(widget)
        || qobject_cast<const QRadioButton *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget);
}

bool labelsItself(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) != nullptr;
}

bool isTabStop(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

// The line edit inside a spin box or an editable combo box stands for it.
QWidget *comboInputOf(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        if (qobject_cast<QComboBox *>(edit->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            return edit->parentWidget();
    return widget;
}

// The window's widgets in Tab order that a user can reach now.
QWidgetList tabStops(QWidget *window)
{
    QWidgetList stops;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain())
        if (w->window() == window && isTabStop(w) && !w->focusProxy())
            stops << comboInputOf(w);
    return stops;
}

} // namespace

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<CredentialResult>();
    QAccessible::setActive(true); // names and events as a screen reader would get them
}

void TestAccessibility::init()
{
    m_problems.clear();
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
    m_credentials = new CredentialStore(QStringLiteral(ACD_TEST_KEYCHAIN_SERVICE " %1")
                                            .arg(QUuid::createUuid().toString(QUuid::Id128)));
    m_service = new IntegrationService(m_db->path(), ConnectorRegistry::builtIn(), m_credentials);
}

void TestAccessibility::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_service;
    delete m_credentials;
    delete m_db;
    delete m_dir;
    qDeleteAll(m_translators);
    m_translators.clear();
    QLocale::setDefault(QLocale::c());
}

void TestAccessibility::inspect(QWidget *window, const QString &where, QWidget *expectedFocus)
{
    const QWidgetList stops = tabStops(window);
    QWidgetList inputs;
    for (QWidget *stop : stops)
        if (isInput(stop))
            inputs << stop;

    // Focus: where the page or dialog says, else on the first input in Tab order.
    QWidget *focus = comboInputOf(QApplication::focusWidget());
    if (expectedFocus && focus != expectedFocus)
        fail(where,
            u"the focus is on "_qs + (focus ? describe(focus) : u"nothing"_qs) + u", not on "_qs
                + describe(expectedFocus));
    else if (!expectedFocus && !inputs.isEmpty() && focus != inputs.first())
        fail(where,
            u"the focus is on "_qs + (focus ? describe(focus) : u"nothing"_qs)
                + u", not on the first input "_qs + describe(inputs.first()));

    // Names, labels, mnemonics.
    QHash<QWidget *, QLabel *> labelOf;
    QMultiHash<int, QString> mnemonics;
    const auto noteMnemonic = [&](const QString &text, const QWidget *widget) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            mnemonics.insert(key[0].toCombined(), describe(widget) + u" \""_qs + text + u'"');
    };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->buddy())
            continue;
        QWidget *buddy = label->buddy();
        labelOf.insert(buddy, label);
        if (!(buddy->focusPolicy() & Qt::TabFocus))
            continue; // a value tied to its name (the Save summary), not an input
        if (QKeySequence::mnemonic(label->text()).isEmpty())
            fail(where, u"the label \""_qs + label->text() + u"\" has no mnemonic"_qs);
        noteMnemonic(label->text(), label);
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window || comboInputOf(widget) != widget)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            noteMnemonic(button->text(), button);
        if (!isInput(widget) && !qobject_cast<QAbstractButton *>(widget))
            continue;
        if (accessibleName(widget).isEmpty())
            fail(where, describe(widget) + u" has no accessible name"_qs);
        if (isInput(widget) && !labelsItself(widget) && !labelOf.contains(widget))
            fail(where, describe(widget) + u" has no label that names it as its buddy"_qs);
    }
    for (const int key : mnemonics.uniqueKeys())
        if (const QStringList users = mnemonics.values(key); users.size() > 1)
            fail(where,
                QKeySequence(key).toString(QKeySequence::NativeText) + u" is the mnemonic of "_qs
                    + users.join(u" and "_qs));
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->isVisible() && label->text().contains(u'&') && !label->buddy()
            && !label->text().contains(u"&&"_qs) && label->textFormat() != Qt::RichText
            && !Qt::mightBeRichText(label->text()))
            fail(where, u"the label \""_qs + label->text() + u"\" has a mnemonic but no buddy"_qs);

    walkTabChain(window, where);
    inspectFit(window, where);
}

void TestAccessibility::walkTabChain(QWidget *window, const QString &where)
{
    // Tab from where the focus is, all the way round: every stop is something a user sees
    // and a screen reader can name.
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return;
    QWidget *at = start;
    for (int step = 0; step < 80; ++step) {
        QTest::keyClick(at, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next == at) {
            if (tabStops(window).size() > 1)
                fail(where, u"Tab stays on "_qs + describe(at));
            break;
        }
        if (next == start)
            break;
        if (next->window() != window)
            fail(where, u"Tab leaves the window for "_qs + describe(next));
        if (!next->isVisible())
            fail(where, u"Tab goes to the invisible "_qs + describe(next));
        if (accessibleName(comboInputOf(next)).isEmpty())
            fail(where, u"Tab goes to "_qs + describe(next) + u", which has no accessible name"_qs);
        at = next;
    }
    start->setFocus(Qt::OtherFocusReason);
}

void TestAccessibility::inspectFit(QWidget *window, const QString &where)
{
    // On the screen, with its frame: the available geometry is 800×600 in CTest. A window
    // manager keeps a window that fits on the screen (the offscreen platform cascades them
    // past its edge), so the size is what must fit.
    const QRect screen = window->screen()->availableGeometry();
    QRect frame = window->frameGeometry();
    if (frame.width() > screen.width() || frame.height() > screen.height())
        fail(where,
            u"the window (%1×%2 with its frame) does not fit the screen's %3×%4"_qs
                .arg(frame.width())
                .arg(frame.height())
                .arg(screen.width())
                .arg(screen.height()));
    if (!screen.contains(frame)) {
        frame.moveRight(qMin(frame.right(), screen.right()));
        frame.moveBottom(qMin(frame.bottom(), screen.bottom()));
        frame.moveLeft(qMax(frame.left(), screen.left()));
        frame.moveTop(qMax(frame.top(), screen.top()));
        window->move(frame.topLeft());
        QTRY_COMPARE(window->frameGeometry().topLeft(), frame.topLeft());
    }
    const QRect inside(window->mapToGlobal(QPoint(0, 0)), window->size());
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->window() != window)
            continue;
        const QRect rect(button->mapToGlobal(QPoint(0, 0)), button->size());
        if (!inside.contains(rect) || !screen.contains(rect))
            fail(where, describe(button) + u" \""_qs + button->text() + u"\" is off the window"_qs);
        else if (button->width() < button->minimumSizeHint().width()
            && !qobject_cast<QCheckBox *>(button))
            fail(where, describe(button) + u" \""_qs + button->text() + u"\" is cut"_qs);
    }
    // What does not fit scrolls up and down; nothing is cut off at the side.
    for (QScrollArea *scroll : window->findChildren<QScrollArea *>()) {
        if (!scroll->isVisible() || !scroll->widget())
            continue;
        if (scroll->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
            && scroll->widget()->width() > scroll->viewport()->width())
            fail(where,
                describe(scroll)
                    + u"'s content is %1 pixels wider than its view"_qs.arg(
                        scroll->widget()->width() - scroll->viewport()->width()));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty()
            && label->pixmap().isNull() && label->width() < label->minimumSizeHint().width())
            fail(where, u"the label \""_qs + label->text() + u"\" is cut"_qs);
    }
}

void TestAccessibility::showWindow()
{
    // On the screen, as a window manager places it: the wizard opens centred over it.
    m_window = new IntegrationsWindow(*m_service);
    const QRect screen = m_window->screen()->availableGeometry();
    m_window->setGeometry(screen.adjusted(1, 31, -1, -1)); // the frame and a title bar
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

AddIntegrationWizard *TestAccessibility::openWizard(const QString &type)
{
    m_window->addIntegration();
    auto *wizard = m_window->findChild<AddIntegrationWizard *>();
    if (!wizard || !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    activate(wizard);
    auto *types = wizard->findChild<QListWidget *>(QStringLiteral("typeList"));
    for (int row = 0; row < types->count(); ++row)
        if (types->item(row)->data(Qt::UserRole).toString() == type)
            types->setCurrentRow(row);
    return wizard;
}

QString TestAccessibility::createDemoIntegration()
{
    Integration integration;
    integration.name = QStringLiteral("Demo Roma");
    integration.type = QStringLiteral("demo");
    integration.settings = {
        {QStringLiteral("username"), QStringLiteral("admin")}, {QStringLiteral("queueCount"), 3}};
    // The first import starts with the save; the Delete question counts what it wrote.
    QSignalSpy imported(m_service->engine(), &ImportEngine::importFinished);
    ServiceOperation *op
        = m_service->create(integration, {{QStringLiteral("password"), QStringLiteral("demo")}});
    QSignalSpy finished(op, &ServiceOperation::finished);
    const QString id = op->integrationId();
    if (!finished.wait(20000))
        return {};
    if (imported.isEmpty() && !imported.wait(60000))
        return {};
    bool written = false;
    m_service->whenWritten([&written] { written = true; });
    if (!QTest::qWaitFor([&written] { return written; }, 10000))
        return {};
    return id;
}

void TestAccessibility::wizardPages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("it") << QStringLiteral("it");
}

void TestAccessibility::wizardPages()
{
    QFETCH(QString, language);
    m_translators = Translations::install(*qApp, language);
    showWindow();

    // The Demo ACD all the way, with a wrong password first.
    AddIntegrationWizard *wizard = openWizard(QStringLiteral("demo"));
    QVERIFY(wizard);
    inspect(wizard, QStringLiteral("type page"));
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::NamePageId));
    inspect(wizard, QStringLiteral("name page"));
    auto *name = wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    const QString suggested = name->text();
    name->clear();
    inspect(wizard, QStringLiteral("name page with a problem"));
    name->setText(suggested);
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::CredentialsPageId));
    inspect(wizard, QStringLiteral("demo credentials page"));
    auto *page = qobject_cast<FieldsPage *>(wizard->currentPage());
    QWidget *password = page->form()->firstSecretInput();
    qobject_cast<QLineEdit *>(page->form()->firstInput())->setText(QStringLiteral("maria"));
    qobject_cast<QLineEdit *>(password)->setText(QStringLiteral("wrong"));
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::DetailsPageId));
    inspect(wizard, QStringLiteral("demo details page"));
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::SavePageId));
    QAbstractButton *save = wizard->button(QWizard::CommitButton);
    QTRY_COMPARE(QApplication::focusWidget(), save);
    inspect(wizard, QStringLiteral("save page"), save);
    QTest::keyClick(save, Qt::Key_Space);
    auto *fix = wizard->findChild<QPushButton *>(QStringLiteral("saveFix"));
    QTRY_VERIFY_WITH_TIMEOUT(fix->isVisible(), 15000);
    inspect(wizard, QStringLiteral("save page with a wrong password"), fix);
    QTest::keyClick(fix, Qt::Key_Space);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::CredentialsPageId));
    // Back to the password, not the user name: that is what was wrong.
    inspect(wizard, QStringLiteral("credentials page after a wrong password"), password);
    QCOMPARE(qobject_cast<QLineEdit *>(password)->selectedText(), QStringLiteral("wrong"));
    QTest::keyClicks(password, QStringLiteral("demo-password"));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), save);
    QTest::keyClick(save, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AddIntegrationWizard::ImportPageId), 15000);
    inspect(wizard, QStringLiteral("import page"));
    wizard->close();
    QTRY_VERIFY(!m_window->findChild<AddIntegrationWizard *>());

    // Five9: the most fields, an Advanced section and the longest summary.
    wizard = openWizard(QStringLiteral("five9"));
    QVERIFY(wizard);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::CredentialsPageId));
    inspect(wizard, QStringLiteral("Five9 credentials page"));
    page = qobject_cast<FieldsPage *>(wizard->currentPage());
    qobject_cast<QLineEdit *>(page->form()->firstInput())
        ->setText(QStringLiteral("wfm.api@example.com"));
    qobject_cast<QLineEdit *>(page->form()->firstSecretInput())->setText(QStringLiteral("x"));
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::DetailsPageId));
    inspect(wizard, QStringLiteral("Five9 details page"));
    page = qobject_cast<FieldsPage *>(wizard->currentPage());
    page->form()->setAdvancedShown(true);
    inspect(wizard, QStringLiteral("Five9 details page, advanced"), page->form()->firstInput());
    page->form()->firstInput()->setFocus();
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::SavePageId));
    QTRY_COMPARE(QApplication::focusWidget(), wizard->button(QWizard::CommitButton));
    inspect(wizard, QStringLiteral("Five9 save page"), wizard->button(QWizard::CommitButton));
    wizard->reject();

    VERIFY_NO_PROBLEMS();
}

void TestAccessibility::dialogs_data()
{
    wizardPages_data();
}

void TestAccessibility::dialogs()
{
    QFETCH(QString, language);
    m_translators = Translations::install(*qApp, language);
    const QString id = createDemoIntegration();
    QVERIFY(!id.isEmpty());
    showWindow();
    activate(m_window);
    m_window->select(id);

    // Change password: the focus on the password, which is what the admin came to type.
    m_window->changePasswordOfSelected();
    auto *change = m_window->findChild<ChangePasswordDialog *>();
    QVERIFY(change && QTest::qWaitForWindowExposed(change));
    activate(change);
    FieldForm *form = change->findChild<FieldForm *>();
    inspect(change, QStringLiteral("Change password"), form->firstSecretInput());
    // A refused password is told in the same box as everywhere else.
    QTest::keyClicks(form->firstSecretInput(), QStringLiteral("wrong"));
    press(Qt::Key_Return);
    auto *problem = change->findChild<ErrorBanner *>(QStringLiteral("changePasswordProblem"));
    QVERIFY(problem);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 15000);
    QVERIFY(!problem->message().isEmpty());
    inspect(change, QStringLiteral("Change password, refused"), form->firstSecretInput());
    change->reject();
    QTRY_VERIFY(!m_window->findChild<ChangePasswordDialog *>());

    activate(m_window);
    m_window->editSelected();
    auto *edit = m_window->findChild<EditIntegrationDialog *>();
    QVERIFY(edit && QTest::qWaitForWindowExposed(edit));
    activate(edit);
    inspect(edit, QStringLiteral("Edit"));
    edit->reject();
    QTRY_VERIFY(!m_window->findChild<EditIntegrationDialog *>());

    // Delete: a whole title, and what goes with the integration.
    activate(m_window);
    m_window->deleteSelected();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
    activate(box);
    inspect(box, QStringLiteral("Delete"));
    QVERIFY2(box->informativeText().contains(QLatin1String("3 ")),
        qPrintable(box->informativeText())); // the three queues, in any language
    QFont titleFont = QApplication::font("QMdiSubWindowTitleBar");
    titleFont.setBold(true);
    QVERIFY2(box->width() > QFontMetrics(titleFont).horizontalAdvance(box->windowTitle()) + 100,
        qPrintable(QString::number(box->width())));
    box->reject();

    activate(m_window);
    m_window->showWorkloads();
    WorkloadsWindow *workloads = m_window->workloadsWindow();
    QVERIFY(workloads && QTest::qWaitForWindowExposed(workloads));
    activate(workloads);
    QTRY_VERIFY(workloads->queueTree()->topLevelItemCount() > 0);
    workloads->workloadList()->setFocus();
    inspect(workloads, QStringLiteral("Workloads"));

    VERIFY_NO_PROBLEMS();
}

// The name page's problem is read as the sentence it is, and with the name field.
void TestAccessibility::nameProblemIsReadWithTheName()
{
    showWindow();
    AddIntegrationWizard *wizard = openWizard(QStringLiteral("demo"));
    QVERIFY(wizard);
    press(Qt::Key_Return);
    auto *name = wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->clear();
    auto *problem = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("nameProblem"));
    QVERIFY(problem->isVisible());
    const QString sentence = problem->text();
    QVERIFY(!sentence.isEmpty());
    QCOMPARE(accessibleName(problem), sentence);
    QAccessibleInterface *field = QAccessible::queryAccessibleInterface(name);
    QVERIFY2(field->text(QAccessible::Description).contains(sentence),
        qPrintable(field->text(QAccessible::Description)));
    name->setText(QStringLiteral("Demo Torino"));
    QVERIFY(!problem->isVisible());
    QVERIFY(!field->text(QAccessible::Description).contains(sentence));
}

// Emptied and left, a number field goes back to the number it had; it does not keep what
// was left on the way ("12", "1", "") or any other number.
void TestAccessibility::emptiedNumberFieldKeepsItsValue_data()
{
    QTest::addColumn<Qt::Key>("leaveWith");
    QTest::newRow("Tab") << Qt::Key_Tab;
    QTest::newRow("Enter") << Qt::Key_Return; // as a user moving on with the wizard's Next
}

void TestAccessibility::emptiedNumberFieldKeepsItsValue()
{
    QFETCH(Qt::Key, leaveWith);
    FieldDescriptor number;
    number.key = QStringLiteral("count");
    number.label = QStringLiteral("&Count");
    number.kind = FieldDescriptor::Kind::Number;
    number.minimum = 1;
    number.maximum = 1000;
    number.defaultValue = 12;
    FieldDescriptor other;
    other.key = QStringLiteral("other");
    other.label = QStringLiteral("&Other");
    FieldForm form;
    form.setFields({number, other});
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    activate(&form);
    auto *spin = qobject_cast<QSpinBox *>(form.inputFor(QStringLiteral("count")));
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_End);
    QTest::keyClick(spin, Qt::Key_Backspace);
    QTest::keyClick(spin, Qt::Key_Backspace);
    QCOMPARE(spin->text(), QString());
    QCOMPARE(form.values().value(QStringLiteral("count")).toInt(), 12);
    QTest::keyClick(spin, leaveWith);
    QCOMPARE(spin->text(), QStringLiteral("12"));
    QCOMPARE(form.values().value(QStringLiteral("count")).toInt(), 12);
    QVERIFY(!form.isEdited(QStringLiteral("count")));

    // A number typed in counts, and is the admin's.
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("345"));
    QTest::keyClick(spin, leaveWith);
    QCOMPARE(form.values().value(QStringLiteral("count")).toInt(), 345);
    QVERIFY(form.isEdited(QStringLiteral("count")));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
