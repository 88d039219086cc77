#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a run of the program must show.
struct MatrixOutcome
{
    int exitCode = 0;
    // Key phrases of what it says: on stderr for an error, on stdout for a result.
    QStringList phrases;
    // --json: the error document's code; empty when the command's own document is expected.
    QString jsonCode;
};

// A command of the command line, as the matrix runs it against the scenario's "Xero" dataset.
struct MatrixCommand
{
    QString id; // in the test names
    QStringList arguments;
    // The request of the command's own that the faults of the matrix hit.
    QString method;
    QString path;
    MatrixOutcome normal;
    // --json: a member of the command's own document.
    QString jsonMember;
    // The service principal takes the dataset over first (a schedule change needs the owner).
    bool ownsDataset = false;
    // It follows a refresh: the sandbox's clock moves on while it runs, so that the refresh
    // ends in a second or two rather than five.
    bool followsRefresh = false;
    // The command that must work once the fault is gone, and its exit code.
    QStringList usableAfter;
    int usableExitCode = 0;
};

// A fault as the sandbox injects it (POST /_sandbox/faults), and what any command must make of
// it.
struct MatrixFault
{
    QString id;
    // The fault's body without method and path.
    QJsonObject fault;
    // nullopt: the command ends as it does without the fault (it was waited out or retried).
    std::optional<MatrixOutcome> error;
    // For the faults of one route whatever the command (the sign-in): that route.
    QString method;
    QString path;
    QStringList extraArguments;
    // The commands it applies to; empty: all.
    QStringList commandIds;
    // It is not used up by the run (a route that hangs for every request).
    bool staysPending = false;
};

// One cell: a command run once against a fault, in one output mode.
struct MatrixCell
{
    MatrixCommand command;
    MatrixFault fault;
    bool json = false;
    MatrixOutcome expected;
    // The fault changes nothing of the outcome: the command ends as it does without it.
    bool endsNormally = false;

    // The /_sandbox/faults body for this cell.
    QJsonObject faultBody() const;
    QString name() const;
};

// The table of faults × commands. Most faults mean the same to every command; where one makes
// something else of a fault (a PATCH whose answer has no body to read), the table says so.
class FaultMatrix
{
public:
    // Every cell in one output mode. In --json mode only the cells that end in an error: a
    // normal end is the command's own document, which the plain cells already cover.
    static QList<MatrixCell> cells(bool json);

private:
    static QList<MatrixCommand> commands();
    static QList<MatrixFault> faults();
    // nullopt: the command ends normally.
    static std::optional<MatrixOutcome> expectation(const MatrixCommand &command,
                                                    const MatrixFault &fault);
};
