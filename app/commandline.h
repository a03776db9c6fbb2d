#pragma once

#include "api/connector.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// What the program was asked to do on its command line. Nothing secret is ever taken from
// here: passwords only come through the wizard and the keychain.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    QString language; // e.g. "it"; empty = the system's
    QString databasePath; // empty = the default
    QString keychainService;
    QString screenshotsDir; // when set: render the screens to PNG files and quit
    bool quitAfterFirstPaint = false; // start-up benchmark: say "painted" on stdout, then quit
    std::optional<TestEndpoint> testEndpoint;
    QString error; // why the command line cannot be used

    static CommandLine parse(const QStringList &arguments);
};
