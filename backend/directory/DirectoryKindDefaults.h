#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

/// What a new directory of a kind starts with when the administrator leaves a field out: Active Directory's and
/// plain LDAP's (inetOrgPerson, RFC 2798) usual attributes.
struct DirectoryKindDefaults
{
    std::string userFilter;
    std::vector<std::string> loginAttributes;
    std::string uniqueIdAttribute;
    std::map<std::string, std::vector<std::string>> attributes;

    static constexpr const char* kActiveDirectory = "active_directory";
    static constexpr const char* kLdap = "ldap";

    /// The defaults of `kind` ("active_directory" or "ldap"); none for another kind.
    static std::optional<DirectoryKindDefaults> of(const std::string& kind);
    /// Our fields a directory attribute can fill: first_name, last_name, email, phone, framed_ip.
    static const std::vector<std::string>& fields();
};

} // namespace castellan
