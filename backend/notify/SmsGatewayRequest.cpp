#include "notify/SmsGatewayRequest.h"

#include "notify/GatewayTemplate.h"

#include <map>

namespace castellan {

SmsGatewayRequest SmsGatewayRequest::render(const SmsGatewaySettings& settings, const std::string& e164Phone,
                                            const std::string& text)
{
    const std::map<std::string, std::string> values = {
        {"phone", e164Phone},
        {"phone_digits", e164Phone.substr(e164Phone.starts_with('+') ? 1 : 0)},
        {"message", text},
    };
    SmsGatewayRequest request;
    request.method = settings.method;
    request.headers = settings.headers;
    request.url = GatewayTemplate::expand(settings.url, values, GatewayTemplate::Encoding::Percent);
    if (settings.bodyTemplate.empty()) {
        return request;
    }
    if (settings.method == "GET") {
        std::string query = GatewayTemplate::expand(settings.bodyTemplate, values, GatewayTemplate::Encoding::Percent);
        while (!query.empty() && (query.front() == '?' || query.front() == '&')) {
            query.erase(0, 1);
        }
        const bool hasQuery = request.url.find('?') != std::string::npos;
        const bool endsOpen = !request.url.empty() && (request.url.back() == '?' || request.url.back() == '&');
        request.url += (endsOpen ? "" : hasQuery ? "&" : "?") + query;
        return request;
    }
    request.contentType = settings.contentType;
    request.body =
        GatewayTemplate::expand(settings.bodyTemplate, values, GatewayTemplate::encodingFor(settings.contentType));
    return request;
}

} // namespace castellan
