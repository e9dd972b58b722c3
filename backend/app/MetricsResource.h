#pragma once

#include "radius/SourceNetwork.h"
#include "rest/RestMessage.h"

#include <vector>

namespace castellan {

class Router;

/// `GET /metrics`: Metrics in the Prometheus text format, for the scrapers `metrics.allow` names (loopback by
/// default); others get 403. No token: Prometheus scrapes with none.
class MetricsResource
{
public:
    explicit MetricsResource(std::vector<SourceNetwork> allowed);
    void addRoutes(Router& router);

    RestResponse metrics(const RestRequest& request);

private:
    std::vector<SourceNetwork> m_allowed;
};

} // namespace castellan
