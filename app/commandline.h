#pragma once

#include "api/connector.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// What the program was asked to do on its command line. Nothing secret is ever taken from
// here: passwords only come through the wizard and the keychain.
//
// parse() needs no QCoreApplication and never exits, so main() can decide from it whether a
// display is needed at all: only Mode::Window makes a QApplication.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Mode {
        Window, // the Integrations window (also --screenshots)
        Help,
        Version,
        List, // print the integrations and quit
        ImportNow, // import one integration now, in this process, and quit
        Headless, // the scheduled imports without a window, until SIGTERM
        Error, // see error
    };

    Mode mode = Mode::Window;
    QString language; // e.g. "it"; empty = the system's
    QString databasePath; // empty = the default
    QString keychainService;
    QString screenshotsDir; // when set: render the screens to PNG files and quit
    bool quitAfterFirstPaint = false; // start-up benchmark: say "painted" on stdout, then quit
    std::optional<TestEndpoint> testEndpoint;
    bool json = false; // --list as JSON
    QString importName; // --import-now: the integration's name (or id)
    int scheduleSeconds = 0; // tests only: --headless also imports every so many seconds
    QString helpText; // with Mode::Help, translated once translators are installed
    QString error; // why the command line cannot be used (Mode::Error)

    bool needsDisplay() const { return mode == Mode::Window; }

    static CommandLine parse(const QStringList &arguments);
    static QStringList arguments(int argc, char *argv[]); // before a QCoreApplication exists
};
