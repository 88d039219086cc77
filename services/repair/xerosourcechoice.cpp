#include "xerosourcechoice.h"

#include <algorithm>

XeroSourceChoice XeroSourceChoice::from(const QList<Datasource> &sources, const QString &pickedKey)
{
    XeroSourceChoice choice;
    choice.sources = sources;
    const auto picked = std::find_if(sources.cbegin(), sources.cend(), [&](const Datasource &s) {
        return !pickedKey.isEmpty() && s.key().compare(pickedKey, Qt::CaseInsensitive) == 0;
    });
    if (picked != sources.cend()) {
        choice.chosen = *picked;
        choice.pickedByUser = true;
        return choice;
    }
    QList<Datasource> xeroLike;
    std::copy_if(sources.cbegin(), sources.cend(), std::back_inserter(xeroLike),
                 [](const Datasource &s) { return s.looksLikeXero() && canTakeCredentials(s); });
    if (xeroLike.size() == 1)
        choice.chosen = xeroLike.first();
    return choice;
}

bool XeroSourceChoice::canTakeCredentials(const Datasource &source)
{
    return !source.gatewayId().isEmpty() && !source.datasourceId().isEmpty();
}

ApiError XeroSourceChoice::notChosenError() const
{
    const QString sentence =
        sources.isEmpty()
            ? tr("Power BI lists no data source for this dataset, so there is no Xero "
                 "credential to give it.")
            : tr("Choose which data source of the dataset reads Xero (on Settings for Xero): "
                 "no credential is given to Power BI until then.");
    return ApiError::http(ApiError::Service::PowerBi, 0, notChosenCode(), sentence)
        .withExplanation(sentence);
}
