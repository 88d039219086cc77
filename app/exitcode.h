#pragma once

// The exit codes of the command line: a contract that scripts depend on (README, "Command
// line"). Never renumber.
enum class ExitCode
{
    Done = 0,          // status: the last refresh completed; refresh-now --wait: it completed
    RefreshFailed = 1, // the dataset's refresh failed (or was cancelled)
    Usage = 2,         // usage error, unknown or ambiguous dataset
    SignIn = 3,        // sign-in needed or refused
    Service = 4,       // service or network error after retries, throttling included
    TimedOut = 5,      // --wait timed out
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}
