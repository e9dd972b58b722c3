#include "store/RadiusProfileRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

std::string toJson(const std::vector<RadiusReplyAttribute>& attributes)
{
    Poco::JSON::Array array;
    for (const RadiusReplyAttribute& a : attributes) {
        Poco::JSON::Object o;
        o.set("attribute", a.attribute);
        o.set("value", a.value);
        array.add(o);
    }
    std::ostringstream out;
    array.stringify(out);
    return out.str();
}

std::vector<RadiusReplyAttribute> fromJson(const std::string& text)
{
    std::vector<RadiusReplyAttribute> attributes;
    Poco::JSON::Array::Ptr array = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Array::Ptr>();
    for (std::size_t i = 0; array && i < array->size(); ++i) {
        Poco::JSON::Object::Ptr o = array->getObject(static_cast<unsigned>(i));
        attributes.push_back({o->getValue<std::string>("attribute"), o->getValue<std::string>("value")});
    }
    return attributes;
}

} // namespace

RadiusProfileRepository::RadiusProfileRepository(Database& database) : m_database(database) {}

RadiusProfileRecord RadiusProfileRepository::find(std::int64_t applicationId)
{
    RadiusProfileRecord profile;
    profile.applicationId = applicationId;
    Poco::Int64 id = applicationId;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT appended_otp_length, reply_attributes FROM radius_profiles WHERE application_id = $1",
            use(id);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            profile.appendedOtpLength = rs[0].convert<int>();
            profile.replyAttributes = fromJson(rs[1].convert<std::string>());
        }
    });
    return profile;
}

void RadiusProfileRepository::save(const RadiusProfileRecord& profile)
{
    Poco::Int64 id = profile.applicationId;
    int length = profile.appendedOtpLength;
    std::string attributes = toJson(profile.replyAttributes);
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO radius_profiles (application_id, appended_otp_length, reply_attributes) VALUES ($1, $2, $3) "
             "ON CONFLICT (application_id) DO UPDATE SET appended_otp_length = excluded.appended_otp_length, "
             "reply_attributes = excluded.reply_attributes",
            use(id), use(length), use(attributes), now;
    });
}

} // namespace castellan
