#include "integrations/integrationname.h"
#include "storage/database.h"
#include "storage/integrationstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestIntegrationStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void createsReadsListsUpdatesAndDeletes();
    void rejectsDuplicateNameIgnoringCaseSpacingAndUnicodeForm_data();
    void rejectsDuplicateNameIgnoringCaseSpacingAndUnicodeForm();
    void keyFoldsWhiteSpaceOfAnyKind_data();
    void keyFoldsWhiteSpaceOfAnyKind();
    void keyKeepsDifferentNamesApart();
    void lengthCountsCodePointsAsTheSchemaDoes_data();
    void lengthCountsCodePointsAsTheSchemaDoes();
    void schemaRejectsDuplicateInsertedThroughSql();
    void pauseAndOutcomeAreWrittenApart();
    void removalRecordsKeychainEntriesInTheSameTransaction();
    void rejectsBadNames_data();
    void rejectsBadNames();
    void renameToOwnNameIsAllowed();
    void deleteRemovesImportedData();

private:
    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
};

void TestIntegrationStore::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("acd.sqlite")));
    QVERIFY(m_db->open().ok());
}

void TestIntegrationStore::cleanup()
{
    delete m_db;
    delete m_dir;
}

static bool ok(const IntegrationStore::Result &result)
{
    if (!result.ok())
        qWarning() << result.message;
    return result.ok();
}

static Integration make(const QString &name, const QString &type = QStringLiteral("demo"))
{
    Integration integration;
    integration.name = name;
    integration.type = type;
    integration.settings = {{QStringLiteral("region"), QStringLiteral("eu")}};
    return integration;
}

void TestIntegrationStore::createsReadsListsUpdatesAndDeletes()
{
    IntegrationStore store(m_db->connection());
    Integration a = make(QStringLiteral("  Five9 EU  "));
    QVERIFY(ok(store.create(a)));
    QVERIFY(!QUuid::fromString(a.id).isNull());
    QCOMPARE(a.name, QStringLiteral("Five9 EU"));

    std::optional<Integration> found = store.find(a.id);
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Five9 EU"));
    QCOMPARE(found->settings.value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
    QCOMPARE(found->state(), Integration::State::New);
    QVERIFY(found->createdAt.isValid());

    Integration b = make(QStringLiteral("Alpha"));
    QVERIFY(store.create(b).ok());
    QCOMPARE(store.list().size(), 2);
    QCOMPARE(store.list().first().name, QStringLiteral("Alpha"));

    found->name = QStringLiteral("Five9 Frankfurt");
    QVERIFY(store.updateSettings(*found).ok());
    QCOMPARE(store.find(a.id)->name, QStringLiteral("Five9 Frankfurt"));
    IntegrationStore::Outcome failed;
    failed.outcome = Integration::Outcome::Error;
    failed.fix = Integration::Fix::Credentials;
    failed.lastError = QStringLiteral("boom");
    QVERIFY(store.recordOutcome(a.id, failed).ok());
    QCOMPARE(store.find(a.id)->state(), Integration::State::NeedsAdmin);
    QCOMPARE(store.find(a.id)->lastError, QStringLiteral("boom"));

    QVERIFY(store.remove(a.id, {}).ok());
    QVERIFY(!store.find(a.id));
    QCOMPARE(store.remove(a.id, {}).kind, IntegrationStore::Result::Kind::NotFound);
    QCOMPARE(store.list().size(), 1);
}

void TestIntegrationStore::rejectsDuplicateNameIgnoringCaseSpacingAndUnicodeForm_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("case and spacing") << QStringLiteral("Five9 EU") << QStringLiteral(" five9 eu ");
    QTest::newRow("composed vs decomposed")
        << QStringLiteral("Assistenza Citt\u00e0") << QStringLiteral("Assistenza Citta\u0300");
    QTest::newRow("decomposed vs composed, other case")
        << QStringLiteral("Cafe\u0301 Support") << QStringLiteral("CAF\u00c9 SUPPORT");
    QTest::newRow("tab around") << QStringLiteral("Genesys") << QStringLiteral("\tGENESYS\n");
    QTest::newRow("sharp s, full case folding")
        << QStringLiteral("Stra\u00dfe") << QStringLiteral("STRASSE");
    QTest::newRow("capital sharp s") << QStringLiteral("GRO\u1e9e") << QStringLiteral("gross");
    QTest::newRow("no-break space")
        << QStringLiteral("Five9 EU") << QStringLiteral("Five9\u00a0EU");
    QTest::newRow("em space") << QStringLiteral("Five9 EU") << QStringLiteral("Five9\u2003EU");
    QTest::newRow("several spaces") << QStringLiteral("Five9 EU") << QStringLiteral("Five9   EU");
    QTest::newRow("ligature (NFKC)") << QStringLiteral("Office") << QStringLiteral("O\ufb03ce");
    QTest::newRow("full-width letters (NFKC)")
        << QStringLiteral("Five9") << QStringLiteral("\uff26\uff49\uff56\uff45\uff19");
    QTest::newRow("variation selector")
        << QStringLiteral("Support \u2764") << QStringLiteral("Support \u2764\ufe0f");
}

void TestIntegrationStore::keyFoldsWhiteSpaceOfAnyKind_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("tab") << QStringLiteral("Five9\tEU");
    QTest::newRow("tabs and spaces") << QStringLiteral(" Five9 \t \tEU ");
    QTest::newRow("newline") << QStringLiteral("Five9\nEU");
    QTest::newRow("ideographic space") << QStringLiteral("Five9\u3000EU");
    QTest::newRow("narrow no-break space") << QStringLiteral("Five9\u202fEU");
}

void TestIntegrationStore::keyFoldsWhiteSpaceOfAnyKind()
{
    QFETCH(QString, name);
    QCOMPARE(IntegrationName::key(name), QStringLiteral("five9 eu"));
}

void TestIntegrationStore::keyKeepsDifferentNamesApart()
{
    QVERIFY(IntegrationName::key(QStringLiteral("Five9 EU"))
        != IntegrationName::key(QStringLiteral("Five9 US")));
    QVERIFY(IntegrationName::key(QStringLiteral("Five9EU"))
        != IntegrationName::key(QStringLiteral("Five9 EU")));
    QVERIFY(IntegrationName::key(QStringLiteral("Citt\u00e0"))
        != IntegrationName::key(QStringLiteral("Citta")));
}

void TestIntegrationStore::lengthCountsCodePointsAsTheSchemaDoes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    const QString letters99(99, QLatin1Char('x'));
    QTest::newRow("99 letters and an emoji") << letters99 + QStringLiteral("\U0001F600") << true;
    QTest::newRow("99 letters and a decomposed accent")
        << QString(98, QLatin1Char('x')) + QStringLiteral("e\u0301") << true; // NFC: 99
    QTest::newRow("100 letters and an emoji") << letters99 + QStringLiteral("x\U0001F600") << false;
    QTest::newRow("99 letters and a flag (two code points)")
        << letters99 + QStringLiteral("\U0001F1EE\U0001F1F9") << false;
    QTest::newRow("100 emoji") << QString(QStringLiteral("\U0001F600")).repeated(100) << true;
}

void TestIntegrationStore::lengthCountsCodePointsAsTheSchemaDoes()
{
    // What the rule accepts, the schema's CHECK (length(name) BETWEEN 1 AND 100) accepts too.
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    IntegrationStore store(m_db->connection());
    Integration integration = make(name);
    const IntegrationStore::Result result = store.create(integration);
    QVERIFY2(result.ok() == accepted, qPrintable(result.message));
    if (!accepted)
        QCOMPARE(result.kind, IntegrationStore::Result::Kind::InvalidName);
}

void TestIntegrationStore::rejectsDuplicateNameIgnoringCaseSpacingAndUnicodeForm()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    IntegrationStore store(m_db->connection());
    Integration a = make(first);
    QVERIFY(ok(store.create(a)));
    QVERIFY(!store.nameProblem(second).isEmpty());
    Integration b = make(second);
    const IntegrationStore::Result result = store.create(b);
    QCOMPARE(result.kind, IntegrationStore::Result::Kind::DuplicateName);
    QVERIFY(result.message.contains(a.name));
    QCOMPARE(store.list().size(), 1);
}

void TestIntegrationStore::schemaRejectsDuplicateInsertedThroughSql()
{
    IntegrationStore store(m_db->connection());
    Integration a = make(QStringLiteral("Five9 EU"));
    QVERIFY(ok(store.create(a)));

    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("INSERT INTO integrations (id, name, name_key, type, created_at, "
                                 "updated_at) VALUES ('raw', ?, ?, 'demo', 0, 0)"));
    query.addBindValue(QStringLiteral(" five9 eu "));
    query.addBindValue(IntegrationName::key(QStringLiteral(" five9 eu ")));
    QVERIFY(!query.exec());
    QVERIFY2(query.lastError().text().contains(QLatin1String("UNIQUE")),
        qPrintable(query.lastError().text()));
    QCOMPARE(store.list().size(), 1);
}

void TestIntegrationStore::pauseAndOutcomeAreWrittenApart()
{
    // The admin's choice and the import's outcome are separate columns, each written by its
    // own call: an outcome recorded after Pause leaves it paused, and the reverse.
    IntegrationStore store(m_db->connection());
    Integration a = make(QStringLiteral("Five9 EU"));
    QVERIFY(ok(store.create(a)));
    QVERIFY(store.setPaused(a.id, true).ok());
    IntegrationStore::Outcome connected;
    connected.outcome = Integration::Outcome::Connected;
    connected.lastImportAt = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    QVERIFY(store.recordOutcome(a.id, connected).ok());
    QVERIFY(store.find(a.id)->paused);
    QCOMPARE(store.find(a.id)->state(), Integration::State::Paused);
    QCOMPARE(store.find(a.id)->outcome, Integration::Outcome::Connected);
    QVERIFY(store.setPaused(a.id, false).ok());
    QCOMPARE(store.find(a.id)->state(), Integration::State::Connected);
}

void TestIntegrationStore::removalRecordsKeychainEntriesInTheSameTransaction()
{
    IntegrationStore store(m_db->connection());
    Integration a = make(QStringLiteral("Five9 EU"));
    const QList<KeychainEntry> entries {{QStringLiteral("ACD Connect: Five9 EU"),
        QStringLiteral("%1/password#1").arg(QStringLiteral("x"))}};
    QVERIFY(ok(store.create(a)));
    QVERIFY(store.remove(a.id, entries).ok());
    QCOMPARE(store.garbage(), entries);
    QVERIFY(store.removeGarbage(entries).ok());
    QVERIFY(store.garbage().isEmpty());
    // A failed delete records nothing.
    Integration b = make(QStringLiteral("Other"));
    QVERIFY(ok(store.create(b)));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER keep BEFORE DELETE ON integrations "
                                      "BEGIN SELECT RAISE(ABORT, 'kept'); END")));
    QVERIFY(!store.remove(b.id, entries).ok());
    QVERIFY(store.garbage().isEmpty());
    QVERIFY(store.find(b.id));
}

void TestIntegrationStore::rejectsBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("101 characters") << QString(101, QLatin1Char('x'));
    QTest::newRow("tab inside") << QStringLiteral("Five9\tEU");
    QTest::newRow("newline inside") << QStringLiteral("Five9\nEU");
    QTest::newRow("bell") << QStringLiteral("Five9\aEU");
    QTest::newRow("zero-width joiner") << QStringLiteral("Five9\u200dEU");
    QTest::newRow("only variation selectors") << QStringLiteral("\ufe0f\ufe0f");
}

void TestIntegrationStore::rejectsBadNames()
{
    QFETCH(QString, name);
    IntegrationStore store(m_db->connection());
    Integration integration = make(name);
    const IntegrationStore::Result result = store.create(integration);
    QCOMPARE(result.kind, IntegrationStore::Result::Kind::InvalidName);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(store.list().isEmpty());
}

void TestIntegrationStore::renameToOwnNameIsAllowed()
{
    IntegrationStore store(m_db->connection());
    Integration a = make(QStringLiteral("Five9 EU"));
    QVERIFY(ok(store.create(a)));
    a.name = QStringLiteral("FIVE9 eu");
    QVERIFY(store.updateSettings(a).ok());
    QVERIFY(store.nameProblem(QStringLiteral("five9 EU"), a.id).isEmpty());
    QVERIFY(!store.nameProblem(QStringLiteral("five9 EU")).isEmpty());
}

void TestIntegrationStore::deleteRemovesImportedData()
{
    IntegrationStore store(m_db->connection());
    Integration a = make(QStringLiteral("Demo"));
    QVERIFY(ok(store.create(a)));
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("INSERT INTO queues (integration_id, external_id, name, "
                                 "first_seen_at, last_seen_at) VALUES (?, 'Q1', 'Sales', 0, 0)"));
    query.addBindValue(a.id);
    QVERIFY(query.exec());
    const qint64 queueId = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("INSERT INTO interval_stats VALUES (?, 900, 1, 1, 0, 60, 10, 1)"));
    query.addBindValue(queueId);
    QVERIFY(query.exec());

    QVERIFY(store.remove(a.id, {}).ok());
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM queues) + (SELECT count(*) "
                                      "FROM interval_stats)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestIntegrationStore)
#include "tst_integrationstore.moc"
