#pragma once

#include <map>
#include <string>
#include <strings.h>
#include <vector>

namespace castellan {

/// One entry a search returned: its DN and the values of the attributes asked for. Attribute names compare without
/// regard to case (RFC 4512 §2.5); values are bytes as the server sent them (objectGUID is binary).
struct LdapEntry
{
    struct NameLess
    {
        bool operator()(const std::string& a, const std::string& b) const
        {
            return ::strcasecmp(a.c_str(), b.c_str()) < 0;
        }
    };

    std::string dn;
    std::map<std::string, std::vector<std::string>, NameLess> attributes;

    /// The values of attribute `name`; empty when the entry has none.
    const std::vector<std::string>& values(const std::string& name) const
    {
        static const std::vector<std::string> kNone;
        const auto found = attributes.find(name);
        return found == attributes.end() ? kNone : found->second;
    }
};

} // namespace castellan
