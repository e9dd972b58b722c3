#include "api/UsersApi.h"

#include "api/ApiCall.h"
#include "api/JsonRead.h"
#include "api/RestClient.h"

#include <QJsonArray>

namespace castellan::console {

namespace {

QString userPath(qint64 id)
{
    return QStringLiteral("/users/%1").arg(id);
}

LocalUser decodeUser(const RestReply& reply)
{
    return LocalUser::fromJson(reply.json());
}

QJsonValue expiry(const QDateTime& expiresAt)
{
    return expiresAt.isValid() ? QJsonValue(json::rfc3339(expiresAt)) : QJsonValue(QJsonValue::Null);
}

/// The fields create and update share.
QJsonObject profileJson(const LocalUserDraft& draft)
{
    return {{QStringLiteral("first_name"), draft.firstName},
            {QStringLiteral("last_name"), draft.lastName},
            {QStringLiteral("email"), draft.email},
            {QStringLiteral("phone"), draft.phone},
            {QStringLiteral("expires_at"), expiry(draft.expiresAt)},
            {QStringLiteral("framed_ip"), draft.framedIp},
            {QStringLiteral("sponsor_name"), draft.sponsorName},
            {QStringLiteral("sponsor_email"), draft.sponsorEmail},
            {QStringLiteral("description"), draft.description},
            {QStringLiteral("enabled"), draft.enabled}};
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids) {
        array.append(id);
    }
    return array;
}

QList<TemporaryPassword> decodePasswords(const RestReply& reply)
{
    QList<TemporaryPassword> passwords;
    for (const QJsonValue& value : reply.json().value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        passwords.append(
            {json::integer(item, "id"), json::text(item, "username"), json::text(item, "temporary_password")});
    }
    return passwords;
}

} // namespace

RestReply* UsersApi::list(const ListQuery& query, QObject* context, ApiCallback<ListPage<LocalUser>> done)
{
    return deliver<ListPage<LocalUser>>(
        m_client.send(RestRequest::get(QStringLiteral("/users"), query.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<LocalUser>::fromJson(reply.json()); }, std::move(done));
}

RestReply* UsersApi::get(qint64 id, QObject* context, ApiCallback<Tagged<LocalUser>> done)
{
    return deliver<Tagged<LocalUser>>(
        m_client.send(RestRequest::get(userPath(id))), context,
        [](const RestReply& reply) {
            return Tagged<LocalUser>{decodeUser(reply), reply.etag()};
        },
        std::move(done));
}

RestReply* UsersApi::create(const LocalUserDraft& draft, QObject* context, ApiCallback<CreatedUser> done)
{
    QJsonObject body = profileJson(draft);
    body.insert(QStringLiteral("username"), draft.username);
    if (draft.generatePassword) {
        body.insert(QStringLiteral("generate_password"), true);
    } else {
        body.insert(QStringLiteral("password"), draft.password);
        body.insert(QStringLiteral("password_confirmation"), draft.passwordConfirmation);
    }
    return deliver<CreatedUser>(
        m_client.send(RestRequest::withJson("POST", QStringLiteral("/users"), body)), context,
        [](const RestReply& reply) {
            return CreatedUser{decodeUser(reply), json::text(reply.json(), "temporary_password")};
        },
        std::move(done));
}

RestReply* UsersApi::update(qint64 id, const LocalUserDraft& draft, const QByteArray& etag, QObject* context,
                            ApiCallback<LocalUser> done)
{
    RestRequest request = RestRequest::withJson("PATCH", userPath(id), profileJson(draft));
    request.ifMatch = etag;
    return deliver<LocalUser>(m_client.send(request), context, decodeUser, std::move(done));
}

RestReply* UsersApi::setEnabled(qint64 id, bool enabled, QObject* context, ApiCallback<LocalUser> done)
{
    const QJsonObject body{{QStringLiteral("enabled"), enabled}};
    return deliver<LocalUser>(m_client.send(RestRequest::withJson("PATCH", userPath(id), body)), context, decodeUser,
                              std::move(done));
}

RestReply* UsersApi::remove(qint64 id, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::remove(userPath(id))), context, std::move(done));
}

RestReply* UsersApi::setPassword(qint64 id, const QString& password, const QString& confirmation, bool mustChange,
                                 QObject* context, ApiCallback<NoContent> done)
{
    const QJsonObject body{{QStringLiteral("password"), password},
                           {QStringLiteral("password_confirmation"), confirmation},
                           {QStringLiteral("must_change_password"), mustChange}};
    return deliverNoContent(
        m_client.send(RestRequest::withJson("POST", userPath(id) + QStringLiteral("/password"), body)), context,
        std::move(done));
}

RestReply* UsersApi::generatePassword(qint64 id, QObject* context, ApiCallback<QString> done)
{
    const QJsonObject body{{QStringLiteral("generate"), true}};
    return deliver<QString>(
        m_client.send(RestRequest::withJson("POST", userPath(id) + QStringLiteral("/password"), body)), context,
        [](const RestReply& reply) { return json::text(reply.json(), "temporary_password"); }, std::move(done));
}

RestReply* UsersApi::terminateSessions(qint64 id, QObject* context, ApiCallback<qint64> done)
{
    return deliver<qint64>(
        m_client.send(RestRequest::remove(userPath(id) + QStringLiteral("/sessions"))), context,
        [](const RestReply& reply) { return json::integer(reply.json(), "terminated"); }, std::move(done));
}

RestReply* UsersApi::setExpiration(const QList<qint64>& ids, const QDateTime& expiresAt, QObject* context,
                                   ApiCallback<qint64> done)
{
    const QJsonObject body{{QStringLiteral("ids"), idArray(ids)}, {QStringLiteral("expires_at"), expiry(expiresAt)}};
    return deliver<qint64>(
        m_client.send(RestRequest::withJson("POST", QStringLiteral("/users/bulk/expiration"), body)), context,
        [](const RestReply& reply) { return json::integer(reply.json(), "updated"); }, std::move(done));
}

RestReply* UsersApi::extendExpiration(const QList<qint64>& ids, const ExpirationExtension& by, QObject* context,
                                      ApiCallback<ExtensionResult> done)
{
    const QString field =
        by.unit == ExpirationExtension::Unit::Days ? QStringLiteral("extend_days") : QStringLiteral("extend_months");
    const QJsonObject body{{QStringLiteral("ids"), idArray(ids)}, {field, by.amount}};
    return deliver<ExtensionResult>(
        m_client.send(RestRequest::withJson("POST", QStringLiteral("/users/bulk/expiration"), body)), context,
        [](const RestReply& reply) {
            return ExtensionResult{json::integer(reply.json(), "updated"),
                                   json::integer(reply.json(), "never_expiring")};
        },
        std::move(done));
}

RestReply* UsersApi::resetPasswords(const QList<qint64>& ids, ResetMode mode, QObject* context,
                                    ApiCallback<QList<TemporaryPassword>> done)
{
    const QJsonObject body{{QStringLiteral("ids"), idArray(ids)},
                           {QStringLiteral("mode"), mode == ResetMode::Temporary ? QStringLiteral("temporary")
                                                                                 : QStringLiteral("require_change")}};
    return deliver<QList<TemporaryPassword>>(
        m_client.send(RestRequest::withJson("POST", QStringLiteral("/users/bulk/password-reset"), body)), context,
        decodePasswords, std::move(done));
}

RestReply* UsersApi::importCsv(const QByteArray& csv, bool dryRun, ImportMode mode, QObject* context,
                               ApiCallback<ImportReport> done)
{
    return uploadCsvImport(m_client, QStringLiteral("/users/import"), csv, dryRun, mode, context, std::move(done));
}

RestReply* UsersApi::exportCsv(const QString& search, QObject* context, ApiCallback<QByteArray> done)
{
    QUrlQuery query;
    if (!search.isEmpty()) {
        query.addQueryItem(QStringLiteral("q"), search);
    }
    RestRequest request = RestRequest::get(QStringLiteral("/users/export"), query);
    request.timeoutMs = kImportTimeoutMs;
    return deliver<QByteArray>(
        m_client.send(request), context, [](const RestReply& reply) { return reply.body(); }, std::move(done));
}

RestReply* UsersApi::aliases(qint64 id, QObject* context, ApiCallback<QList<UserAlias>> done)
{
    return deliver<QList<UserAlias>>(
        m_client.send(RestRequest::get(userPath(id) + QStringLiteral("/aliases"))), context,
        [](const RestReply& reply) { return ListPage<UserAlias>::fromJson(reply.json()).items; }, std::move(done));
}

RestReply* UsersApi::addAlias(qint64 id, const QString& alias, QObject* context, ApiCallback<UserAlias> done)
{
    const QJsonObject body{{QStringLiteral("alias"), alias}};
    return deliver<UserAlias>(
        m_client.send(RestRequest::withJson("POST", userPath(id) + QStringLiteral("/aliases"), body)), context,
        [](const RestReply& reply) { return UserAlias::fromJson(reply.json()); }, std::move(done));
}

RestReply* UsersApi::removeAlias(qint64 id, const QString& alias, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::remove(userPath(id) + QStringLiteral("/aliases/") +
                                                              RestRequest::pathSegment(alias))),
                            context, std::move(done));
}

} // namespace castellan::console
