#pragma once

#include "api/ApiResult.h"
#include "api/Directory.h"
#include "api/DirectoryEntry.h"
#include "api/DirectoryTestReport.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "api/LocalUser.h"
#include "api/Tagged.h"

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// `/directories`: list, get, create, change (a new bind password only when one is given), delete, test the
/// connection and a user; search a directory's entries and make the local record of one of its users.
class DirectoriesApi
{
public:
    explicit DirectoriesApi(RestClient& client) : m_client(client) {}

    RestReply* list(const ListQuery& query, QObject* context, ApiCallback<ListPage<Directory>> done);
    RestReply* get(qint64 id, QObject* context, ApiCallback<Tagged<Directory>> done);
    RestReply* create(const Directory& directory, const std::optional<QString>& bindPassword, QObject* context,
                      ApiCallback<Directory> done);
    /// Changes `directory`; no `bindPassword` keeps the current one.
    RestReply* update(const Directory& directory, const std::optional<QString>& bindPassword, const QByteArray& etag,
                      QObject* context, ApiCallback<Directory> done);
    RestReply* remove(qint64 id, QObject* context, ApiCallback<NoContent> done);

    /// Tests the stored directory: the connection, and with `username` its entry (and with `password` a bind as
    /// it). It can take several of the directory's timeouts; a failed step arrives as an error whose problem
    /// DirectoryTestReport::fromError reads.
    RestReply* test(const Directory& directory, const QString& username, const std::optional<QString>& password,
                    QObject* context, ApiCallback<DirectoryTestReport> done);

    /// Up to 50 entries whose login attributes or names start with `search`.
    RestReply* entries(qint64 id, const QString& search, QObject* context, ApiCallback<QList<DirectoryEntry>> done);
    /// Makes (or finds) the local record of the directory user who signs in as `username`.
    RestReply* addUser(qint64 id, const QString& username, QObject* context, ApiCallback<LocalUser> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
