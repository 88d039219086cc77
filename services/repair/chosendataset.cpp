#include "chosendataset.h"

#include <QJsonObject>

namespace {
const QString workspaceIdKey = QStringLiteral("dataset/workspaceId");
const QString workspaceNameKey = QStringLiteral("dataset/workspaceName");
const QString datasetIdKey = QStringLiteral("dataset/id");
const QString datasetNameKey = QStringLiteral("dataset/name");
const QString dedicatedKey = QStringLiteral("dataset/workspaceOnDedicatedCapacity");
} // namespace

ChosenDataset::ChosenDataset(QSettings *settings, const Endpoints &endpoints, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_endpoints(endpoints)
{}

void ChosenDataset::choose(const DatasetChoice &choice)
{
    if (choice.ref() != m_choice.ref())
        m_pickedXeroSource.clear();
    m_choice = choice;
    emit changed(choice);
}

void ChosenDataset::update(const DatasetRef &ref, const Dataset &dataset)
{
    // Another dataset may have been chosen while this one was read: keep that choice.
    if (m_choice.ref() != ref)
        return;
    const bool ownerChanged = m_choice.dataset.configuredBy() != dataset.configuredBy();
    m_choice.dataset = dataset;
    if (ownerChanged)
        emit changed(m_choice);
}

void ChosenDataset::setOwner(const QString &account)
{
    // The service answers a take-over with an empty body: the owner is whoever is signed in.
    const QJsonObject dataset{{QStringLiteral("id"), m_choice.dataset.id()},
                              {QStringLiteral("name"), m_choice.dataset.name()},
                              {QStringLiteral("configuredBy"), account}};
    const Result<Dataset> owned = Dataset::fromJson(dataset, m_choice.workspace.id());
    if (owned)
        m_choice.dataset = owned.value();
    emit changed(m_choice);
}

QUrl ChosenDataset::settingsPage() const
{
    return m_endpoints.datasetSettingsPage(m_choice.workspace.id(), m_choice.dataset.id());
}

void ChosenDataset::remember()
{
    if (!m_settings || !isChosen())
        return;
    m_settings->setValue(workspaceIdKey, m_choice.workspace.id());
    m_settings->setValue(workspaceNameKey, m_choice.workspace.name());
    m_settings->setValue(datasetIdKey, m_choice.dataset.id());
    m_settings->setValue(datasetNameKey, m_choice.dataset.name());
    m_settings->setValue(dedicatedKey, m_choice.workspace.isOnDedicatedCapacity());
}

std::optional<DatasetRef> ChosenDataset::remembered() const
{
    if (!m_settings)
        return std::nullopt;
    const QString datasetId = m_settings->value(datasetIdKey).toString();
    if (datasetId.isEmpty())
        return std::nullopt;
    return DatasetRef(m_settings->value(workspaceIdKey).toString(), datasetId);
}

bool ChosenDataset::chooseRemembered()
{
    const std::optional<DatasetRef> ref = remembered();
    if (!ref)
        return false;
    Workspace workspace = DatasetChoice::myWorkspace();
    if (!ref->isInMyWorkspace()) {
        const Result<Workspace> listed = Workspace::fromJson(
            {{QStringLiteral("id"), ref->workspaceId()},
             {QStringLiteral("name"), m_settings->value(workspaceNameKey).toString()},
             {QStringLiteral("isOnDedicatedCapacity"), m_settings->value(dedicatedKey).toBool()}});
        if (!listed)
            return false;
        workspace = listed.value();
    }
    const QString name = m_settings->value(datasetNameKey).toString();
    const Result<Dataset> dataset = Dataset::fromJson(
        {{QStringLiteral("id"), ref->datasetId()}, {QStringLiteral("name"), name}},
        ref->workspaceId());
    if (!dataset)
        return false;
    choose(DatasetChoice{workspace, dataset.value(), DatasetChoice::nameSaysXero(name)});
    return true;
}

namespace {
QString xeroSourceKey(const QString &datasetId)
{
    return QStringLiteral("xeroSource/") + datasetId;
}
} // namespace

QString ChosenDataset::pickedXeroSource() const
{
    if (!isChosen())
        return {};
    if (!m_pickedXeroSource.isEmpty() || !m_settings)
        return m_pickedXeroSource;
    return m_settings->value(xeroSourceKey(m_choice.dataset.id())).toString();
}

void ChosenDataset::pickXeroSource(const Datasource &source)
{
    m_pickedXeroSource = source.key();
    if (m_settings && isChosen())
        m_settings->setValue(xeroSourceKey(m_choice.dataset.id()), m_pickedXeroSource);
    emit changed(m_choice);
}

ApiError ChosenDataset::noneChosenError()
{
    return ApiError::http(ApiError::Service::PowerBi, 0, QStringLiteral("NoDatasetSelected"),
                          tr("No dataset is chosen yet."));
}
