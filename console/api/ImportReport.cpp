#include "api/ImportReport.h"

#include "api/JsonRead.h"
#include "api/RestClient.h"
#include "api/RestReply.h"

#include <QJsonArray>

namespace castellan::console {

ImportReport ImportReport::fromJson(const QJsonObject& object)
{
    ImportReport report;
    report.dryRun = json::boolean(object, "dry_run");
    report.mode = json::text(object, "mode");
    report.totalRows = json::integer(object, "total_rows");
    report.validRows = json::integer(object, "valid_rows");
    report.imported = json::integer(object, "imported");
    report.skipped = json::integer(object, "skipped");
    for (const QJsonValue& value : object.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject issue = value.toObject();
        report.issues.append({json::integer(issue, "line"), json::text(issue, "field"), json::text(issue, "message")});
    }
    return report;
}

RestReply* uploadCsvImport(RestClient& client, const QString& path, const QByteArray& csv, bool dryRun, ImportMode mode,
                           QObject* context, ApiCallback<ImportReport> done)
{
    constexpr int kHttpUnprocessable = 422;
    constexpr int kImportTimeoutMs = 10 * 60 * 1000;
    RestRequest request;
    request.method = "POST";
    request.path = path;
    request.query.addQueryItem(QStringLiteral("dry_run"), dryRun ? QStringLiteral("true") : QStringLiteral("false"));
    request.query.addQueryItem(QStringLiteral("mode"), mode == ImportMode::AllOrNothing
                                                           ? QStringLiteral("all_or_nothing")
                                                           : QStringLiteral("skip_invalid"));
    request.body = csv;
    request.contentType = "text/csv; charset=utf-8";
    request.timeoutMs = kImportTimeoutMs;
    RestReply* reply = client.send(request);
    QObject::connect(reply, &RestReply::finished, context ? context : reply, [reply, done = std::move(done)] {
        const ApiError error = reply->error();
        // A refused file is a 422 problem that carries the report's members.
        if (error.status() == kHttpUnprocessable && error.problem().contains(QStringLiteral("total_rows"))) {
            ImportReport report = ImportReport::fromJson(error.problem());
            report.refused = true;
            report.refusal = error.message();
            done(report);
            return;
        }
        done(reply->succeeded() ? ApiResult<ImportReport>(ImportReport::fromJson(reply->json()))
                                : ApiResult<ImportReport>(error));
    });
    return reply;
}

} // namespace castellan::console
