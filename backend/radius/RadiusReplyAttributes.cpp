#include "radius/RadiusReplyAttributes.h"

#include "radius/RadiusAttributeText.h"
#include "radius/RadiusDictionary.h"

namespace castellan {
namespace {

/// Attributes the server owns (the protocol's own machinery, secrets) and never takes from a profile.
bool reserved(const RadiusAttributeDefinition& d)
{
    if (d.vendor != 0) {
        return false;
    }
    switch (d.type) {
    case RadiusAttr::UserPassword:
    case RadiusAttr::ChapPassword:
    case RadiusAttr::State:
    case RadiusAttr::VendorSpecific:
    case RadiusAttr::ProxyState:
    case RadiusAttr::EapMessage:
    case RadiusAttr::MessageAuthenticator:
    case 60: // CHAP-Challenge
    case 69: // Tunnel-Password
    case 70: // ARAP-Password
        return true;
    default:
        return d.type >= 40 && d.type <= 55; // accounting attributes (RFC 2866, RFC 2869 §5.1-5.3)
    }
}

} // namespace

bool RadiusReplyAttributes::settable(const RadiusAttributeDefinition& definition)
{
    return !reserved(definition);
}

const std::set<std::string>& RadiusReplyAttributes::fields()
{
    static const std::set<std::string> kFields = {"username", "first_name", "last_name", "email", "phone", "framed_ip"};
    return kFields;
}

Result<void> RadiusReplyAttributes::validate(const RadiusReplyAttribute& attribute)
{
    const RadiusAttributeDefinition* d = RadiusDictionary::byName(attribute.attribute);
    if (!d) {
        return Error::of(ErrorCode::InvalidInput, "'" + attribute.attribute + "' is not a known RADIUS attribute");
    }
    if (reserved(*d)) {
        return Error::of(ErrorCode::InvalidInput, std::string(d->name) + " cannot be set by a profile");
    }
    bool namesField = false;
    for (std::size_t open = attribute.value.find('{'); open != std::string::npos;
         open = attribute.value.find('{', open + 1)) {
        const std::size_t close = attribute.value.find('}', open);
        const std::string field = close == std::string::npos ? "" : attribute.value.substr(open + 1, close - open - 1);
        if (!fields().count(field)) {
            return Error::of(ErrorCode::InvalidInput,
                             "names an unknown field; use {username}, {first_name}, {last_name}, {email}, {phone} or "
                             "{framed_ip}");
        }
        namesField = true;
    }
    if (!namesField) {
        if (auto made = RadiusAttributeText::make(d->name, attribute.value); !made) {
            return made.error();
        }
    }
    return {};
}

std::string RadiusReplyAttributes::expand(const std::string& value, const std::map<std::string, std::string>& subject)
{
    std::string out;
    std::size_t at = 0;
    while (at < value.size()) {
        const std::size_t open = value.find('{', at);
        const std::size_t close = open == std::string::npos ? std::string::npos : value.find('}', open);
        if (close == std::string::npos) {
            out += value.substr(at);
            break;
        }
        out += value.substr(at, open - at);
        const auto field = subject.find(value.substr(open + 1, close - open - 1));
        out += field == subject.end() ? "" : field->second;
        at = close + 1;
    }
    return out;
}

std::vector<RadiusAttribute> RadiusReplyAttributes::build(const std::vector<RadiusReplyAttribute>& attributes,
                                                          const std::map<std::string, std::string>& subject,
                                                          std::vector<std::string>& problems)
{
    std::vector<RadiusAttribute> out;
    for (const RadiusReplyAttribute& a : attributes) {
        const std::string value = expand(a.value, subject);
        if (value.empty()) {
            continue;
        }
        auto made = RadiusAttributeText::make(a.attribute, value);
        if (!made) {
            problems.push_back(made.error().message);
            continue;
        }
        out.push_back(std::move(made.value()));
    }
    return out;
}

} // namespace castellan
