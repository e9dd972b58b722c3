#include "EnrollmentLink.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <map>

namespace castellan::client {
namespace {

Error linkError(const std::string& field, const std::string& message)
{
    return Error::invalid({{field, message}}, "The QR code is not a Castellan enrollment");
}

} // namespace

Result<EnrollmentLink> EnrollmentLink::parse(std::string_view uri)
{
    auto key = KeyUri::parse(uri);
    if (!key) {
        return key.error();
    }
    EnrollmentLink link;
    link.key = std::move(key).value();
    // KeyUri ignores parameters it does not know; the two of ours are read here.
    std::string_view query = uri.substr(std::min(uri.size(), uri.find('?') + 1));
    query = query.substr(0, query.find('#'));
    std::map<std::string, std::string> parameters;
    while (!query.empty()) {
        const std::string_view pair = query.substr(0, query.find('&'));
        query.remove_prefix(std::min(query.size(), pair.size() + 1));
        const auto equals = pair.find('=');
        const std::string name(pair.substr(0, equals));
        if (name != "castellan_enroll" && name != "castellan_url") {
            continue;
        }
        std::string value;
        try {
            Poco::URI::decode(std::string(equals == std::string_view::npos ? "" : pair.substr(equals + 1)), value);
        } catch (const Poco::Exception&) {
            return linkError(name, "has invalid percent-encoding");
        }
        if (!parameters.emplace(name, value).second) {
            return linkError(name, "is given more than once");
        }
    }
    link.token = parameters["castellan_enroll"];
    link.serverUrl = parameters["castellan_url"];
    if (link.token.empty()) {
        return linkError("castellan_enroll", "is missing: this QR code is for plain TOTP apps only");
    }
    if (link.serverUrl.rfind("https://", 0) != 0) {
        return linkError("castellan_url", "must be an https:// URL");
    }
    while (!link.serverUrl.empty() && link.serverUrl.back() == '/') {
        link.serverUrl.pop_back();
    }
    return link;
}

} // namespace castellan::client
