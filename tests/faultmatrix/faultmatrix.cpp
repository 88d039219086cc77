#include "faultmatrix.h"

#include <QJsonDocument>

namespace {

const QStringList xero = {QStringLiteral("--dataset"), QStringLiteral("Xero")};
const QStringList xeroHistory = QStringList{QStringLiteral("history")}
                                << xero << QStringLiteral("--top") << QStringLiteral("1");
const QString tokenPath = QStringLiteral("/oauth2/v2.0/token$");
// After Power BI accepted the refresh, an error that looking again cannot mend ends the wait,
// not the refresh.
const QString goesOn = QStringLiteral("The refresh was started and is still running in Power BI");

QJsonObject answering(int code)
{
    return {{QStringLiteral("status"), code}};
}

QJsonObject withMember(QJsonObject object, const QString &name, const QJsonValue &value)
{
    object.insert(name, value);
    return object;
}

QJsonObject retryAfter(int code, const QString &seconds)
{
    return withMember(answering(code), QStringLiteral("headers"),
                      QJsonObject{{QStringLiteral("Retry-After"), seconds}});
}

QJsonObject powerBiError(int code, const QString &errorCode, int times = 1)
{
    const QString body = QStringLiteral(R"({"error":{"code":"%1","message":"Refused"}})");
    return withMember(withMember(answering(code), QStringLiteral("body"), body.arg(errorCode)),
                      QStringLiteral("times"), times);
}

QJsonObject oauthError(int code, const QString &error, const QString &description)
{
    return withMember(
        answering(code), QStringLiteral("body"),
        QString::fromUtf8(QJsonDocument(QJsonObject{
                                            {QStringLiteral("error"), error},
                                            {QStringLiteral("error_description"), description},
                                        })
                              .toJson(QJsonDocument::Compact)));
}

MatrixOutcome failing(int exitCode, const QString &phrase, const QString &jsonCode)
{
    return {exitCode, {phrase}, jsonCode};
}

MatrixFault routeFault(const QString &id, const QJsonObject &fault,
                       std::optional<MatrixOutcome> error)
{
    MatrixFault matrixFault;
    matrixFault.id = id;
    matrixFault.fault = fault;
    matrixFault.error = std::move(error);
    return matrixFault;
}

// A fault of the sign-in (the service principal's client credentials), for a few commands:
// every command signs in the same way first.
MatrixFault signInFault(const QString &id, const QJsonObject &fault, const MatrixOutcome &error)
{
    MatrixFault matrixFault = routeFault(id, fault, error);
    matrixFault.method = QStringLiteral("POST");
    matrixFault.path = tokenPath;
    matrixFault.commandIds = {QStringLiteral("Datasets"), QStringLiteral("Status"),
                              QStringLiteral("SetDaily"), QStringLiteral("RefreshNowWait")};
    return matrixFault;
}

MatrixFault onlyFor(MatrixFault fault, const QStringList &commandIds)
{
    fault.commandIds = commandIds;
    return fault;
}

MatrixCommand command(const QString &id, const QStringList &arguments, const QString &method,
                      const QString &path, const MatrixOutcome &normal, const QString &jsonMember)
{
    MatrixCommand made;
    made.id = id;
    made.arguments = arguments;
    made.method = method;
    made.path = path;
    made.normal = normal;
    made.jsonMember = jsonMember;
    // By default the same command must work again once the fault is gone.
    made.usableAfter = arguments;
    made.usableExitCode = normal.exitCode;
    return made;
}

} // namespace

QJsonObject MatrixCell::faultBody() const
{
    QJsonObject body = fault.fault;
    body.insert(QStringLiteral("method"), fault.method.isEmpty() ? command.method : fault.method);
    body.insert(QStringLiteral("path"), fault.path.isEmpty() ? command.path : fault.path);
    return body;
}

QString MatrixCell::name() const
{
    return command.id + QLatin1Char('_') + fault.id;
}

QList<MatrixCommand> FaultMatrix::commands()
{
    MatrixCommand datasets =
        command(QStringLiteral("Datasets"), {QStringLiteral("datasets")}, QStringLiteral("GET"),
                QStringLiteral("^/v1\\.0/myorg/groups$"), {0, {QStringLiteral("[Xero]")}, {}},
                QStringLiteral("workspaces"));
    MatrixCommand status =
        command(QStringLiteral("Status"), QStringList{QStringLiteral("status")} << xero,
                QStringLiteral("GET"), QStringLiteral("/datasources$"),
                {1, {QStringLiteral("Last refresh:")}, {}}, QStringLiteral("lastRefresh"));
    MatrixCommand history = command(QStringLiteral("History"),
                                    QStringList{QStringLiteral("history")}
                                        << xero << QStringLiteral("--top") << QStringLiteral("3"),
                                    QStringLiteral("GET"), QStringLiteral("/refreshes$"),
                                    {0, {QStringLiteral("DMTS_OAuthTokenRefreshFailedError")}, {}},
                                    QStringLiteral("refreshes"));
    MatrixCommand schedule =
        command(QStringLiteral("Schedule"), QStringList{QStringLiteral("schedule")} << xero,
                QStringLiteral("GET"), QStringLiteral("/refreshSchedule$"),
                {0, {QStringLiteral("(Romance Standard Time)")}, {}}, QStringLiteral("schedule"));
    MatrixCommand setDaily = command(
        QStringLiteral("SetDaily"),
        QStringList{QStringLiteral("schedule")}
            << xero << QStringLiteral("--set-daily") << QStringLiteral("06:00")
            << QStringLiteral("--time-zone") << QStringLiteral("UTC"),
        QStringLiteral("PATCH"), QStringLiteral("/refreshSchedule$"),
        {0, {QStringLiteral("on; every day at 06:00 (UTC)")}, {}}, QStringLiteral("schedule"));
    setDaily.ownsDataset = true;
    MatrixCommand refreshNow =
        command(QStringLiteral("RefreshNow"), QStringList{QStringLiteral("refresh-now")} << xero,
                QStringLiteral("POST"), QStringLiteral("/refreshes$"),
                {0, {QStringLiteral("accepted: the refresh has started")}, {}},
                QStringLiteral("requestId"));
    // Nothing is pushed in the ready scenario: the refresh fails as the scheduled ones did.
    MatrixCommand refreshNowWait = command(
        QStringLiteral("RefreshNowWait"),
        QStringList{QStringLiteral("refresh-now")} << xero << QStringLiteral("--wait")
                                                   << QStringLiteral("--timeout")
                                                   << QStringLiteral("30"),
        QStringLiteral("GET"), QStringLiteral("/refreshes$"),
        {1, {QStringLiteral("Status:            Failed")}, {}}, QStringLiteral("lastRefresh"));
    refreshNowWait.followsRefresh = true;
    QList<MatrixCommand> all = {datasets, status,     history,       schedule,
                                setDaily, refreshNow, refreshNowWait};
    // A refresh asked for may be running still: the history shows it, another would be refused.
    for (MatrixCommand *refreshing : {&all[5], &all[6]}) {
        refreshing->usableAfter = xeroHistory;
        refreshing->usableExitCode = 0;
    }
    return all;
}

QList<MatrixFault> FaultMatrix::faults()
{
    const QString historyId = QStringLiteral("History");
    const QString statusId = QStringLiteral("Status");
    MatrixFault hung =
        routeFault(QStringLiteral("AnswerLaterThanTheWait"),
                   {{QStringLiteral("realAnswer"), true},
                    {QStringLiteral("delayMilliseconds"), 120000},
                    {QStringLiteral("times"), 100}},
                   failing(5, QStringLiteral("The wait ended after 2 seconds"), QString()));
    hung.extraArguments = {QStringLiteral("--timeout"), QStringLiteral("2")};
    hung.commandIds = {QStringLiteral("RefreshNowWait")};
    hung.staysPending = true;
    return {
        routeFault(QStringLiteral("Http500"), answering(500),
                   failing(4, QStringLiteral("had a problem of its own (HTTP 500)"),
                           QStringLiteral("HttpError"))),
        routeFault(QStringLiteral("BadGatewayHtmlPage"),
                   withMember(answering(502), QStringLiteral("body"),
                              QStringLiteral("<html><body>502 Bad Gateway</body></html>")),
                   failing(4, QStringLiteral("had a problem of its own (HTTP 502)"),
                           QStringLiteral("HttpError"))),
        routeFault(QStringLiteral("Http503ThenTheAnswer"), retryAfter(503, QStringLiteral("0")),
                   std::nullopt),
        onlyFor(
            routeFault(QStringLiteral("Http503Persisting"),
                       withMember(retryAfter(503, QStringLiteral("1")), QStringLiteral("times"), 4),
                       failing(4, QStringLiteral("had a problem of its own (HTTP 503)"),
                               QStringLiteral("HttpError"))),
            {statusId}),
        routeFault(QStringLiteral("Throttled429WithRetryAfterThenTheAnswer"),
                   retryAfter(429, QStringLiteral("1")), std::nullopt),
        routeFault(QStringLiteral("Throttled429WithoutRetryAfterThenTheAnswer"), answering(429),
                   std::nullopt),
        routeFault(
            QStringLiteral("Throttled429ForAnHour"), retryAfter(429, QStringLiteral("3600")),
            failing(4, QStringLiteral("asked to wait 60 minutes"), QStringLiteral("Throttled"))),
        onlyFor(routeFault(QStringLiteral("Throttled429WithoutRetryAfterPersisting"),
                           withMember(answering(429), QStringLiteral("times"), 4),
                           failing(4, QStringLiteral("did not say how long to wait"),
                                   QStringLiteral("Throttled"))),
                {historyId}),
        routeFault(QStringLiteral("UnreadableJson"),
                   withMember(answering(200), QStringLiteral("malformedJson"), true),
                   failing(4, QStringLiteral("sent an answer this program does not understand"),
                           QStringLiteral("UnreadableAnswer"))),
        routeFault(QStringLiteral("EmptyBody"), answering(200),
                   failing(4, QStringLiteral("sent an answer this program does not understand"),
                           QStringLiteral("UnreadableAnswer"))),
        routeFault(
            QStringLiteral("DroppedConnection"),
            {{QStringLiteral("dropConnection"), true}, {QStringLiteral("times"), 2}},
            failing(4, QStringLiteral("could not be reached"), QStringLiteral("NetworkError"))),
        routeFault(QStringLiteral("TokenExpiredOnce"),
                   powerBiError(403, QStringLiteral("TokenExpired")), std::nullopt),
        routeFault(QStringLiteral("TokenExpiredTwice"),
                   powerBiError(403, QStringLiteral("TokenExpired"), 2),
                   failing(3, QStringLiteral("did not accept the service principal's token"),
                           QStringLiteral("TokenExpired"))),
        routeFault(QStringLiteral("NotAuthorized401"),
                   powerBiError(401, QStringLiteral("PowerBINotAuthorizedException")),
                   failing(4, QStringLiteral("Power BI refused the service principal"),
                           QStringLiteral("PowerBINotAuthorizedException"))),
        routeFault(QStringLiteral("Forbidden403"), answering(403),
                   failing(4, QStringLiteral("Power BI refused the service principal"),
                           QStringLiteral("HttpError"))),
        routeFault(QStringLiteral("NotFound404"),
                   powerBiError(404, QStringLiteral("PowerBIEntityNotFound")),
                   failing(4, QStringLiteral("could not find what was asked for"),
                           QStringLiteral("PowerBIEntityNotFound"))),
        routeFault(
            QStringLiteral("SlowAnswer"),
            {{QStringLiteral("realAnswer"), true}, {QStringLiteral("delayMilliseconds"), 800}},
            std::nullopt),
        hung,
        signInFault(QStringLiteral("SignInWrongSecret"),
                    oauthError(401, QStringLiteral("invalid_client"),
                               QStringLiteral("AADSTS7000215: Invalid client secret provided.")),
                    failing(3, QStringLiteral("refused the service principal's client secret"),
                            QStringLiteral("invalid_client"))),
        signInFault(QStringLiteral("SignInUnknownApplication"),
                    oauthError(400, QStringLiteral("unauthorized_client"),
                               QStringLiteral("AADSTS700016: Application with identifier 'x' was "
                                              "not found in the directory.")),
                    failing(3, QStringLiteral("knows no application with the client id"),
                            QStringLiteral("unauthorized_client"))),
        signInFault(QStringLiteral("SignInHttp500"), answering(500),
                    failing(4, QStringLiteral("Microsoft sign-in had a problem of its own"),
                            QStringLiteral("HttpError"))),
        signInFault(QStringLiteral("SignInUnreadable"),
                    withMember(answering(200), QStringLiteral("malformedJson"), true),
                    failing(4, QStringLiteral("Microsoft sign-in sent an answer"),
                            QStringLiteral("UnreadableAnswer"))),
        signInFault(QStringLiteral("SignInDroppedConnection"),
                    {{QStringLiteral("dropConnection"), true}, {QStringLiteral("times"), 2}},
                    failing(4, QStringLiteral("Microsoft sign-in could not be reached"),
                            QStringLiteral("NetworkError"))),
    };
}

std::optional<MatrixOutcome> FaultMatrix::expectation(const MatrixCommand &command,
                                                      const MatrixFault &fault)
{
    const bool bodyOfA200 =
        fault.id == QLatin1String("UnreadableJson") || fault.id == QLatin1String("EmptyBody");
    // Power BI answers a PATCH of the schedule and the POST of a refresh with no body to read:
    // a 200 with an odd one is a success. The schedule read back then shows the change did not
    // happen.
    if (bodyOfA200 && command.id == QLatin1String("RefreshNow"))
        return std::nullopt;
    if (bodyOfA200 && command.id == QLatin1String("SetDaily"))
        return failing(4, QStringLiteral("the schedule it reads back is not the one asked for"),
                       QStringLiteral("ScheduleChangeNotApplied"));
    // While a refresh is followed, a look that fails for a passing reason (no answer, a 5xx, an
    // unreadable answer) is tried again: the refresh is followed to its own end.
    static const QStringList passing = {
        QStringLiteral("DroppedConnection"), QStringLiteral("Http500"),
        QStringLiteral("BadGatewayHtmlPage"), QStringLiteral("UnreadableJson"),
        QStringLiteral("EmptyBody")};
    if (command.followsRefresh && fault.path.isEmpty() && passing.contains(fault.id))
        return std::nullopt;
    if (!fault.error || !command.followsRefresh || !fault.path.isEmpty() ||
        fault.error->exitCode == 5)
        return fault.error;
    MatrixOutcome outcome = *fault.error;
    outcome.phrases.prepend(goesOn);
    return outcome;
}

QList<MatrixCell> FaultMatrix::cells(bool json)
{
    QList<MatrixCell> cells;
    const QList<MatrixFault> allFaults = faults();
    for (const MatrixCommand &command : commands()) {
        for (const MatrixFault &fault : allFaults) {
            if (!fault.commandIds.isEmpty() && !fault.commandIds.contains(command.id))
                continue;
            MatrixCell cell{command, fault, json, command.normal, true};
            if (const std::optional<MatrixOutcome> error = expectation(command, fault)) {
                cell.expected = *error;
                cell.endsNormally = false;
            }
            if (!json || !cell.endsNormally)
                cells.append(cell);
        }
    }
    return cells;
}
