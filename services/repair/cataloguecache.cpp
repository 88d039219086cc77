#include "cataloguecache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcCatalogueCache, "xra.finder.cache")

namespace {

constexpr int formatVersion = 1;

QJsonObject toJson(const DatasetChoice &choice)
{
    return {{QStringLiteral("workspaceId"), choice.workspace.id()},
            {QStringLiteral("workspaceName"), choice.workspace.name()},
            {QStringLiteral("datasetId"), choice.dataset.id()},
            {QStringLiteral("datasetName"), choice.dataset.name()},
            {QStringLiteral("isXero"), choice.isXero}};
}

std::optional<DatasetChoice> fromJson(const QJsonObject &object)
{
    const QString workspaceId = object.value(QStringLiteral("workspaceId")).toString();
    const Result<Dataset> dataset =
        Dataset::fromJson({{QStringLiteral("id"), object.value(QStringLiteral("datasetId"))},
                           {QStringLiteral("name"), object.value(QStringLiteral("datasetName"))}},
                          workspaceId);
    if (!dataset)
        return std::nullopt;
    Workspace workspace = DatasetChoice::myWorkspace();
    if (!workspaceId.isEmpty()) {
        const Result<Workspace> named = Workspace::fromJson(
            {{QStringLiteral("id"), workspaceId},
             {QStringLiteral("name"), object.value(QStringLiteral("workspaceName"))}});
        if (!named)
            return std::nullopt;
        workspace = named.value();
    }
    return DatasetChoice{workspace, dataset.value(),
                         object.value(QStringLiteral("isXero")).toBool()};
}

std::optional<QList<DatasetChoice>> readDocument(const QByteArray &bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject() ||
        document.object().value(QStringLiteral("version")).toInt() != formatVersion)
        return std::nullopt;
    const QJsonValue datasets = document.object().value(QStringLiteral("datasets"));
    if (!datasets.isArray())
        return std::nullopt;
    QList<DatasetChoice> choices;
    for (const QJsonValue &entry : datasets.toArray()) {
        const std::optional<DatasetChoice> choice = fromJson(entry.toObject());
        if (!choice)
            return std::nullopt;
        choices.append(*choice);
    }
    return choices;
}

} // namespace

CatalogueCache::CatalogueCache(QString folder)
    : m_folder(std::move(folder))
{}

QString CatalogueCache::fileFor(const QString &account) const
{
    const QByteArray digest =
        QCryptographicHash::hash(account.toLower().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_folder).filePath(
        QStringLiteral("catalogue-%1.json").arg(QString::fromLatin1(digest.left(16))));
}

std::optional<QList<DatasetChoice>> CatalogueCache::load(const QString &account) const
{
    if (!isEnabled() || account.isEmpty())
        return std::nullopt;
    QFile file(fileFor(account));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const std::optional<QList<DatasetChoice>> choices = readDocument(file.readAll());
    if (!choices) {
        qCWarning(lcCatalogueCache) << "the kept catalogue could not be read: removed";
        file.close();
        file.remove();
    }
    return choices;
}

bool CatalogueCache::save(const QString &account, const QList<DatasetChoice> &datasets) const
{
    if (!isEnabled() || account.isEmpty())
        return false;
    if (!QDir().mkpath(m_folder))
        return false;
    QJsonArray entries;
    for (const DatasetChoice &choice : datasets)
        entries.append(toJson(choice));
    QSaveFile file(fileFor(account));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Set before any byte is written: the names are the user's business alone.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), formatVersion},
                                         {QStringLiteral("datasets"), entries}})
                   .toJson(QJsonDocument::Compact));
    const bool saved = file.commit();
    if (!saved)
        qCWarning(lcCatalogueCache) << "the catalogue could not be kept:" << file.errorString();
    return saved;
}
