#include "api/DashboardApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

namespace castellan::console {

RestReply* DashboardApi::get(QObject* context, ApiCallback<DashboardSummary> done)
{
    return deliver<DashboardSummary>(
        m_client.send(RestRequest::get(QStringLiteral("/dashboard"))), context,
        [](const RestReply& reply) { return DashboardSummary::fromJson(reply.json()); }, std::move(done));
}

} // namespace castellan::console
