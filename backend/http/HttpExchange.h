#pragma once

#include "http/ListenerSettings.h"
#include "rest/RestMessage.h"
#include "rest/Router.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace castellan {

/// What both HTTP fronts share about turning wire requests into RestRequest and RestResponse into wire answers;
/// plain functions over strings, tested without sockets.
namespace HttpExchange {

/// Fills method, path, raw query and decoded query of `request` from the request target; false when the target
/// is not a valid origin-form or absolute-form URI (answer 400).
[[nodiscard]] bool parseTarget(const std::string& method, const std::string& target, RestRequest& request);

/// The header fields every answer carries (no caching of API answers, no sniffing, HSTS), then the reply's own.
std::vector<std::pair<std::string, std::string>> responseHeaders(const RestResponse& reply);

/// Whether a listener of `exposure` answers `route`; a path no route matches is judged by its prefix.
bool exposes(RouteExposure exposure, bool publicAgentApi, const Route* route, const std::string& path);

/// Transport-level refusals as problem+json (RFC 9457), each with its own status.
RestResponse badRequest(const std::string& detail);
RestResponse headersTooLarge(std::size_t maxBytes, std::size_t maxFields); ///< 431 (RFC 6585 §5)
RestResponse bodyTooLarge(std::size_t limit);                              ///< 413
RestResponse lengthRequired();                                             ///< 411
RestResponse serverBusy();                                                 ///< 503 with Retry-After
RestResponse notFound();                                                   ///< 404, as for an unknown path

} // namespace HttpExchange

} // namespace castellan
