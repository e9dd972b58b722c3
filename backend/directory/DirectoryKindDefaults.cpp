#include "directory/DirectoryKindDefaults.h"

namespace castellan {

std::optional<DirectoryKindDefaults> DirectoryKindDefaults::of(const std::string& kind)
{
    if (kind == kActiveDirectory) {
        // sAMAccountName first: the canonical username is the pre-Windows 2000 name, whatever the user typed.
        return DirectoryKindDefaults{"(&(objectCategory=person)(objectClass=user))",
                                     {"sAMAccountName", "userPrincipalName"},
                                     "objectGUID",
                                     {{"first_name", {"givenName"}},
                                      {"last_name", {"sn"}},
                                      {"email", {"mail"}},
                                      {"phone", {"mobile", "telephoneNumber"}},
                                      {"framed_ip", {"msRADIUSFramedIPAddress"}}}};
    }
    if (kind == kLdap) {
        return DirectoryKindDefaults{"(objectClass=inetOrgPerson)",
                                     {"uid"},
                                     "entryUUID",
                                     {{"first_name", {"givenName"}},
                                      {"last_name", {"sn"}},
                                      {"email", {"mail"}},
                                      {"phone", {"mobile", "telephoneNumber"}},
                                      {"framed_ip", {"radiusFramedIPAddress"}}}};
    }
    return std::nullopt;
}

const std::vector<std::string>& DirectoryKindDefaults::fields()
{
    static const std::vector<std::string> kFields = {"first_name", "last_name", "email", "phone", "framed_ip"};
    return kFields;
}

} // namespace castellan
