#pragma once

#include "api/ApiResult.h"
#include "api/DashboardSummary.h"

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// `/dashboard`: what the console's first page shows.
class DashboardApi
{
public:
    explicit DashboardApi(RestClient& client) : m_client(client) {}

    RestReply* get(QObject* context, ApiCallback<DashboardSummary> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
