#pragma once

#include "api/ApiResult.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "api/ServiceProvider.h"

#include <optional>

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// `/service-providers`: list, create from metadata XML or an https metadata URL (fetched by the server), change
/// what the IdP gives an SP, delete.
class ServiceProvidersApi
{
public:
    explicit ServiceProvidersApi(RestClient& client) : m_client(client) {}

    RestReply* list(const ListQuery& query, QObject* context, ApiCallback<ListPage<ServiceProvider>> done);
    RestReply* get(qint64 id, QObject* context, ApiCallback<ServiceProvider> done);
    RestReply* create(const MetadataSource& source, const ServiceProvider& fields, QObject* context,
                      ApiCallback<ServiceProvider> done);
    /// Changes `provider`; with `metadata`, its metadata is replaced too.
    RestReply* update(const ServiceProvider& provider, const std::optional<MetadataSource>& metadata, QObject* context,
                      ApiCallback<ServiceProvider> done);
    RestReply* remove(qint64 id, QObject* context, ApiCallback<NoContent> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
