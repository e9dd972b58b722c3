#include "radius/AccountingHandler.h"

#include "radius/RadiusAttributeText.h"
#include "radius/RadiusClientRegistry.h"
#include "radius/RadiusDictionary.h"
#include "radius/RadiusValue.h"
#include "store/AuditLog.h"

#include <Poco/JSON/Object.h>
#include <Poco/String.h>

#include <sstream>

namespace castellan {
namespace {

/// The text of a value for JSON: text as it is, everything else in RadiusValue's form.
std::string plainValue(const RadiusAttributeDefinition& d, const std::vector<std::uint8_t>& value)
{
    if (d.dataType == RadiusDataType::Text) {
        return std::string(value.begin(), value.end());
    }
    return RadiusValue::format(d, value);
}

std::string statusName(const RadiusPacket& request)
{
    const RadiusAttribute* status = request.find(RadiusAttr::AcctStatusType);
    const RadiusAttributeDefinition* d = RadiusDictionary::byType(0, RadiusAttr::AcctStatusType);
    return status ? Poco::toLower(RadiusValue::format(*d, status->value)) : "unknown";
}

} // namespace

AccountingHandler::AccountingHandler(AuditLog& audit) : m_audit(audit) {}

std::string AccountingHandler::details(const RadiusPacket& request)
{
    Poco::JSON::Object o;
    for (const RadiusAttribute& a : request.attributes) {
        const RadiusAttributeDefinition* d = RadiusDictionary::byType(0, a.type);
        if (a.type == RadiusAttr::UserPassword || a.type == RadiusAttr::MessageAuthenticator ||
            a.type == RadiusAttr::ProxyState) {
            continue;
        }
        if (!d || a.type == RadiusAttr::VendorSpecific) {
            // Unknown and vendor attributes keep their text form ("Cisco-AVPair = '...'") under their number.
            o.set("attr-" + std::to_string(a.type), RadiusAttributeText::format(std::span(&a, 1)));
            continue;
        }
        o.set(std::string(d->name), plainValue(*d, a.value));
    }
    std::ostringstream out;
    o.stringify(out);
    return out.str();
}

RadiusPacket AccountingHandler::handle(const RadiusPacket& request, const RadiusClient& client,
                                       const std::string& sourceAddress)
{
    const std::string station = request.text(RadiusAttr::CallingStationId).value_or("");
    m_audit.record({.channel = "radius",
                    .event = "radius.accounting",
                    .actor = "client:" + client.name,
                    .username = request.text(RadiusAttr::UserName).value_or(""),
                    .client = client.name,
                    .result = statusName(request),
                    .reason = "session " + request.text(RadiusAttr::AcctSessionId).value_or("-"),
                    .sourceIp = station.empty() ? sourceAddress : station.substr(0, 64),
                    .details = details(request)});
    RadiusPacket response;
    response.code = static_cast<std::uint8_t>(RadiusCode::AccountingResponse);
    response.identifier = request.identifier;
    for (const RadiusAttribute& a : request.attributes) {
        if (a.type == RadiusAttr::ProxyState) {
            response.attributes.push_back(a);
        }
    }
    return response;
}

} // namespace castellan
