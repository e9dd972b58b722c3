#include "api/AuditApi.h"

#include "api/ApiCall.h"
#include "api/JsonRead.h"
#include "api/RestClient.h"

namespace castellan::console {

QUrlQuery AuditApi::filterQuery(const AuditFilter& filter)
{
    QUrlQuery query;
    const auto addText = [&query](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty()) {
            query.addQueryItem(QLatin1String(key), value.trimmed());
        }
    };
    addText("user", filter.user);
    addText("actor", filter.actor);
    addText("event", filter.event);
    if (filter.from.isValid()) {
        query.addQueryItem(QStringLiteral("from"), json::rfc3339(filter.from));
    }
    if (filter.to.isValid()) {
        query.addQueryItem(QStringLiteral("to"), json::rfc3339(filter.to));
    }
    return query;
}

RestReply* AuditApi::list(const ListQuery& query, QObject* context, ApiCallback<ListPage<AuditEntry>> done)
{
    return deliver<ListPage<AuditEntry>>(
        m_client.send(RestRequest::get(QStringLiteral("/audit"), query.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<AuditEntry>::fromJson(reply.json()); }, std::move(done));
}

} // namespace castellan::console
