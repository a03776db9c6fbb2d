#include "translations.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The Italian translation is complete for the sources as they are now, not only for the
// strings someone remembered to add: the test runs lupdate over app/, ui/ and connectors/
// into a copy of the .ts file and then requires every message to be translated, with the
// same placeholders as its source text. The English file holds the plural forms only.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageIsTranslatedWithItsPlaceholders_data();
    void everyMessageIsTranslatedWithItsPlaceholders();
    void pluralsReadRightInEveryLanguage_data();
    void pluralsReadRightInEveryLanguage();

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one per plural form
        bool finished = true;
    };
    static QList<Message> read(const QString &path, QString *error);
    static QStringList placeholders(const QString &text);
};

void TestTranslations::everyMessageIsTranslatedWithItsPlaceholders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("it") << QStringLiteral("acdconnect_it.ts") << false;
    QTest::newRow("en plurals") << QStringLiteral("acdconnect_en.ts") << true;
}

void TestTranslations::everyMessageIsTranslatedWithItsPlaceholders()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralOnly);
    QTemporaryDir dir;
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(QStringLiteral(ACD_SOURCE_DIR "/translations/") + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments
        = {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    for (const char *folder : {"app", "ui", "connectors"})
        arguments << QStringLiteral(ACD_SOURCE_DIR "/") + QLatin1String(folder);
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(ACD_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(60000) && lupdate.exitCode() == 0,
        lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> messages = read(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source + u'"';
        if (!message.finished || message.translations.isEmpty()) {
            problems << where + QStringLiteral(" is not translated");
            continue;
        }
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems << where + QStringLiteral(" has an empty form");
            else if (placeholders(translation) != expected)
                problems << where + QStringLiteral(" → \"") + translation
                        + QStringLiteral("\" has other placeholders");
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::pluralsReadRightInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("many");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("1 row written")
                        << QStringLiteral("2 rows written");
    // No German translation yet: the English plural forms, not "1 rows written".
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("1 row written")
                        << QStringLiteral("2 rows written");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("1 riga scritta")
                        << QStringLiteral("2 righe scritte");
}

void TestTranslations::pluralsReadRightInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, one);
    QFETCH(QString, many);
    const QList<QTranslator *> installed
        = Translations::install(*QCoreApplication::instance(), language);
    QVERIFY(!installed.isEmpty());
    const auto rows = [](int n) {
        return QCoreApplication::translate("ImportProgressView", "%Ln rows written", nullptr, n);
    };
    const QString gotOne = rows(1), gotMany = rows(2);
    qDeleteAll(installed);
    QCOMPARE(gotOne, one);
    QCOMPARE(gotMany, many);
}

QList<TestTranslations::Message> TestTranslations::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message *current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}, true});
            current = &messages.last();
        } else if (current && xml.name() == u"source") {
            current->source = xml.readElementText();
        } else if (current && xml.name() == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            current->finished = type.isEmpty();
            // A plural message's forms are <numerusform> children; a plain one is the text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    current->translations << xml.readElementText();
            }
            if (current->translations.isEmpty() && !text.isEmpty())
                current->translations << text;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// Every placeholder as written (%1, %L1, %n, %Ln), sorted, with repeats: a translation may
// reorder them, not drop, add or change one.
QStringList TestTranslations::placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured(0);
    found.sort();
    return found;
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
