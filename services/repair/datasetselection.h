#pragma once

#include "datasetchoice.h"

#include <QList>
#include <QString>

// The outcome of choosing a dataset from what the user named (an id or a name, or nothing):
// one dataset, none, or several that the user has to tell apart.
struct DatasetSelection
{
    enum class Outcome
    {
        Found,
        NotFound,
        Ambiguous,
    };

    Outcome outcome = Outcome::NotFound;
    DatasetChoice choice;            // Found
    QList<DatasetChoice> candidates; // Ambiguous: the datasets that matched
    QString sentence;                // NotFound and Ambiguous: what went wrong, in plain words

    static DatasetSelection found(const DatasetChoice &choice)
    {
        return {Outcome::Found, choice, {}, {}};
    }
    static DatasetSelection notFound(const QString &sentence)
    {
        return {Outcome::NotFound, {}, {}, sentence};
    }
    static DatasetSelection ambiguous(const QString &sentence,
                                      const QList<DatasetChoice> &candidates)
    {
        return {Outcome::Ambiguous, {}, candidates, sentence};
    }
    bool isFound() const { return outcome == Outcome::Found; }
};
