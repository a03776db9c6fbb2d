#pragma once

struct CommandLine;

// Everything acdconnect does without a window: --help, --version, a command line error,
// --list, --import-now and --headless. Needs a QCoreApplication and no display, no D-Bus for
// the first four. Returns the exit code (ExitCode).
namespace Cli {

int run(const CommandLine &options);

} // namespace Cli
