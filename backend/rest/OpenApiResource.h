#pragma once

#include "rest/RestMessage.h"

#include <string_view>

namespace castellan {

class Router;

/// `GET /api/v1/openapi.json`: the OpenAPI 3.1 description of the REST API (resources/openapi.json, embedded
/// in the binary at build time). TestOpenApiDocument proves it documents exactly the routes of the router.
class OpenApiResource
{
public:
    void addRoutes(Router& router);
    RestResponse get(const RestRequest& request) const;

    /// The embedded document, byte for byte as in resources/openapi.json (defined by EmbedResource.cmake).
    static std::string_view document();
};

} // namespace castellan
