// The SOAP requests the Five9 connector sends, validated by xmllint against the XSD of
// Five9's WSDL (tests/fakes/five9/five9-admin-v13.xsd), and the SOAP answers it reads.
#include "fakefive9client.h"
#include "fakefive9harness.h"
#include "five9/five9requests.h"
#include "five9/five9soap.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace FakeFive9Harness;

namespace {

// The operation element of an envelope as a document of its own, namespaces intact.
QByteArray operationElement(const QByteArray &envelope)
{
    QXmlStreamReader reader(envelope);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    int depth = 0;
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.atEnd()) {
        if (reader.isStartElement()) {
            ++depth;
            if (depth >= 3)
                writer.writeStartElement(
                    reader.namespaceUri().toString(), reader.name().toString());
        } else if (reader.isEndElement()) {
            if (depth >= 3)
                writer.writeEndElement();
            --depth;
        } else if (reader.isCharacters() && depth >= 3) {
            writer.writeCharacters(reader.text().toString());
        }
    }
    return out;
}

// xmllint's complaint, or an empty string when the element is valid.
QString schemaErrors(const QByteArray &element)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("request.xml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(element) != element.size())
        return QStringLiteral("cannot write the request");
    file.close();
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"),
        {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
            QStringLiteral(ACD_FAKE_FIVE9_DIR "/five9-admin-v13.xsd"), file.fileName()});
    if (!xmllint.waitForFinished(30000))
        return QStringLiteral("xmllint did not run");
    return xmllint.exitCode() == 0 ? QString() : QString::fromUtf8(xmllint.readAllStandardError());
}

} // namespace

class TestFive9Soap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyRequestTheConnectorSendsIsValidAgainstTheWsdl();
    void schemaCheckRejectsARequestThatBreaksTheWsdl_data();
    void schemaCheckRejectsARequestThatBreaksTheWsdl();
    void fakeRefusesWhatFive9sSchemaRefuses_data();
    void fakeRefusesWhatFive9sSchemaRefuses();
    void fakeRefusesContentTypesOtherThanTextXml_data();
    void fakeRefusesContentTypesOtherThanTextXml();
    void callCountersStateIsAsTheWsdlDeclaresIt();
    void faultDetailIsReadWhateverThePrefix();
    void answerNestedTooDeepIsRefusedNotACrash();
    void reportTimesCarryTheZonesOffset_data();
    void reportTimesCarryTheZonesOffset();
};

void TestFive9Soap::initTestCase()
{
    qRegisterMetaType<ConnectorResult>();
    if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
        QFAIL("xmllint (libxml2-utils) is needed for this test");
}

void TestFive9Soap::everyRequestTheConnectorSendsIsValidAgainstTheWsdl()
{
    FakeFive9Server server;
    FakeFive9Fixtures::install(server);
    QVERIFY(server.listen());
    Five9Connector connector;
    connector.setRetryPolicy(fastPolicy());
    server.setRunningPolls(1);
    run(connector.verify(settings(server.baseUrl())));
    run(connector.discoverQueues(settings(server.baseUrl(), QStringLiteral("skill"))));
    run(connector.discoverQueues(settings(server.baseUrl(), QStringLiteral("campaign"))));
    run(connector.discoverUsers(settings(server.baseUrl())));
    run(connector.fetchIntervals(settings(server.baseUrl()), localDays(QDate(2026, 3, 2), 1)));

    QSet<QString> operations;
    for (const FakeFive9Server::Request &request : server.requests()) {
        operations.insert(request.operation);
        const QByteArray element = operationElement(request.body);
        QVERIFY2(!element.isEmpty(), request.body.constData());
        const QString errors = schemaErrors(element);
        QVERIFY2(errors.isEmpty(), qPrintable(request.operation + QLatin1String(": ") + errors));
    }
    // getVCCConfiguration, getSkills, getCampaigns, getUsersGeneralInfo, getCallCountersState,
    // runReport, isReportRunning, getReportResultCsv.
    QCOMPARE(operations.size(), 8);
    QCOMPARE(server.envelopeErrors(), QStringList {});
}

void TestFive9Soap::schemaCheckRejectsARequestThatBreaksTheWsdl_data()
{
    QTest::addColumn<QByteArray>("element");
    QTest::newRow("v2 namespace") << QByteArray(
        "<a:getSkills xmlns:a=\"http://service.admin.ws.five9.com/v2/\"/>");
    QTest::newRow("unknown child") << QByteArray(
        "<a:getSkills "
        "xmlns:a=\"http://service.admin.ws.five9.com/\"><pattern>x</pattern></a:getSkills>");
    QTest::newRow("missing timeout")
        << QByteArray("<a:isReportRunning "
                      "xmlns:a=\"http://service.admin.ws.five9.com/\"><identifier>x</identifier></"
                      "a:isReportRunning>");
    QTest::newRow("start before end") << QByteArray(
        "<a:runReport "
        "xmlns:a=\"http://service.admin.ws.five9.com/"
        "\"><criteria><time><start>2026-03-02T00:00:00.000+01:00</"
        "start><end>2026-03-03T00:00:00.000+01:00</end></time></criteria></a:runReport>");
}

void TestFive9Soap::schemaCheckRejectsARequestThatBreaksTheWsdl()
{
    QFETCH(QByteArray, element);
    QVERIFY(!schemaErrors(element).isEmpty());
}

void TestFive9Soap::fakeRefusesWhatFive9sSchemaRefuses_data()
{
    using FakeFive9Client::operation;
    using FakeFive9Client::runReport;
    QTest::addColumn<QByteArray>("element");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason"); // a part of the fake's complaint
    const auto objects = [](const QByteArray &type) {
        return "<criteria><reportObjects><objectNames>Sales</objectNames><objectType>" + type
            + "</objectType></reportObjects><time><end>2026-03-03T00:00:00.000+01:00</end>"
              "<start>2026-03-02T00:00:00.000+01:00</start></time></criteria>";
    };
    const QByteArray folder
        = "<folderName>Call Log Reports</folderName><reportName>Call Log</reportName>";
    const QByteArray xsi = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    QTest::newRow("campaignType INBOUND") << operation("getCampaigns",
        "<campaignNamePattern>.*</campaignNamePattern><campaignType>INBOUND</campaignType>")
                                          << true << QString();
    QTest::newRow("campaignType not in the enumeration") << operation("getCampaigns",
        "<campaignType>INCOMING</campaignType>") << false << QStringLiteral("campaignType");
    QTest::newRow("campaignType in lower case")
        << operation("getCampaigns", "<campaignType>inbound</campaignType>") << false
        << QStringLiteral("campaignType");
    QTest::newRow("objectType Campaign")
        << operation("runReport", folder + objects("Campaign")) << true << QString();
    QTest::newRow("objectType not in the enumeration") << operation("runReport",
        folder + objects("Campaigns")) << false << QStringLiteral("wsObjectType");
    QTest::newRow("attribute on the operation")
        << operation("getSkills", "<skillNamePattern>.*</skillNamePattern>", "version=\"13\"")
        << false << QStringLiteral("attribute version");
    QTest::newRow("attribute on a field")
        << operation("getSkills", "<skillNamePattern regex=\"true\">.*</skillNamePattern>") << false
        << QStringLiteral("attribute regex");
    QTest::newRow("xsi:type and namespace declarations") << operation("getSkills",
        "<skillNamePattern " + xsi
            + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
              "xsi:type=\"xs:string\">.*</skillNamePattern>")
                                                         << true << QString();
    QTest::newRow("xsi:nil on a nillable element") << operation("runReport",
        folder + "<criteria><reportObjects " + xsi
            + " xsi:nil=\"true\"/><time><end>2026-03-03T00:00:00.000+01:00</end>"
              "<start>2026-03-02T00:00:00.000+01:00</start></time></criteria>")
                                                   << true << QString();
    QTest::newRow("xsi:nil on an element that is not nillable")
        << operation("runReport", folder + "<criteria " + xsi + " xsi:nil=\"true\"/>") << false
        << QStringLiteral("attribute xsi:nil");
    QTest::newRow("text beside elements") << operation("runReport",
        folder
            + "<criteria>last day<time><end>2026-03-03T00:00:00.000+01:00</end>"
              "<start>2026-03-02T00:00:00.000+01:00</start></time></criteria>")
                                          << false << QStringLiteral("element-only");
    QTest::newRow("text in an operation without fields")
        << operation("getVCCConfiguration", "all") << false << QStringLiteral("element-only");
    QTest::newRow("whitespace between elements") << operation("runReport",
        "\n  " + folder
            + "\n  <criteria>\n    <time>\n      <end>2026-03-03T00:00:00+01:00</end>"
              "\n      <start>2026-03-02T00:00:00+01:00</start>\n    </time>\n  "
              "</criteria>\n") << true << QString();
    QTest::newRow("timeout not a number") << FakeFive9Client::withIdentifier(
        "isReportRunning", QStringLiteral("x"), "<timeout>5s</timeout>")
                                          << false << QStringLiteral("xs:long");
    QTest::newRow("start not a dateTime") << runReport("Call Log Reports", "Call Log",
        "2026-03-02 00:00") << false << QStringLiteral("xs:dateTime");
    QTest::newRow("fields out of order")
        << operation("runReport", "<reportName>Call Log</reportName><folderName>x</folderName>")
        << false << QStringLiteral("out of order");
}

void TestFive9Soap::fakeRefusesWhatFive9sSchemaRefuses()
{
    // Hand-made requests, so each check of the fake is seen to refuse, and to let pass.
    QFETCH(QByteArray, element);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    // xmllint agrees with the fake on every row, so the fake checks what the schema checks.
    QCOMPARE(schemaErrors(element).isEmpty(), valid);

    FakeFive9Server server;
    FakeFive9Fixtures::install(server);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    const auto answer = FakeFive9Client::post(network, server, FakeFive9Client::envelope(element));
    if (valid) {
        QCOMPARE(server.envelopeErrors(), QStringList {});
        QVERIFY2(
            !answer.text(u"faultstring").startsWith(u"Unmarshalling"), answer.body.constData());
    } else {
        QCOMPARE(answer.status, 500);
        QCOMPARE(answer.text(u"faultcode"), QStringLiteral("env:Client"));
        QCOMPARE(server.envelopeErrors().size(), 1);
        QVERIFY2(server.envelopeErrors().first().contains(reason),
            qPrintable(server.envelopeErrors().first()));
    }
}

void TestFive9Soap::fakeRefusesContentTypesOtherThanTextXml_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::newRow("text/xml") << QByteArray("text/xml; charset=utf-8") << 200;
    QTest::newRow("media types ignore case") << QByteArray("Text/XML;charset=UTF-8") << 200;
    QTest::newRow("SOAP 1.2") << QByteArray(
        "application/soap+xml; charset=utf-8; action=\"getSkills\"")
                              << 415;
    QTest::newRow("application/xml") << QByteArray("application/xml") << 415;
    QTest::newRow("JSON") << QByteArray("application/json") << 415;
}

void TestFive9Soap::fakeRefusesContentTypesOtherThanTextXml()
{
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    FakeFive9Server server;
    FakeFive9Fixtures::install(server);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    const auto answer = FakeFive9Client::post(network, server,
        FakeFive9Client::envelope(FakeFive9Client::operation("getSkills", {})), contentType);
    QCOMPARE(answer.status, status);
    if (status == 415)
        QVERIFY2(answer.text(u"faultstring").contains(u"Supported ones are: [text/xml]"),
            answer.body.constData());
    else
        QCOMPARE(answer.text(u"name"), QStringLiteral("Sales EN"));
}

void TestFive9Soap::callCountersStateIsAsTheWsdlDeclaresIt()
{
    FakeFive9Server server;
    FakeFive9Fixtures::installDomain(server);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    for (int i = 0; i < 2; ++i)
        QCOMPARE(FakeFive9Client::post(network, server,
                     FakeFive9Client::envelope(
                         FakeFive9Client::runReport("Call Log Reports", "Call Log")))
                     .status,
            200);
    const auto answer = FakeFive9Client::post(network, server,
        FakeFive9Client::envelope(FakeFive9Client::operation("getCallCountersState", {})));
    QCOMPARE(answer.status, 200);
    const QByteArray element = operationElement(answer.body);
    const QString errors = schemaErrors(element);
    QVERIFY2(errors.isEmpty(), qPrintable(errors + QString::fromUtf8(element)));

    // One limitTimeoutState per window; counters of both report operation types in each.
    QMap<QString, QString> seen; // "timeout/type" → "value of limit"
    QXmlStreamReader reader(element);
    QList<QMap<QString, QString>> counters;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"callCounterStates")
            counters.append(QMap<QString, QString>());
        else if (reader.isStartElement() && reader.name() != u"return"
            && reader.name() != u"getCallCountersStateResponse") {
            const QString name = reader.name().toString();
            const QString text = reader.readElementText();
            if (name == u"timeout") {
                for (const auto &counter : std::as_const(counters))
                    seen.insert(text + u'/' + counter.value(QStringLiteral("operationType")),
                        counter.value(QStringLiteral("value")) + QStringLiteral(" of ")
                            + counter.value(QStringLiteral("limit")));
                counters.clear();
            } else {
                counters.last().insert(name, text);
            }
        }
    }
    const QMap<QString, QString> expected
        = {{QStringLiteral("60/ReportRequest"), QStringLiteral("0 of 16")},
            {QStringLiteral("3600/ReportRequest"), QStringLiteral("0 of 120")},
            {QStringLiteral("86400/ReportRequest"), QStringLiteral("0 of 800")},
            {QStringLiteral("60/RetrieveReport"), QStringLiteral("0 of 20")},
            {QStringLiteral("3600/RetrieveReport"), QStringLiteral("0 of 200")},
            {QStringLiteral("86400/RetrieveReport"), QStringLiteral("0 of 1000")}};
    // Limits not enforced count nothing; enforced, the two runs count in every window.
    QCOMPARE(seen, expected);
    server.setLimitsEnforced(true);
    for (int i = 0; i < 2; ++i)
        FakeFive9Client::post(network, server,
            FakeFive9Client::envelope(FakeFive9Client::runReport("Call Log Reports", "Call Log")));
    const auto after = FakeFive9Client::post(network, server,
        FakeFive9Client::envelope(FakeFive9Client::operation("getCallCountersState", {})));
    QCOMPARE(after.body.count("<value>2</value>"), 3);
    QCOMPARE(after.body.count("<value>0</value>"), 3);
}

void TestFive9Soap::faultDetailIsReadWhateverThePrefix()
{
    const QByteArray xml
        = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
          "<faultcode>S:Server</faultcode><faultstring>No roles</faultstring><detail>"
          "<x:UserHasNoRequiredRolesException xmlns:x=\"http://service.admin.ws.five9.com/\">"
          "<message>No roles</message><roles>DomainAdmin</roles><roles>Reporting</roles>"
          "<userName>joe</userName></x:UserHasNoRequiredRolesException></detail>"
          "</S:Fault></S:Body></S:Envelope>";
    QString error;
    const auto response = Five9Soap::parse(xml, &error);
    QVERIFY2(response && response->fault, qPrintable(error));
    const ConnectorResult result = five9FaultResult(*response->fault);
    QCOMPARE(result.kind, ConnectorResult::Kind::MissingPermission);
    QVERIFY(result.message.contains(u"DomainAdmin, Reporting"));
    QVERIFY(result.message.contains(u"joe"));
}

// Issue 11: 200,000 nested elements overflowed the stack (SIGSEGV); 64 levels inside <Body>
// are read, more are refused as a malformed answer.
void TestFive9Soap::answerNestedTooDeepIsRefusedNotACrash()
{
    const auto answer = [](int depth) {
        return "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
            + QByteArray("<a>").repeated(depth) + QByteArray("</a>").repeated(depth)
            + "</S:Body></S:Envelope>";
    };
    QString error;
    const auto deep = Five9Soap::parse(answer(64), &error);
    QVERIFY2(deep, qPrintable(error));
    const Five9Soap::Node *node = &deep->body;
    for (int level = 1; level < 64; ++level)
        node = node->child(u"a");
    QVERIFY(node && node->children.isEmpty());

    QVERIFY(!Five9Soap::parse(answer(65), &error));
    QVERIFY2(error.contains(u"nested more than 64 deep"), qPrintable(error));
    QVERIFY(!Five9Soap::parse(answer(200000), &error));
    QVERIFY2(error.contains(u"nested more than 64 deep"), qPrintable(error));
}

void TestFive9Soap::reportTimesCarryTheZonesOffset_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("expected");
    // 2026-07-01 12:00 UTC.
    QTest::newRow("Los Angeles, summer")
        << QByteArray("America/Los_Angeles") << QStringLiteral("2026-07-01T05:00:00.000-07:00");
    QTest::newRow("Rome, summer") << QByteArray("Europe/Rome")
                                  << QStringLiteral("2026-07-01T14:00:00.000+02:00");
    QTest::newRow("Kolkata, half hour")
        << QByteArray("Asia/Kolkata") << QStringLiteral("2026-07-01T17:30:00.000+05:30");
}

void TestFive9Soap::reportTimesCarryTheZonesOffset()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, expected);
    const qint64 noonUtc = QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(Five9Requests::xsDateTime(QDateTime::fromSecsSinceEpoch(noonUtc, QTimeZone(zone))),
        expected);
}

QTEST_GUILESS_MAIN(TestFive9Soap)
#include "tst_five9soap.moc"
