#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace castellan::console {

/// What `POST /users/import` answers: counts and one issue per problem, by physical line of the file.
struct ImportReport
{
    struct Issue
    {
        qint64 line = 0;
        QString field; ///< empty: the line as a whole
        QString message;
    };

    bool dryRun = false;
    QString mode;
    qint64 totalRows = 0;
    qint64 validRows = 0;
    qint64 imported = 0;
    qint64 skipped = 0;
    QList<Issue> issues;
    /// The server refused the whole file (all-or-nothing with problems); refusal says why.
    bool refused = false;
    QString refusal;

    static ImportReport fromJson(const QJsonObject& object);
};

} // namespace castellan::console
