#include "api/AdminsApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

namespace castellan::console {

namespace {

QString adminPath(qint64 id)
{
    return QStringLiteral("/admins/%1").arg(id);
}

Administrator decodeAdmin(const RestReply& reply)
{
    return Administrator::fromJson(reply.json());
}

} // namespace

RestReply* AdminsApi::list(const ListQuery& query, QObject* context, ApiCallback<ListPage<Administrator>> done)
{
    return deliver<ListPage<Administrator>>(
        m_client.send(RestRequest::get(QStringLiteral("/admins"), query.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<Administrator>::fromJson(reply.json()); }, std::move(done));
}

RestReply* AdminsApi::create(const QString& username, QObject* context, ApiCallback<Administrator> done)
{
    const QJsonObject body{{QStringLiteral("username"), username}};
    return deliver<Administrator>(m_client.send(RestRequest::withJson("POST", QStringLiteral("/admins"), body)),
                                  context, decodeAdmin, std::move(done));
}

RestReply* AdminsApi::setEnabled(qint64 id, bool enabled, QObject* context, ApiCallback<Administrator> done)
{
    const QJsonObject body{{QStringLiteral("enabled"), enabled}};
    return deliver<Administrator>(m_client.send(RestRequest::withJson("PATCH", adminPath(id), body)), context,
                                  decodeAdmin, std::move(done));
}

RestReply* AdminsApi::reset(qint64 id, QObject* context, ApiCallback<Administrator> done)
{
    return deliver<Administrator>(
        m_client.send(RestRequest::withJson("POST", adminPath(id) + QStringLiteral("/reset"), {})), context,
        decodeAdmin, std::move(done));
}

RestReply* AdminsApi::remove(qint64 id, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::remove(adminPath(id))), context, std::move(done));
}

} // namespace castellan::console
