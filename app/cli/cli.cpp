#include "cli/cli.h"

#include "cli/exitcode.h"
#include "cli/headlessservice.h"
#include "cli/importnowcommand.h"
#include "cli/listcommand.h"
#include "commandline.h"

#include <QCoreApplication>

#include <cstdio>

namespace Cli {

int run(const CommandLine &options)
{
    const auto print = [](FILE *stream, const QString &text) {
        std::fputs(text.toLocal8Bit().constData(), stream);
    };
    switch (options.mode) {
    case CommandLine::Mode::Help:
        print(stdout, options.helpText);
        return exitCode(ExitCode::Ok);
    case CommandLine::Mode::Version:
        print(stdout,
            QStringLiteral("%1 %2\n").arg(
                QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
        return exitCode(ExitCode::Ok);
    case CommandLine::Mode::Error:
        print(stderr,
            options.error + QLatin1Char('\n')
                + CommandLine::tr("acdconnect --help lists the options.") + QLatin1Char('\n'));
        return exitCode(ExitCode::Usage);
    case CommandLine::Mode::List:
        return ListCommand::run(options);
    case CommandLine::Mode::ImportNow:
        return ImportNowCommand(options).run();
    case CommandLine::Mode::Headless:
        return HeadlessService(options).run();
    case CommandLine::Mode::Window:
        break;
    }
    return exitCode(ExitCode::Usage);
}

} // namespace Cli
