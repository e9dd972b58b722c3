#include "api/BlocksApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

namespace castellan::console {

RestReply* BlocksApi::list(const ListQuery& query, QObject* context, ApiCallback<ListPage<UserBlock>> done)
{
    return deliver<ListPage<UserBlock>>(
        m_client.send(RestRequest::get(QStringLiteral("/blocks"), query.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<UserBlock>::fromJson(reply.json()); }, std::move(done));
}

RestReply* BlocksApi::block(const BlockRequest& request, QObject* context, ApiCallback<UserBlock> done)
{
    QJsonObject body{{QStringLiteral("username"), request.username}, {QStringLiteral("reason"), request.reason}};
    if (request.durationSeconds) {
        body.insert(QStringLiteral("duration_seconds"), *request.durationSeconds);
    }
    return deliver<UserBlock>(
        m_client.send(RestRequest::withJson("POST", QStringLiteral("/blocks"), body)), context,
        [](const RestReply& reply) { return UserBlock::fromJson(reply.json()); }, std::move(done));
}

RestReply* BlocksApi::unblock(const QString& username, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(
        m_client.send(RestRequest::remove(QStringLiteral("/blocks/") + RestRequest::pathSegment(username))), context,
        std::move(done));
}

} // namespace castellan::console
