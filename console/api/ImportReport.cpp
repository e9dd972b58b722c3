#include "api/ImportReport.h"

#include "api/JsonRead.h"

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

} // namespace castellan::console
