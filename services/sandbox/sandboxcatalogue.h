#pragma once

#include <QDateTime>

class SandboxState;

// A large catalogue made on request, for the benchmark and for paging tests: workspaces of
// datasets, some of them reading Xero, each with an owner, a schedule, a data source and a short
// refresh history, so that every listing and data-source call is answered as the service would.
// Everything is deterministic (ids, names, which datasets read Xero) but the refreshes' request
// ids, so that tests and scripts can name what they look for.
class SandboxCatalogue
{
public:
    struct Shape
    {
        int workspaces = 0;
        int datasetsEach = 0;
        // One dataset in xeroEvery reads Xero (0: none). Half of those say so in their name
        // ("Xero Ledger 0042-7"); for the other half only the data source does ("Sales 0042-3").
        int xeroEvery = 0;
    };

    // Appends shape.workspaces workspaces ("Workspace 001"...) and their datasets.
    static void add(SandboxState &state, const Shape &shape, const QDateTime &now);

    // Whether the dataset numbered `ordinal` (0-based, in the order add() makes them) reads Xero.
    static bool readsXero(int ordinal, int xeroEvery);
    // The name of a generated dataset: its workspace's number (1-based) and its own (1-based).
    static QString datasetName(int workspaceNumber, int datasetNumber, int ordinal, int xeroEvery);
};
