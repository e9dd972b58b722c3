#include "api/ApplicationsApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

namespace castellan::console {

namespace {

QString profilePath(qint64 id)
{
    return QStringLiteral("/applications/%1").arg(id);
}

ApplicationProfile decodeProfile(const RestReply& reply)
{
    return ApplicationProfile::fromJson(reply.json());
}

} // namespace

RestReply* ApplicationsApi::list(const ListQuery& query, QObject* context,
                                 ApiCallback<ListPage<ApplicationProfile>> done)
{
    return deliver<ListPage<ApplicationProfile>>(
        m_client.send(RestRequest::get(QStringLiteral("/applications"), query.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<ApplicationProfile>::fromJson(reply.json()); }, std::move(done));
}

RestReply* ApplicationsApi::get(qint64 id, QObject* context, ApiCallback<Tagged<ApplicationProfile>> done)
{
    return deliver<Tagged<ApplicationProfile>>(
        m_client.send(RestRequest::get(profilePath(id))), context,
        [](const RestReply& reply) {
            return Tagged<ApplicationProfile>{decodeProfile(reply), reply.etag()};
        },
        std::move(done));
}

RestReply* ApplicationsApi::create(const ApplicationProfile& profile, QObject* context,
                                   ApiCallback<ApplicationProfile> done)
{
    return deliver<ApplicationProfile>(
        m_client.send(RestRequest::withJson("POST", QStringLiteral("/applications"), profile.toJson(true))), context,
        decodeProfile, std::move(done));
}

RestReply* ApplicationsApi::update(const ApplicationProfile& profile, const QByteArray& etag, QObject* context,
                                   ApiCallback<ApplicationProfile> done)
{
    RestRequest request = RestRequest::withJson("PATCH", profilePath(profile.id), profile.toJson(false));
    request.ifMatch = etag;
    return deliver<ApplicationProfile>(m_client.send(request), context, decodeProfile, std::move(done));
}

RestReply* ApplicationsApi::remove(qint64 id, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::remove(profilePath(id))), context, std::move(done));
}

RestReply* ApplicationsApi::dictionary(QObject* context, ApiCallback<ListPage<RadiusDictionaryEntry>> done)
{
    return deliver<ListPage<RadiusDictionaryEntry>>(
        m_client.send(RestRequest::get(QStringLiteral("/radius-dictionary"))), context,
        [](const RestReply& reply) { return ListPage<RadiusDictionaryEntry>::fromJson(reply.json()); },
        std::move(done));
}

} // namespace castellan::console
