#pragma once

#include "sandboxstate.h"

#include <QDateTime>
#include <QString>

// The ready scenario (the README's "The built-in sandbox" describes it): fixed ids, so that tests
// and documentation can name them.
class SandboxScenario
{
public:
    static inline const QString microsoftUser = QStringLiteral("alex@contoso.example");
    static inline const QString microsoftUserName = QStringLiteral("Alex Wilber");
    static inline const QString otherOwner = QStringLiteral("jordan@contoso.example");
    static inline const QString xeroUser = QStringLiteral("finance@contoso.example");
    // A work account of a federated domain: Microsoft's sign-in page sends it to the identity
    // provider's origin, whose own form takes its password.
    static inline const QString federatedUser = QStringLiteral("casey@fabrikam.example");
    static inline const QString federatedUserName = QStringLiteral("Casey Jensen");
    static inline const QString federatedDomain = QStringLiteral("fabrikam.example");
    // The Google account behind "Sign in with Google" on Xero's log-in page: the Xero user's.
    static inline const QString googleUser = QStringLiteral("finance@contoso.example");
    // The one Xero app registered before 2 March 2026: it may still ask for the broad scopes
    // (accounting.transactions, accounting.reports.read). Every other client id is a newer app.
    static inline const QString xeroLegacyClientId = QStringLiteral("sandbox-xero-legacy-app");
    static inline const QString password = QStringLiteral("sandbox");
    static inline const QString servicePrincipalClientId = QStringLiteral("sandbox-client");
    static inline const QString servicePrincipalSecret = QStringLiteral("sandbox-secret");

    static inline const QString financeWorkspaceId =
        QStringLiteral("7f0a3c6e-1d2b-4c8e-9a51-3e6f2b8d4c10");
    static inline const QString boardWorkspaceId =
        QStringLiteral("7f0a3c6e-1d2b-4c8e-9a51-3e6f2b8d4c20");
    static inline const QString budgetDatasetId =
        QStringLiteral("0d4e5f60-7a8b-4c9d-8e0f-1a2b3c4d5e01");
    static inline const QString xeroDatasetId =
        QStringLiteral("c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f601");
    static inline const QString salesDatasetId =
        QStringLiteral("c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f602");
    static inline const QString boardDatasetId =
        QStringLiteral("c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f603");
    static inline const QString xeroDatasourceId =
        QStringLiteral("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70801");
    static inline const QString xeroGatewayId =
        QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e501");
    // "Xero via connector" in Finance: a custom Xero connector (its own kind, XeroConnector)
    // behind the on-premises gateway, whose last refresh failed on the Xero sign-in.
    static inline const QString connectorDatasetId =
        QStringLiteral("c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f604");
    static inline const QString connectorDatasourceId =
        QStringLiteral("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70805");
    // Board Pack's SQL Server data source, behind the legacy gateway.
    static inline const QString boardDatasourceId =
        QStringLiteral("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70804");
    // On-premises gateways (GET /gateways/{id} gives their public keys): a 2048-bit one and a
    // legacy 1024-bit one. Every other gateway id of the scenario is a cloud one (404).
    static inline const QString onPremisesGatewayId =
        QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e511");
    static inline const QString legacyGatewayId =
        QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e512");
    static inline const QString contosoLtdTenantId =
        QStringLiteral("b7d3a1e0-2c4f-4a8b-9e61-5f0c3d2a1b01");
    static inline const QString contosoHoldingsTenantId =
        QStringLiteral("b7d3a1e0-2c4f-4a8b-9e61-5f0c3d2a1b02");

    static SandboxState ready(const QDateTime &now);
};
