#include "cli/listcommand.h"

#include "api/connectorregistry.h"
#include "cli/exitcode.h"
#include "commandline.h"
#include "storage/database.h"
#include "storage/integrationstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cstdio>

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
}

} // namespace

QString ListCommand::stateKey(Integration::State state)
{
    switch (state) {
    case Integration::State::New:
        return QStringLiteral("new");
    case Integration::State::FirstImport:
        return QStringLiteral("firstImport");
    case Integration::State::Importing:
        return QStringLiteral("importing");
    case Integration::State::Connected:
        return QStringLiteral("connected");
    case Integration::State::Retrying:
        return QStringLiteral("retrying");
    case Integration::State::NeedsAdmin:
        return QStringLiteral("needsAdmin");
    case Integration::State::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

QString ListCommand::stateText(const Integration &integration)
{
    switch (integration.state()) {
    case Integration::State::New:
        return tr("New");
    case Integration::State::FirstImport:
        return tr("First import");
    case Integration::State::Importing:
        return tr("Importing");
    case Integration::State::Connected:
        return tr("Connected");
    case Integration::State::Retrying:
        return tr("Error, will try again");
    case Integration::State::NeedsAdmin:
        return tr("Needs the admin");
    case Integration::State::Paused:
        return tr("Paused");
    }
    return {};
}

QJsonArray ListCommand::toJson(const QList<Integration> &integrations)
{
    QJsonArray array;
    for (const Integration &integration : integrations) {
        array.append(QJsonObject {
            {QStringLiteral("id"), integration.id},
            {QStringLiteral("name"), integration.name},
            {QStringLiteral("type"), integration.type},
            {QStringLiteral("state"), stateKey(integration.state())},
            {QStringLiteral("paused"), integration.paused},
            {QStringLiteral("error"),
                integration.lastError.isEmpty() ? QJsonValue() : QJsonValue(integration.lastError)},
            {QStringLiteral("lastImportAt"), timeValue(integration.lastImportAt)},
            {QStringLiteral("nextImportAt"), timeValue(integration.nextImportAt)},
        });
    }
    return array;
}

int ListCommand::run(const CommandLine &options)
{
    QList<Integration> integrations;
    // A database that is not there has no integrations; --list does not create it.
    if (QFileInfo::exists(options.databasePath)) {
        Database database(options.databasePath);
        if (const Database::Result opened = database.openWithoutMigrating(); !opened.ok()) {
            print(stderr, opened.message + QLatin1Char('\n'));
            return exitCode(ExitCode::Failure);
        }
        if (database.schemaVersion() != Database::latestVersion()) {
            print(stderr,
                tr("The database %1 has schema %2; this version of ACD Connect reads schema %3. "
                   "Start ACD Connect (the window or --headless) once to update it.")
                        .arg(QDir::toNativeSeparators(options.databasePath))
                        .arg(database.schemaVersion())
                        .arg(Database::latestVersion())
                    + QLatin1Char('\n'));
            return exitCode(ExitCode::Failure);
        }
        integrations = IntegrationStore(database.connection()).list();
    }

    if (options.json) {
        std::fputs(QJsonDocument(toJson(integrations)).toJson(QJsonDocument::Indented).constData(),
            stdout);
        return exitCode(ExitCode::Ok);
    }
    if (integrations.isEmpty()) {
        print(stdout,
            tr("No integrations yet. Add one in the window: acdconnect") + QLatin1Char('\n'));
        return exitCode(ExitCode::Ok);
    }

    const ConnectorRegistry registry = ConnectorRegistry::builtIn();
    const auto time = [](const QDateTime &when) {
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                              : tr("never");
    };
    QList<QStringList> rows {
        {tr("Name"), tr("Type"), tr("State"), tr("Last import"), tr("Next import")}};
    for (const Integration &integration : integrations) {
        const auto connector = registry.create(integration.type);
        rows.append({integration.name, connector ? connector->info().displayName : integration.type,
            stateText(integration), time(integration.lastImportAt),
            integration.nextImportAt.isValid() ? time(integration.nextImportAt) : tr("none")});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column + 1 < row.size() ? row[column].leftJustified(widths[column] + 2)
                                            : row[column];
        print(stdout, line + QLatin1Char('\n'));
    }
    for (const Integration &integration : integrations)
        if (!integration.lastError.isEmpty())
            print(stdout,
                tr("%1: %2").arg(integration.name, integration.lastError) + QLatin1Char('\n'));
    return exitCode(ExitCode::Ok);
}
