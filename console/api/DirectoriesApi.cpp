#include "api/DirectoriesApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

#include <QJsonArray>

namespace castellan::console {

namespace {

QString directoryPath(qint64 id)
{
    return QStringLiteral("/directories/%1").arg(id);
}

Directory decodeDirectory(const RestReply& reply)
{
    return Directory::fromJson(reply.json());
}

} // namespace

RestReply* DirectoriesApi::list(const ListQuery& query, QObject* context, ApiCallback<ListPage<Directory>> done)
{
    return deliver<ListPage<Directory>>(
        m_client.send(RestRequest::get(QStringLiteral("/directories"), query.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<Directory>::fromJson(reply.json()); }, std::move(done));
}

RestReply* DirectoriesApi::get(qint64 id, QObject* context, ApiCallback<Tagged<Directory>> done)
{
    return deliver<Tagged<Directory>>(
        m_client.send(RestRequest::get(directoryPath(id))), context,
        [](const RestReply& reply) {
            return Tagged<Directory>{decodeDirectory(reply), reply.etag()};
        },
        std::move(done));
}

RestReply* DirectoriesApi::create(const Directory& directory, const std::optional<QString>& bindPassword,
                                  QObject* context, ApiCallback<Directory> done)
{
    return deliver<Directory>(
        m_client.send(RestRequest::withJson("POST", QStringLiteral("/directories"), directory.toJson(bindPassword))),
        context, decodeDirectory, std::move(done));
}

RestReply* DirectoriesApi::update(const Directory& directory, const std::optional<QString>& bindPassword,
                                  const QByteArray& etag, QObject* context, ApiCallback<Directory> done)
{
    RestRequest request = RestRequest::withJson("PATCH", directoryPath(directory.id), directory.toJson(bindPassword));
    request.ifMatch = etag;
    return deliver<Directory>(m_client.send(request), context, decodeDirectory, std::move(done));
}

RestReply* DirectoriesApi::remove(qint64 id, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::remove(directoryPath(id))), context, std::move(done));
}

RestReply* DirectoriesApi::test(const Directory& directory, const QString& username,
                                const std::optional<QString>& password, QObject* context,
                                ApiCallback<DirectoryTestReport> done)
{
    QJsonObject body;
    if (!username.isEmpty()) {
        body.insert(QStringLiteral("username"), username);
    }
    if (password) {
        body.insert(QStringLiteral("password"), *password);
    }
    RestRequest request = RestRequest::withJson("POST", directoryPath(directory.id) + QStringLiteral("/test"), body);
    // Each URL may take the whole timeout before the next is tried; the server answers once all are done.
    constexpr int kMarginMs = 10'000;
    const int urls = std::max(1, int(directory.urls.size()));
    request.timeoutMs =
        std::max(RestRequest::kDefaultTimeoutMs, directory.timeoutSeconds * 1000 * (urls + 2) + kMarginMs);
    return deliver<DirectoryTestReport>(
        m_client.send(request), context,
        [](const RestReply& reply) { return DirectoryTestReport::fromJson(reply.json()); }, std::move(done));
}

RestReply* DirectoriesApi::entries(qint64 id, const QString& search, QObject* context,
                                   ApiCallback<QList<DirectoryEntry>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), search);
    return deliver<QList<DirectoryEntry>>(
        m_client.send(RestRequest::get(directoryPath(id) + QStringLiteral("/entries"), query)), context,
        [](const RestReply& reply) {
            QList<DirectoryEntry> entries;
            for (const QJsonValue& item : reply.json().value(QStringLiteral("items")).toArray()) {
                entries.append(DirectoryEntry::fromJson(item.toObject()));
            }
            return entries;
        },
        std::move(done));
}

RestReply* DirectoriesApi::addUser(qint64 id, const QString& username, QObject* context, ApiCallback<LocalUser> done)
{
    return deliver<LocalUser>(
        m_client.send(RestRequest::withJson("POST", directoryPath(id) + QStringLiteral("/users"),
                                            QJsonObject{{QStringLiteral("username"), username}})),
        context, [](const RestReply& reply) { return LocalUser::fromJson(reply.json()); }, std::move(done));
}

} // namespace castellan::console
