// The SOAP requests the Five9 connector sends, validated by xmllint against the XSD of
// Five9's WSDL (tests/fakes/five9/five9-admin-v13.xsd), and the SOAP answers it reads.
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
    void faultDetailIsReadWhateverThePrefix();
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
    QCOMPARE(operations.size(), 7);
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
