#include "rest/UserJson.h"

#include "core/Rfc3339.h"
#include "store/UserRepository.h"

namespace castellan {

Poco::JSON::Object userJson(const UserRecord& u, std::int64_t nowSeconds)
{
    Poco::JSON::Object o;
    o.set("id", u.id);
    o.set("username", u.username);
    o.set("first_name", u.firstName);
    o.set("last_name", u.lastName);
    o.set("email", u.email);
    o.set("phone", u.phone);
    o.set("expires_at", u.expiresAt ? Poco::Dynamic::Var(Rfc3339::format(*u.expiresAt)) : Poco::Dynamic::Var());
    o.set("framed_ip", u.framedIp);
    o.set("sponsor_name", u.sponsorName);
    o.set("sponsor_email", u.sponsorEmail);
    o.set("description", u.description);
    o.set("enabled", u.enabled);
    o.set("status", u.status(nowSeconds));
    o.set("has_password", !u.passwordHash.empty());
    o.set("must_change_password", u.mustChangePassword);
    o.set("directory_id", u.directoryId ? Poco::Dynamic::Var(*u.directoryId) : Poco::Dynamic::Var());
    o.set("directory_name", u.directoryId ? Poco::Dynamic::Var(u.directoryName) : Poco::Dynamic::Var());
    o.set("created_at", Rfc3339::format(u.createdAt));
    o.set("updated_at", Rfc3339::format(u.updatedAt));
    return o;
}

} // namespace castellan
