#pragma once

// The exit codes of acdconnect, for scripts and service managers. Documented in --help and
// the README; a code's meaning never changes once released.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1, // anything not below, e.g. the database cannot be opened
    Usage = 2, // the command line cannot be used
    BadCredentials = 3, // the ACD refused the user name or password
    NeedsAdmin = 4, // a missing role, wrong settings, a paused integration: fix it in the window
    Unreachable = 5, // the ACD or the database could not be reached now; trying later may work
    NotFound = 6, // no integration of that name
    NoKeychain = 7, // no keychain (Secret Service), or it is locked
    DatabaseInUse = 8, // another acdconnect writes this database
    Interrupted = 9, // stopped by SIGINT or SIGTERM before the import finished
};

inline int exitCode(ExitCode code)
{
    return static_cast<int>(code);
}
