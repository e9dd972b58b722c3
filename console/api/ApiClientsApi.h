#pragma once

#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "api/Tagged.h"

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// `/api-clients`: list, create (answers the secret once), rename, enable or disable, rotate the secret, delete.
class ApiClientsApi
{
public:
    explicit ApiClientsApi(RestClient& client) : m_client(client) {}

    RestReply* list(const ListQuery& query, QObject* context, ApiCallback<ListPage<ApiClient>> done);
    RestReply* get(qint64 id, QObject* context, ApiCallback<Tagged<ApiClient>> done);
    RestReply* create(ApiClient::Type type, const QString& name, QObject* context, ApiCallback<ApiClient> done);
    RestReply* rename(qint64 id, const QString& name, const QByteArray& etag, QObject* context,
                      ApiCallback<ApiClient> done);
    RestReply* setEnabled(qint64 id, bool enabled, QObject* context, ApiCallback<ApiClient> done);
    RestReply* rotateSecret(qint64 id, QObject* context, ApiCallback<ApiClient> done);
    RestReply* remove(qint64 id, QObject* context, ApiCallback<NoContent> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
