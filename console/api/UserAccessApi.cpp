#include "api/UserAccessApi.h"

#include "api/ApiCall.h"
#include "api/JsonRead.h"
#include "api/ListPage.h"
#include "api/RestClient.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace castellan::console {

namespace {

QString userPath(qint64 userId, const QString& rest)
{
    return QStringLiteral("/users/%1/").arg(userId) + rest;
}

} // namespace

RestReply* UserAccessApi::securityKeys(qint64 userId, QObject* context, ApiCallback<QList<SecurityKey>> done)
{
    return deliver<QList<SecurityKey>>(
        m_client.send(RestRequest::get(userPath(userId, QStringLiteral("security-keys")))), context,
        [](const RestReply& reply) { return ListPage<SecurityKey>::fromJson(reply.json()).items; }, std::move(done));
}

RestReply* UserAccessApi::removeSecurityKey(qint64 userId, qint64 keyId, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(
        m_client.send(RestRequest::remove(userPath(userId, QStringLiteral("security-keys/%1").arg(keyId)))), context,
        std::move(done));
}

RestReply* UserAccessApi::sessions(qint64 userId, QObject* context, ApiCallback<QList<PortalSession>> done)
{
    return deliver<QList<PortalSession>>(
        m_client.send(RestRequest::get(userPath(userId, QStringLiteral("sessions")))), context,
        [](const RestReply& reply) { return ListPage<PortalSession>::fromJson(reply.json()).items; }, std::move(done));
}

RestReply* UserAccessApi::endSession(qint64 userId, const QString& sessionId, QObject* context,
                                     ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::remove(userPath(userId, QStringLiteral("sessions/")) +
                                                              RestRequest::pathSegment(sessionId))),
                            context, std::move(done));
}

RestReply* UserAccessApi::licenseStanding(const QString& username, QObject* context, ApiCallback<LicenseStanding> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user"), username);
    return deliver<LicenseStanding>(
        m_client.send(RestRequest::get(QStringLiteral("/license/usage"), query)), context,
        [username](const RestReply& reply) {
            const QJsonObject answer = reply.json();
            LicenseStanding standing;
            standing.month = json::text(answer, "month");
            // Only the user's own row counts (a server without the `user` filter answers the month's first page).
            for (const QJsonValue& item : answer.value(QStringLiteral("items")).toArray()) {
                const QJsonObject row = item.toObject();
                if (json::text(row, "username").compare(username, Qt::CaseInsensitive) == 0) {
                    standing.counted = true;
                    standing.firstSeen = json::time(row, "first_seen");
                    standing.lastLogin = json::time(row, "last_login");
                }
            }
            return standing;
        },
        std::move(done));
}

} // namespace castellan::console
