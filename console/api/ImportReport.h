#pragma once

#include "api/ApiResult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// What an import does with a file that has invalid lines.
enum class ImportMode
{
    AllOrNothing,
    SkipInvalid,
};

/// What the CSV imports (`POST /users/import`, `POST /hotp-tokens/import`) answer: counts and one issue per problem, by
/// physical line of the file.
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

/// Uploads a CSV file to an import route (`path`, e.g. "/users/import") as a dry run or for real. A refused file
/// (all or nothing, with problems) is not an error: the report says refused, with its issues.
RestReply* uploadCsvImport(RestClient& client, const QString& path, const QByteArray& csv, bool dryRun, ImportMode mode,
                           QObject* context, ApiCallback<ImportReport> done);

} // namespace castellan::console
