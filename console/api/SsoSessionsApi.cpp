#include "api/SsoSessionsApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

namespace castellan::console {

RestReply* SsoSessionsApi::list(const ListQuery& query, QObject* context, ApiCallback<ListPage<SsoSession>> done)
{
    ListQuery byUser = query;
    byUser.search.clear();
    byUser.sortKey.clear(); // the route has one order: newest first
    if (!query.search.isEmpty()) {
        byUser.filters.addQueryItem(QStringLiteral("user"), query.search);
    }
    return deliver<ListPage<SsoSession>>(
        m_client.send(RestRequest::get(QStringLiteral("/sso-sessions"), byUser.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<SsoSession>::fromJson(reply.json()); }, std::move(done));
}

RestReply* SsoSessionsApi::end(const QString& id, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(
        m_client.send(RestRequest::remove(QStringLiteral("/sso-sessions/") + RestRequest::pathSegment(id))), context,
        std::move(done));
}

} // namespace castellan::console
