#include "rest/RadiusProfileFields.h"

#include "radius/RadiusReplyAttributes.h"
#include "rest/JsonBody.h"

#include <Poco/JSON/Array.h>

namespace castellan {
namespace {

void readReplyAttributes(JsonBody& body, RadiusProfileRecord& profile)
{
    Poco::JSON::Array::Ptr array = body.object()->getArray("reply_attributes");
    if (!array || array->size() > RadiusProfileFields::kMaxReplyAttributes) {
        body.addError("reply_attributes", "must be an array of at most 32 {\"attribute\", \"value\"} objects");
        return;
    }
    profile.replyAttributes.clear();
    for (unsigned i = 0; i < array->size(); ++i) {
        const std::string field = "reply_attributes[" + std::to_string(i) + "]";
        Poco::JSON::Object::Ptr item = array->getObject(i);
        if (!item || !item->has("attribute") || !item->get("attribute").isString() || !item->has("value") ||
            !item->get("value").isString()) {
            body.addError(field, "must be an object with the strings \"attribute\" and \"value\"");
            continue;
        }
        RadiusReplyAttribute attribute{item->getValue<std::string>("attribute"), item->getValue<std::string>("value")};
        if (auto valid = RadiusReplyAttributes::validate(attribute); !valid) {
            body.addError(field, valid.error().message);
            continue;
        }
        profile.replyAttributes.push_back(std::move(attribute));
    }
}

} // namespace

void RadiusProfileFields::read(JsonBody& body, const std::string& type, RadiusProfileRecord& profile)
{
    for (const char* field : {"appended_otp_length", "reply_attributes"}) {
        if (body.has(field) && type != "radius") {
            body.addError(field, "only radius applications have this field");
        }
    }
    if (type != "radius") {
        return;
    }
    if (auto length = body.integer("appended_otp_length", false, 0, 8)) {
        if (*length != 0 && *length < 6) {
            body.addError("appended_otp_length", "must be 0 (ask with Access-Challenge) or the code length, 6 to 8");
        }
        profile.appendedOtpLength = static_cast<int>(*length);
    }
    if (body.has("reply_attributes")) {
        readReplyAttributes(body, profile);
    }
}

void RadiusProfileFields::write(Poco::JSON::Object& application, const RadiusProfileRecord& profile)
{
    application.set("appended_otp_length", profile.appendedOtpLength);
    Poco::JSON::Array attributes;
    for (const RadiusReplyAttribute& a : profile.replyAttributes) {
        Poco::JSON::Object o;
        o.set("attribute", a.attribute);
        o.set("value", a.value);
        attributes.add(o);
    }
    application.set("reply_attributes", attributes);
}

} // namespace castellan
