#include "app/MetricsResource.h"

#include "app/Metrics.h"
#include "rest/Router.h"

#include <algorithm>

namespace castellan {

MetricsResource::MetricsResource(std::vector<SourceNetwork> allowed) : m_allowed(std::move(allowed)) {}

void MetricsResource::addRoutes(Router& router)
{
    router.add({"GET", "/metrics", {Scope::Public}, handlerFor(this, &MetricsResource::metrics)});
}

RestResponse MetricsResource::metrics(const RestRequest& request)
{
    const bool allowed = std::any_of(m_allowed.begin(), m_allowed.end(),
                                     [&](const SourceNetwork& n) { return n.contains(request.sourceIp); });
    RestResponse response;
    if (!allowed) {
        // Plain text like the metrics themselves: a scraper shows it as it is.
        response.status = 403;
        response.contentType = "text/plain; charset=utf-8";
        response.body = "This address may not read /metrics (see the metrics.allow setting).\n";
        return response;
    }
    response.contentType = "text/plain; version=0.0.4; charset=utf-8";
    response.body = Metrics::instance().exposition();
    return response;
}

} // namespace castellan
