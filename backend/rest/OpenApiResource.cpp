#include "rest/OpenApiResource.h"

#include "rest/Router.h"

namespace castellan {

void OpenApiResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/openapi.json", {Scope::Public}, [this](const RestRequest& r) {
                    return get(r);
                }});
}

RestResponse OpenApiResource::get(const RestRequest&) const
{
    RestResponse response;
    response.body = std::string(document());
    return response;
}

} // namespace castellan
