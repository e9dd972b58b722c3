#pragma once

#include "api/ApiResult.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "api/RadiusClient.h"
#include "api/Tagged.h"

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// `/radius-clients`: list (with each client's last request and counts), get, create, change (a new secret
/// only when one is given), delete.
class RadiusClientsApi
{
public:
    explicit RadiusClientsApi(RestClient& client) : m_client(client) {}

    RestReply* list(const ListQuery& query, QObject* context, ApiCallback<ListPage<RadiusClient>> done);
    RestReply* get(qint64 id, QObject* context, ApiCallback<Tagged<RadiusClient>> done);
    RestReply* create(const RadiusClient& client, const QString& secret, QObject* context,
                      ApiCallback<RadiusClient> done);
    /// Changes `client`; `secret` empty keeps the current one.
    RestReply* update(const RadiusClient& client, const QString& secret, const QByteArray& etag, QObject* context,
                      ApiCallback<RadiusClient> done);
    RestReply* remove(qint64 id, QObject* context, ApiCallback<NoContent> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
