#pragma once

#include "rest/Router.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <functional>
#include <string>

namespace castellan {

/// Adapts Poco's HTTP server to the Router: converts requests into RestRequest, writes RestResponse,
/// and turns unexpected exceptions into a 500 problem while the details go to the log only. Request bodies are
/// limited to `bodyLimit` bytes unless the route declares its own limit (Route::bodyLimit); a larger one is
/// answered 413. A route with a larger limit admits (token and scope) before its body is read.
class RestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    static constexpr size_t kDefaultBodyLimit = 1024 * 1024;
    /// Told each answered request: the route pattern ("unmatched" for none), method, status and seconds taken.
    using Observer =
        std::function<void(const std::string& route, const std::string& method, int status, double seconds)>;

    explicit RestHandlerFactory(const Router& router, size_t bodyLimit = kDefaultBodyLimit, Observer observe = {});
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    const Router& m_router;
    size_t m_bodyLimit;
    Observer m_observe;
};

} // namespace castellan
