#pragma once

#include "datasetchoice.h"

#include <QList>
#include <QString>

#include <optional>

// The last catalogue an account saw, kept between starts so that the list shows at once while
// a fresh one loads. It holds ids, names and whether each dataset reads Xero: no token and no
// secret. One file per account in the folder given (the program's cache folder, or the kept
// sandbox's own), written whole or not at all, readable by the user alone. A file this version
// cannot read is removed and forgotten: the fresh catalogue follows anyway.
class CatalogueCache
{
public:
    // folder empty: nothing is kept.
    explicit CatalogueCache(QString folder = {});

    bool isEnabled() const { return !m_folder.isEmpty(); }
    // The account's last catalogue; nullopt when none is kept or it could not be read.
    std::optional<QList<DatasetChoice>> load(const QString &account) const;
    bool save(const QString &account, const QList<DatasetChoice> &datasets) const;
    // Where the account's catalogue is kept: the account's name is not in the path.
    QString fileFor(const QString &account) const;

private:
    QString m_folder;
};
