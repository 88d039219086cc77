#pragma once

#include "choosedatasetpage.h"
#include "wizardfixture.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QStringList>
#include <QTest>
#include <QTreeView>

// Step 0's dataset list as the user reads it (the rows shown, after any search) and clicks it.
class ChooseDatasetFixture : public WizardFixture
{
protected:
    ChooseDatasetPage *choosePage() const
    {
        return page<ChooseDatasetPage>(RepairWizard::PageChooseDataset);
    }

    QAbstractItemModel *shown() const { return choosePage()->datasetList()->model(); }
    int visibleRows() const { return shown()->rowCount(); }
    QString cell(int row, int column) const
    {
        return shown()->index(row, column).data().toString();
    }
    QStringList shownDatasets() const
    {
        QStringList names;
        for (int row = 0; row < visibleRows(); ++row)
            names << cell(row, 0);
        return names;
    }
    int rowOf(const QString &dataset) const
    {
        return static_cast<int>(shownDatasets().indexOf(dataset));
    }

    void search(const QString &text) const { choosePage()->searchBox()->setText(text); }

    void clickRow(int row) const
    {
        QTreeView *list = choosePage()->datasetList();
        const QRect place = list->visualRect(shown()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, place.center());
    }
};
