#include "credentials/credentialstore.h"
#include "fakefive9fixtures.h"
#include "fakefive9harness.h"
#include "fakefive9server.h"
#include "five9/five9connector.h"
#include "integrations/integrationservice.h"
#include "integrationswindow.h"
#include "storage/database.h"
#include "storage/integrationstore.h"
#include "support/guitest.h"
#include "support/testsupport.h"
#include "wizard/addintegrationwizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMutex>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>
#include <QXmlStreamWriter>

#include <filesystem>

// Issue 11: a unique password goes through the real wizard and a whole first import against
// the fake Five9, and then is looked for, in every form a program might write it, in every
// file under the program's data, config and cache folders and its temporary folder, in
// everything it logged, and in its own command line and environment. The keychain (the test
// session's gnome-keyring files) is the one place it may be.
class TestSecretCanary : public QObject
{
    Q_OBJECT
public:
    TestSecretCanary(
        const QString &tree, const QStringList &sessionFolders, const QString &keyringFolder);

private slots:
    void initTestCase();
    void searchFindsEveryFormInEveryPlace();
    void passwordIsOnlyInTheKeychainAfterWizardAndImport();
    void cleanupTestCase();

private:
    struct Form
    {
        QString name;
        QByteArray bytes;
    };
    // The password as text, XML, JSON, URL and base64 would write it, and the user name
    // with it as HTTP Basic authentication sends them.
    static QList<Form> forms(const QString &user, const QString &password);
    // "where: form" for each form found.
    QStringList search(const QList<Form> &forms) const;
    void typeText(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    void press(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }

    QString m_tree;
    QStringList m_sessionFolders;
    QString m_keyringFolder;
};

namespace {

QMutex logMutex;
QFile *logFile = nullptr;
QtMessageHandler previousHandler = nullptr;

// Everything the program logs goes to a file in the tree too, so the search reads it.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        if (logFile) {
            logFile->write(qFormatLogMessage(type, context, message).toUtf8() + '\n');
            logFile->flush();
        }
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QByteArray procFile(const char *path)
{
    QFile file {QString::fromLatin1(path)};
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The middle of base64(text) as it appears inside a longer base64 text where text starts at
// offset 0, 1 or 2 of a 3-byte group: without the characters its neighbours change.
QByteArray base64Core(const QByteArray &text, int offset, QByteArray::Base64Options options)
{
    const QByteArray encoded = (QByteArray(offset, '\0') + text).toBase64(options);
    const int skip = offset == 0 ? 0 : offset + 1;
    return encoded.mid(skip, encoded.size() - skip - 4);
}

} // namespace

TestSecretCanary::TestSecretCanary(
    const QString &tree, const QStringList &sessionFolders, const QString &keyringFolder)
    : m_tree(tree)
    , m_sessionFolders(sessionFolders)
    , m_keyringFolder(keyringFolder)
{
}

void TestSecretCanary::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the tests through scripts/with-test-session.sh");
    qRegisterMetaType<CredentialResult>();
    QVERIFY(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation).startsWith(m_tree));
    QVERIFY(QDir::tempPath().startsWith(m_tree));
    QVERIFY2(!m_keyringFolder.isEmpty(), "no XDG_DATA_HOME from scripts/with-test-session.sh");
    QVERIFY(Database::defaultPath().startsWith(m_tree));
    QVERIFY(QDir().mkpath(m_tree + QStringLiteral("/log")));
    logFile = new QFile(m_tree + QStringLiteral("/log/messages.log"));
    QVERIFY(logFile->open(QIODevice::WriteOnly | QIODevice::Append));
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestSecretCanary::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QMutexLocker locker(&logMutex);
    delete logFile;
    logFile = nullptr;
}

QList<TestSecretCanary::Form> TestSecretCanary::forms(const QString &user, const QString &password)
{
    const QByteArray plain = password.toUtf8();
    QList<Form> result {{QStringLiteral("plain"), plain}};
    // The unique part before the first character any format escapes: found whatever a
    // format does to the rest (QSettings, for one, writes \" for a quote).
    const qsizetype special = password.indexOf(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")));
    if (special >= 36)
        result << Form {QStringLiteral("its letters and digits"), plain.first(special)};

    QByteArray xmlText, xmlAttribute;
    {
        QXmlStreamWriter text(&xmlText);
        text.writeCharacters(password);
        QXmlStreamWriter attribute(&xmlAttribute);
        attribute.writeStartElement(QStringLiteral("e"));
        attribute.writeAttribute(QStringLiteral("a"), password);
    }
    xmlAttribute = xmlAttribute.mid(xmlAttribute.indexOf('"') + 1);
    xmlAttribute.chop(1);
    result << Form {QStringLiteral("XML text"), xmlText}
           << Form {QStringLiteral("XML attribute"), xmlAttribute}
           << Form {QStringLiteral("HTML-escaped"), password.toHtmlEscaped().toUtf8()};

    QByteArray json = QJsonDocument(QJsonArray {password}).toJson(QJsonDocument::Compact);
    json = json.mid(2, json.size() - 4); // ["…"]
    result << Form {QStringLiteral("JSON"), json}
           << Form {QStringLiteral("JSON with \\/"), QByteArray(json).replace("/", "\\/")};

    const QByteArray percent = QUrl::toPercentEncoding(password);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("p"), password);
    result << Form {QStringLiteral("URL-encoded"), percent}
           << Form {QStringLiteral("URL-encoded, lower case"), percent.toLower()}
           << Form {
                  QStringLiteral("URL query"), query.toString(QUrl::FullyEncoded).mid(2).toUtf8()};

    const QByteArray basic = (user + u':' + password).toUtf8();
    for (const auto &[name, text] : {std::pair {QStringLiteral("base64"), plain},
             std::pair {QStringLiteral("HTTP Basic"), basic}})
        for (const auto &[variant, options] :
            {std::pair {QStringLiteral(""), QByteArray::Base64Encoding},
                std::pair {QStringLiteral(" (URL-safe)"), QByteArray::Base64UrlEncoding}}) {
            result << Form {name + variant, text.toBase64(options)};
            for (int offset : {0, 1, 2})
                result << Form {name + variant + QStringLiteral(" inside, offset %1").arg(offset),
                    base64Core(text, offset, options)};
        }

    result << Form {QStringLiteral("UTF-16LE"),
        QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2)};
    QByteArray utf16be;
    for (const QChar c : password)
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    result << Form {QStringLiteral("UTF-16BE"), utf16be};
    return result;
}

QStringList TestSecretCanary::search(const QList<Form> &forms) const
{
    namespace fs = std::filesystem;
    QStringList hits;
    const auto look = [&](const QString &where, const QByteArray &bytes) {
        for (const Form &form : forms)
            if (bytes.contains(form.bytes))
                hits << where + QStringLiteral(": ") + form.name;
    };
    const fs::path keyrings = m_keyringFolder.toStdString();
    for (const QString &root : QStringList {m_tree} + m_sessionFolders) {
        std::error_code error;
        fs::recursive_directory_iterator it(
            root.toStdString(), fs::directory_options::skip_permission_denied, error);
        for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
            if (it->path() == keyrings) { // the keychain's own files, and nothing else
                it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file() || it->is_symlink())
                continue; // sockets, pipes; a link's target is searched where it lies
            QFile file(QString::fromStdString(it->path().string()));
            if (file.open(QIODevice::ReadOnly))
                look(file.fileName(), file.readAll());
            else
                hits << file.fileName() + QStringLiteral(": cannot be read");
        }
        if (error)
            hits << root + QStringLiteral(": ") + QString::fromStdString(error.message());
    }
    look(QStringLiteral("/proc/self/cmdline"), procFile("/proc/self/cmdline"));
    look(QStringLiteral("/proc/self/environ"), procFile("/proc/self/environ"));
    return hits;
}

// The search itself can fail: each form, written into each folder searched, into the log, or
// beside the keyring folder under a name it starts with, is found; and the process's own
// command line and environment are read.
void TestSecretCanary::searchFindsEveryFormInEveryPlace()
{
    const QString password = QStringLiteral("Probe-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("<&\"'%+/= ");
    const QList<Form> all = forms(QStringLiteral("probe.user"), password);
    QCOMPARE(search(all), QStringList());
    QVERIFY(procFile("/proc/self/environ").contains("XDG_DATA_HOME="));
    QVERIFY(procFile("/proc/self/cmdline").contains("tst_secretcanary"));

    const QStringList places = QStringList {m_tree + QStringLiteral("/data/deep/er")}
        + m_sessionFolders + QStringList {m_keyringFolder + QStringLiteral("-not-the-keyring")};
    for (const Form &form : all) {
        for (const QString &place : places) {
            QVERIFY(QDir().mkpath(place));
            QFile file(place + QStringLiteral("/probe"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("before " + form.bytes + " after");
            file.close();
            const QStringList hits = search({form});
            file.remove();
            QVERIFY2(hits == QStringList {file.fileName() + QStringLiteral(": ") + form.name},
                qPrintable(form.name + u'\n' + hits.join(u'\n')));
        }
    }
    QDir(m_keyringFolder + QStringLiteral("-not-the-keyring")).removeRecursively();

    qWarning("a message with %s in it", all.first().bytes.constData());
    QVERIFY(search({all.first()}).contains(logFile->fileName() + QStringLiteral(": plain")));
    logFile->resize(0);
}

void TestSecretCanary::passwordIsOnlyInTheKeychainAfterWizardAndImport()
{
    const QString user = QStringLiteral("canary.admin");
    const QString password = QStringLiteral("Canary-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("<&\"%+/=");

    Database db(Database::defaultPath()); // in the tree's XDG_DATA_HOME
    QVERIFY(db.open().ok());
    IntegrationStore store(db.connection());
    CredentialStore credentials {QStringLiteral(ACD_TEST_KEYCHAIN_SERVICE)};
    FakeFive9Server fake;
    FakeFive9Fixtures::install(fake);
    fake.addUser(user,
        {password, {QStringLiteral("DomainAdmin"), QStringLiteral("Reporting")},
            QStringLiteral("Canary Admin")});
    // Generous domain limits, as getCallCountersState reports them: the connector paces its
    // reports by them, and 90 days then take seconds instead of Five9's 16 reports a minute.
    for (const QString &operation :
        {QStringLiteral("ReportRequest"), QStringLiteral("RetrieveReport")}) {
        fake.limits().setLimit(operation, FakeFive9Limits::Minute, 1000);
        fake.limits().setLimit(operation, FakeFive9Limits::Hour, 10000);
        fake.limits().setLimit(operation, FakeFive9Limits::Day, 100000);
    }
    QVERIFY(fake.listen());

    ConnectorRegistry registry;
    registry.add(QStringLiteral("five9"), [] {
        auto connector = std::make_unique<Five9Connector>();
        connector->setRetryPolicy(FakeFive9Harness::fastPolicy());
        return connector;
    });
    auto *service = new IntegrationService(db.path(), registry, &credentials);
    service->setTestEndpoint(TestEndpoint::create(fake.baseUrl(), FakeFive9Server::certificates()));
    auto *window = new IntegrationsWindow(*service);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    GuiTest::activate(window);
    QSignalSpy completed(service, &IntegrationService::firstImportCompleted);

    // Add integration, Five9, the suggested name, the user and password by keyboard.
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    auto *wizard = window->findChild<AddIntegrationWizard *>();
    QVERIFY(wizard && QTest::qWaitForWindowExposed(wizard));
    GuiTest::activate(wizard);
    auto *types = wizard->findChild<QListWidget *>(QStringLiteral("typeList"));
    while (types->currentItem()->data(Qt::UserRole) != QStringLiteral("five9")
        && types->currentRow() < types->count() - 1)
        QTest::keyClick(types, Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::NamePageId));
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::CredentialsPageId));
    typeText(user);
    press(Qt::Key_Tab);
    typeText(password);
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::DetailsPageId));
    // Queues by campaign: the fixture's Call Log is where the fake serves it.
    auto *grouping = wizard->findChild<QComboBox *>(QStringLiteral("field_queueGrouping"));
    for (int tabs = 0; tabs < 10 && QApplication::focusWidget() != grouping; ++tabs)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), grouping);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(AddIntegrationWizard::SavePageId));
    QTest::qWait(20); // the page puts the focus on Save integration
    press(Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(wizard->currentId() == AddIntegrationWizard::ImportPageId,
        qPrintable(wizard->findChild<QLabel *>(QStringLiteral("saveProblem"))->text()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 60000);

    // The password was used (the fake checked it on every call) and is in the keychain.
    const QList<Integration> stored = store.list();
    QCOMPARE(stored.size(), 1);
    QVERIFY(fake.requestCount(QStringLiteral("getReportResultCsv")) > 0);
    QCOMPARE(TestSupport::secretToolLookup(credentials.refOf(stored.first()).service,
                 CredentialStore::entryKey(stored.first().id, QStringLiteral("password"), 1)),
        password);

    // Closed as a user closes it: the window saves its settings, the service its writes.
    press(Qt::Key_Return);
    QTRY_VERIFY(!wizard->isVisible());
    // Closing asks whether to stop the scheduled imports (no tray on this platform); hidden,
    // the window saves its settings as it does when it goes to the tray.
    window->hide();
    delete window;
    delete service;

    const QStringList hits = search(forms(user, password));
    TestSupport::waitFor<CredentialResult>(
        credentials.remove(CredentialStore::entries(
            credentials.refOf(stored.first()), {QStringLiteral("password")})),
        &CredentialOperation::finished);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    QVERIFY(QFile::exists(db.path()));
    QVERIFY(QFile::exists(QSettings().fileName()));
}

// Before any Qt object: every folder the program writes to (data, config, cache, temporary
// files, and home for anything that ignores those) lies in one fresh tree, which the test
// searches whole. The test session's own folders (scripts/with-test-session.sh) are searched
// too, but for its gnome-keyring files in $XDG_DATA_HOME/keyrings.
int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ACD Connect"));
    QCoreApplication::setApplicationName(QStringLiteral("acdconnect"));
    QTemporaryDir tree;
    if (!tree.isValid())
        return 1;
    const QString sessionData = qEnvironmentVariable("XDG_DATA_HOME");
    QStringList sessionFolders;
    for (const char *name :
        {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        if (const QString folder = qEnvironmentVariable(name); !folder.isEmpty())
            sessionFolders << folder;
    for (const auto &[name, folder] : {std::pair {"HOME", "home"},
             std::pair {"XDG_DATA_HOME", "data"}, std::pair {"XDG_CONFIG_HOME", "config"},
             std::pair {"XDG_CACHE_HOME", "cache"}, std::pair {"TMPDIR", "tmp"}}) {
        const QString path = tree.filePath(QLatin1String(folder));
        QDir().mkpath(path);
        qputenv(name, path.toUtf8());
    }
    QApplication app(argc, argv);
    TestSecretCanary test(tree.path(), sessionFolders,
        sessionData.isEmpty() ? QString() : sessionData + QStringLiteral("/keyrings"));
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretcanary.moc"
