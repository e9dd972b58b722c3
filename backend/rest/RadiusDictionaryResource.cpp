#include "rest/RadiusDictionaryResource.h"

#include "radius/RadiusDictionary.h"
#include "radius/RadiusReplyAttributes.h"
#include "rest/Paging.h"
#include "rest/Router.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace castellan {
namespace {

/// RFC 8044 §3 data type names, as FreeRADIUS dictionaries spell them.
const char* dataTypeName(RadiusDataType type)
{
    switch (type) {
    case RadiusDataType::Text:
        return "string";
    case RadiusDataType::Octets:
        return "octets";
    case RadiusDataType::Integer:
        return "integer";
    case RadiusDataType::Ipv4Address:
        return "ipaddr";
    case RadiusDataType::Ipv6Address:
        return "ipv6addr";
    case RadiusDataType::Ipv6Prefix:
        return "ipv6prefix";
    case RadiusDataType::Date:
        return "date";
    case RadiusDataType::Vsa:
        return "vsa";
    }
    return "octets";
}

Poco::JSON::Object attributeJson(const RadiusAttributeDefinition& d)
{
    Poco::JSON::Object o;
    o.set("name", std::string(d.name));
    o.set("vendor",
          d.vendor ? Poco::Dynamic::Var(std::string(RadiusDictionary::vendorName(d.vendor))) : Poco::Dynamic::Var());
    o.set("type", static_cast<int>(d.type));
    o.set("data_type", std::string(dataTypeName(d.dataType)));
    Poco::JSON::Array values;
    for (const RadiusNamedValue& v : d.values) {
        values.add(std::string(v.name));
    }
    o.set("values", values);
    return o;
}

} // namespace

void RadiusDictionaryResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/radius-dictionary", {Scope::Admin}, handlerFor(this, &RadiusDictionaryResource::list)});
}

RestResponse RadiusDictionaryResource::list(const RestRequest&)
{
    Poco::JSON::Array items;
    for (const RadiusAttributeDefinition& d : RadiusDictionary::all()) {
        if (d.dataType != RadiusDataType::Vsa && RadiusReplyAttributes::settable(d)) {
            items.add(attributeJson(d));
        }
    }
    return listResponse(items, static_cast<std::int64_t>(items.size()));
}

} // namespace castellan
