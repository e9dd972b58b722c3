#include "api/RadiusClientsApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

namespace castellan::console {

namespace {

QString clientPath(qint64 id)
{
    return QStringLiteral("/radius-clients/%1").arg(id);
}

RadiusClient decodeClient(const RestReply& reply)
{
    return RadiusClient::fromJson(reply.json());
}

} // namespace

RestReply* RadiusClientsApi::list(const ListQuery& query, QObject* context, ApiCallback<ListPage<RadiusClient>> done)
{
    return deliver<ListPage<RadiusClient>>(
        m_client.send(RestRequest::get(QStringLiteral("/radius-clients"), query.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<RadiusClient>::fromJson(reply.json()); }, std::move(done));
}

RestReply* RadiusClientsApi::get(qint64 id, QObject* context, ApiCallback<Tagged<RadiusClient>> done)
{
    return deliver<Tagged<RadiusClient>>(
        m_client.send(RestRequest::get(clientPath(id))), context,
        [](const RestReply& reply) {
            return Tagged<RadiusClient>{decodeClient(reply), reply.etag()};
        },
        std::move(done));
}

RestReply* RadiusClientsApi::create(const RadiusClient& client, const QString& secret, QObject* context,
                                    ApiCallback<RadiusClient> done)
{
    return deliver<RadiusClient>(
        m_client.send(RestRequest::withJson("POST", QStringLiteral("/radius-clients"), client.toJson(secret))), context,
        decodeClient, std::move(done));
}

RestReply* RadiusClientsApi::update(const RadiusClient& client, const QString& secret, const QByteArray& etag,
                                    QObject* context, ApiCallback<RadiusClient> done)
{
    RestRequest request = RestRequest::withJson("PATCH", clientPath(client.id), client.toJson(secret));
    request.ifMatch = etag;
    return deliver<RadiusClient>(m_client.send(request), context, decodeClient, std::move(done));
}

RestReply* RadiusClientsApi::remove(qint64 id, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::remove(clientPath(id))), context, std::move(done));
}

} // namespace castellan::console
