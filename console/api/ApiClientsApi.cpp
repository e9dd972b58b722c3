#include "api/ApiClientsApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

namespace castellan::console {

namespace {

QString clientPath(qint64 id)
{
    return QStringLiteral("/api-clients/%1").arg(id);
}

ApiClient decodeClient(const RestReply& reply)
{
    return ApiClient::fromJson(reply.json());
}

} // namespace

RestReply* ApiClientsApi::list(const ListQuery& query, QObject* context, ApiCallback<ListPage<ApiClient>> done)
{
    return deliver<ListPage<ApiClient>>(
        m_client.send(RestRequest::get(QStringLiteral("/api-clients"), query.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<ApiClient>::fromJson(reply.json()); }, std::move(done));
}

RestReply* ApiClientsApi::get(qint64 id, QObject* context, ApiCallback<Tagged<ApiClient>> done)
{
    return deliver<Tagged<ApiClient>>(
        m_client.send(RestRequest::get(clientPath(id))), context,
        [](const RestReply& reply) {
            return Tagged<ApiClient>{decodeClient(reply), reply.etag()};
        },
        std::move(done));
}

RestReply* ApiClientsApi::create(ApiClient::Type type, const QString& name, QObject* context,
                                 ApiCallback<ApiClient> done)
{
    const QJsonObject body{{QStringLiteral("type"), ApiClient::typeName(type)}, {QStringLiteral("name"), name}};
    return deliver<ApiClient>(m_client.send(RestRequest::withJson("POST", QStringLiteral("/api-clients"), body)),
                              context, decodeClient, std::move(done));
}

RestReply* ApiClientsApi::rename(qint64 id, const QString& name, const QByteArray& etag, QObject* context,
                                 ApiCallback<ApiClient> done)
{
    RestRequest request = RestRequest::withJson("PATCH", clientPath(id), {{QStringLiteral("name"), name}});
    request.ifMatch = etag;
    return deliver<ApiClient>(m_client.send(request), context, decodeClient, std::move(done));
}

RestReply* ApiClientsApi::setEnabled(qint64 id, bool enabled, QObject* context, ApiCallback<ApiClient> done)
{
    const QJsonObject body{{QStringLiteral("enabled"), enabled}};
    return deliver<ApiClient>(m_client.send(RestRequest::withJson("PATCH", clientPath(id), body)), context,
                              decodeClient, std::move(done));
}

RestReply* ApiClientsApi::rotateSecret(qint64 id, QObject* context, ApiCallback<ApiClient> done)
{
    return deliver<ApiClient>(
        m_client.send(RestRequest::withJson("POST", clientPath(id) + QStringLiteral("/secret"), {})), context,
        decodeClient, std::move(done));
}

RestReply* ApiClientsApi::remove(qint64 id, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::remove(clientPath(id))), context, std::move(done));
}

} // namespace castellan::console
