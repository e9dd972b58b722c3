#include "api/ServiceProvidersApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

namespace castellan::console {

namespace {

QString providerPath(qint64 id)
{
    return QStringLiteral("/service-providers/%1").arg(id);
}

ServiceProvider decodeProvider(const RestReply& reply)
{
    return ServiceProvider::fromJson(reply.json());
}

/// `body` with the metadata XML, or the https URL the server fetches it from.
QJsonObject withMetadata(QJsonObject body, const MetadataSource& source)
{
    if (!source.url.isEmpty()) {
        body.insert(QStringLiteral("metadata_url"), source.url);
    } else {
        body.insert(QStringLiteral("metadata"), source.xml);
    }
    return body;
}

} // namespace

RestReply* ServiceProvidersApi::list(const ListQuery& query, QObject* context,
                                     ApiCallback<ListPage<ServiceProvider>> done)
{
    return deliver<ListPage<ServiceProvider>>(
        m_client.send(RestRequest::get(QStringLiteral("/service-providers"), query.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<ServiceProvider>::fromJson(reply.json()); }, std::move(done));
}

RestReply* ServiceProvidersApi::get(qint64 id, QObject* context, ApiCallback<ServiceProvider> done)
{
    return deliver<ServiceProvider>(m_client.send(RestRequest::get(providerPath(id))), context, decodeProvider,
                                    std::move(done));
}

RestReply* ServiceProvidersApi::create(const MetadataSource& source, const ServiceProvider& fields, QObject* context,
                                       ApiCallback<ServiceProvider> done)
{
    return deliver<ServiceProvider>(m_client.send(RestRequest::withJson("POST", QStringLiteral("/service-providers"),
                                                                        withMetadata(fields.toJson(), source))),
                                    context, decodeProvider, std::move(done));
}

RestReply* ServiceProvidersApi::update(const ServiceProvider& provider, const std::optional<MetadataSource>& metadata,
                                       QObject* context, ApiCallback<ServiceProvider> done)
{
    const QJsonObject body = metadata ? withMetadata(provider.toJson(), *metadata) : provider.toJson();
    RestRequest request = RestRequest::withJson("PATCH", providerPath(provider.id), body);
    request.ifMatch = provider.etag(); // what the admin edited; someone else's change since is refused, not overwritten
    return deliver<ServiceProvider>(m_client.send(request), context, decodeProvider, std::move(done));
}

RestReply* ServiceProvidersApi::remove(qint64 id, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::remove(providerPath(id))), context, std::move(done));
}

} // namespace castellan::console
