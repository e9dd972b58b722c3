#pragma once

#include "api/Administrator.h"
#include "api/ApiResult.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// `/admins`: list, add (answers a one-time password once), enable or disable, reset, remove.
class AdminsApi
{
public:
    explicit AdminsApi(RestClient& client) : m_client(client) {}

    RestReply* list(const ListQuery& query, QObject* context, ApiCallback<ListPage<Administrator>> done);
    RestReply* create(const QString& username, QObject* context, ApiCallback<Administrator> done);
    RestReply* setEnabled(qint64 id, bool enabled, QObject* context, ApiCallback<Administrator> done);
    /// A new one-time password; TOTP cleared; the administrator's sessions end.
    RestReply* reset(qint64 id, QObject* context, ApiCallback<Administrator> done);
    RestReply* remove(qint64 id, QObject* context, ApiCallback<NoContent> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
