#pragma once

#include "rest/Router.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace castellan {

/// Adapts Poco's HTTP server to the Router: converts requests into RestRequest, writes RestResponse,
/// and turns unexpected exceptions into a 500 problem while the details go to the log only. Request bodies are
/// limited to `bodyLimit` bytes unless the route declares its own limit (Route::bodyLimit); a larger one is
/// answered 413. A route with a larger limit admits (token and scope) before its body is read.
class RestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    static constexpr size_t kDefaultBodyLimit = 1024 * 1024;

    explicit RestHandlerFactory(const Router& router, size_t bodyLimit = kDefaultBodyLimit);
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    const Router& m_router;
    size_t m_bodyLimit;
};

} // namespace castellan
