#include "api/SamlIdpApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

namespace castellan::console {

namespace {

QString keyPath(const QString& id)
{
    return QStringLiteral("/saml/keys/") + RestRequest::pathSegment(id);
}

IdpKey decodeKey(const RestReply& reply)
{
    return IdpKey::fromJson(reply.json());
}

} // namespace

RestReply* SamlIdpApi::metadata(QObject* context, ApiCallback<QByteArray> done)
{
    RestRequest request = RestRequest::get(QStringLiteral("/saml/metadata"));
    request.fromServerRoot = true;
    request.authenticated = false; // published for every SP
    return deliver<QByteArray>(
        m_client.send(request), context, [](const RestReply& reply) { return reply.body(); }, std::move(done));
}

RestReply* SamlIdpApi::keys(QObject* context, ApiCallback<ListPage<IdpKey>> done)
{
    return deliver<ListPage<IdpKey>>(
        m_client.send(RestRequest::get(QStringLiteral("/saml/keys"))), context,
        [](const RestReply& reply) { return ListPage<IdpKey>::fromJson(reply.json()); }, std::move(done));
}

RestReply* SamlIdpApi::generateNext(QObject* context, ApiCallback<IdpKey> done)
{
    return deliver<IdpKey>(m_client.send(RestRequest::withJson("POST", QStringLiteral("/saml/keys"), QJsonObject())),
                           context, decodeKey, std::move(done));
}

RestReply* SamlIdpApi::activate(const QString& id, QObject* context, ApiCallback<IdpKey> done)
{
    return deliver<IdpKey>(
        m_client.send(RestRequest::withJson("POST", keyPath(id) + QStringLiteral("/activate"), QJsonObject())), context,
        decodeKey, std::move(done));
}

RestReply* SamlIdpApi::retire(const QString& id, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::remove(keyPath(id))), context, std::move(done));
}

} // namespace castellan::console
