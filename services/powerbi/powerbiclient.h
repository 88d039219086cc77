#pragma once

#include "asyncguard.h"
#include "dataset.h"
#include "datasetref.h"
#include "datasource.h"
#include "gateway.h"
#include "httptransport.h"
#include "refresh.h"
#include "refreshschedule.h"
#include "refreshschedulechange.h"
#include "refreshstart.h"
#include "result.h"
#include "workspace.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

// The Power BI REST calls the assistant needs, typed. All URL building lives here (ids are
// percent-encoded); the HTTP policy (timeouts, retries, error mapping) is the transport's.
// Every call follows the project's pattern: the callback runs at most once, never after
// context is destroyed; cancel(context) stops what that context started.
class PowerBiClient : public QObject
{
    Q_OBJECT

public:
    // apiRoot: "https://api.powerbi.com" (or a sovereign cloud, or the sandbox's root).
    PowerBiClient(HttpTransport *transport, const QUrl &apiRoot, QObject *parent = nullptr);

    QUrl apiRoot() const { return m_apiRoot; }
    void setApiRoot(const QUrl &apiRoot) { m_apiRoot = apiRoot; }
    void setAccessToken(const QString &accessToken) { m_accessToken = accessToken; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    // Workspaces are paged with $top/$skip (the API gives no next link); tests make it small.
    void setWorkspacePageSize(int pageSize);
    int workspacePageSize() const { return m_workspacePageSize; }

    // Every workspace, all pages.
    void listWorkspaces(QObject *context, Callback<QList<Workspace>> done);
    // workspaceId empty: My workspace.
    // The workspaces the service finds for an OData $filter, in one call: a narrowing filter
    // (by id or name) answers with a few, where the whole listing may be thousands.
    void findWorkspaces(const QString &filter, QObject *context, Callback<QList<Workspace>> done);
    // OData filters for findWorkspaces.
    static QString workspaceIdFilter(const QString &id);
    static QString workspaceNameFilter(const QString &name);
    void listDatasets(const QString &workspaceId, QObject *context, Callback<QList<Dataset>> done);
    // One dataset as it is now (its owner may have changed since it was listed).
    void getDataset(const DatasetRef &dataset, QObject *context, Callback<Dataset> done);
    // Newest first; top <= 0 leaves the service's default (60).
    void refreshHistory(const DatasetRef &dataset, int top, QObject *context,
                        Callback<QList<Refresh>> done);
    void refreshSchedule(const DatasetRef &dataset, QObject *context,
                         Callback<RefreshSchedule> done);
    // PATCH {"value":{...}}, then GET: the callback gets the schedule as read back, because a
    // PATCH has been seen to succeed without enabling. The caller validates the change first
    // (RefreshScheduleChange::validate needs the workspace's capacity).
    void updateRefreshSchedule(const DatasetRef &dataset, const RefreshScheduleChange &change,
                               QObject *context, Callback<RefreshSchedule> done);
    void listDatasources(const DatasetRef &dataset, QObject *context,
                         Callback<QList<Datasource>> done);
    // GET /gateways/{gatewayId}: the gateway a data source names, as the service answers it.
    void getGateway(const QString &gatewayId, QObject *context, Callback<Gateway> done);
    // The on-premises gateway a data source sits behind, or nullopt for a cloud data source. Its
    // gatewayId names a gateway too; as Microsoft's samples decide, a 404 for that id or a
    // gateway without a public key means cloud. Any other error is passed on.
    void findOnPremisesGateway(const QString &gatewayId, QObject *context,
                               Callback<std::optional<Gateway>> done);
    // Sets an OAuth2 credential (an access token, without refresh token) on a cloud data source.
    void setOAuth2Credentials(const QString &gatewayId, const QString &datasourceId,
                              const QString &accessToken, QObject *context, Callback<Done> done);
    // The same for a data source behind an on-premises gateway: the credential encrypted with
    // the gateway's public key (RSA-OAEP). A key that cannot encrypt gives its Parse error and
    // nothing is sent.
    void setEncryptedOAuth2Credentials(const QString &gatewayId, const QString &datasourceId,
                                       const QString &accessToken, const GatewayPublicKey &key,
                                       QObject *context, Callback<Done> done);
    // A standard refresh: POST {"notifyOption":...}, 202 and a RequestId header.
    void refreshNow(const DatasetRef &dataset, const QString &notifyOption, QObject *context,
                    Callback<RefreshStart> done);
    // The history entry of a refresh this program started: matched by request id, else the
    // newest entry started after the POST was accepted. nullopt while it does not show yet.
    void findRefresh(const DatasetRef &dataset, const RefreshStart &start, QObject *context,
                     Callback<std::optional<Refresh>> done);
    // Makes the signed-in user the owner (configuredBy); workspace datasets only.
    void takeOver(const DatasetRef &dataset, QObject *context, Callback<Done> done);

    // Stops every call started with this context; their callbacks get ApiError::cancelled.
    void cancel(QObject *context);

    // The request a call would send (for tests and logs): root + /v1.0/myorg + encodedPath.
    QUrl apiUrl(const QString &encodedPath, const QUrlQuery &query = {}) const;
    // The entry of history that start refers to (see findRefresh); pure, for tests.
    static std::optional<Refresh> matchRefresh(const QList<Refresh> &history,
                                               const RefreshStart &start);

private:
    HttpRequest request(const QByteArray &method, const QString &encodedPath,
                        const QUrlQuery &query = {}) const;
    void send(const HttpRequest &request, QObject *context, Callback<HttpResponse> done);
    void sendExpectingNothing(const HttpRequest &request, QObject *context, Callback<Done> done);
    void patchCredentials(const QString &gatewayId, const QString &datasourceId,
                          const QJsonObject &details, QObject *context, Callback<Done> done);
    void startRefresh(const DatasetRef &dataset, const QJsonObject &body, QObject *context,
                      Callback<RefreshStart> done);
    void fetchWorkspacePage(int skip, QList<Workspace> collected, QObject *context,
                            Callback<QList<Workspace>> done);
    static RefreshStart refreshStartFrom(const HttpResponse &response);
    // The steps of a call made of several requests go on only while the client exists.
    AsyncGuard guard() const;
    template<typename T, typename Parse>
    void get(const HttpRequest &request, QObject *context, Parse parse, Callback<T> done);

    QPointer<HttpTransport> m_transport;
    QUrl m_apiRoot;
    QString m_accessToken;
    int m_workspacePageSize = 1000;
};
