#include "directory/DirectoryUserLookup.h"

#include "directory/DirectoryKindDefaults.h"
#include "directory/LdapFilter.h"
#include "store/DirectoryRepository.h"

#include <ldap.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <strings.h>

namespace castellan {
namespace {

constexpr const char* kMemberOf = "memberOf";
/// LDAP_MATCHING_RULE_IN_CHAIN: Active Directory follows nested groups itself.
constexpr const char* kInChain = "1.2.840.113556.1.4.1941";

bool printable(const std::string& value)
{
    return std::all_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x20; });
}

std::string hex(const std::string& bytes)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += kHex[b >> 4];
        out += kHex[b & 0x0f];
    }
    return out;
}

/// A DN in one spelling: RFC 4514 string form from libldap's parse, lower-cased; the input lower-cased when it does
/// not parse.
std::string canonicalDn(const std::string& dn)
{
    LDAPDN parsed = nullptr;
    std::string text = dn;
    if (ldap_str2dn(dn.c_str(), &parsed, LDAP_DN_FORMAT_LDAP) == LDAP_SUCCESS) {
        char* out = nullptr;
        if (ldap_dn2str(parsed, &out, LDAP_DN_FORMAT_LDAPV3) == LDAP_SUCCESS && out) {
            text = out;
            ldap_memfree(out);
        }
        ldap_dnfree(parsed);
    }
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

} // namespace

DirectoryUserLookup::DirectoryUserLookup(LdapConnection& connection, const DirectoryRecord& directory)
    : m_connection(connection), m_directory(directory)
{}

LdapServerSettings DirectoryUserLookup::settingsOf(const DirectoryRecord& d, const std::string& bindPassword)
{
    return {.urls = d.urls,
            .startTls = d.startTls,
            .caPem = d.caPem,
            .bindDn = d.bindDn,
            .bindPassword = bindPassword,
            .timeoutSeconds = d.timeoutSeconds};
}

std::string DirectoryUserLookup::uniqueIdText(const std::string& attribute, const std::string& value)
{
    if (attribute.size() == 10 && ::strncasecmp(attribute.c_str(), "objectGUID", 10) == 0 && value.size() == 16) {
        // [MS-DTYP] 2.3.4: the first three fields little-endian, the rest in order.
        const auto* b = reinterpret_cast<const unsigned char*>(value.data());
        char text[37];
        std::snprintf(text, sizeof text, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[3],
                      b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
        return text;
    }
    return printable(value) ? value : hex(value);
}

bool DirectoryUserLookup::sameDn(const std::string& a, const std::string& b)
{
    return canonicalDn(a) == canonicalDn(b);
}

std::vector<std::string> DirectoryUserLookup::attributesToRead() const
{
    std::vector<std::string> names = m_directory.loginAttributes;
    names.push_back(m_directory.uniqueIdAttribute);
    for (const auto& [field, attributes] : m_directory.attributes) {
        names.insert(names.end(), attributes.begin(), attributes.end());
    }
    names.push_back(kMemberOf);
    return names;
}

Result<DirectoryUser> DirectoryUserLookup::find(const std::string& login)
{
    const std::string filter =
        LdapFilter::both(m_directory.userFilter, LdapFilter::anyEquals(m_directory.loginAttributes, login));
    auto found = m_connection.search(m_directory.baseDn, LdapConnection::Scope::Subtree, filter, attributesToRead(), 2);
    if (!found) {
        return found.error();
    }
    if (found->empty()) {
        return Error::of(ErrorCode::NotFound, "No entry under " + m_directory.baseDn + " matches " + filter);
    }
    if (found->size() > 1) {
        return Error::of(ErrorCode::Conflict, "More than one entry matches " + filter + " (" + found->at(0).dn + ", " +
                                                  found->at(1).dn + "): the name is ambiguous");
    }
    DirectoryUser user = readUser(found->front(), login);
    auto groups = groupsOf(found->front());
    if (!groups) {
        return groups.error();
    }
    user.groups = std::move(groups.value());
    if (auto matched = matchRequiredGroups(user); !matched) {
        return matched.error();
    }
    return user;
}

DirectoryUser DirectoryUserLookup::readUser(const LdapEntry& entry, const std::string& login) const
{
    DirectoryUser user;
    user.dn = entry.dn;
    const auto& names = entry.values(m_directory.loginAttributes.front());
    user.username = names.empty() ? login : names.front();
    const auto& ids = entry.values(m_directory.uniqueIdAttribute);
    user.uniqueId = ids.empty() ? std::string() : uniqueIdText(m_directory.uniqueIdAttribute, ids.front());
    for (const auto& [field, attributes] : m_directory.attributes) {
        for (const std::string& attribute : attributes) {
            const auto& values = entry.values(attribute);
            if (!values.empty() && !values.front().empty()) {
                user.fields[field] = values.front();
                break;
            }
        }
    }
    return user;
}

Result<void> DirectoryUserLookup::matchRequiredGroups(DirectoryUser& user)
{
    const bool activeDirectory = m_directory.kind == DirectoryKindDefaults::kActiveDirectory;
    for (const std::string& required : m_directory.groups) {
        bool member = std::any_of(user.groups.begin(), user.groups.end(),
                                  [&](const std::string& g) { return sameDn(g, required); });
        if (!member && activeDirectory && m_directory.nestedGroups) {
            auto chained = inChain(user.dn, required);
            if (!chained) {
                return chained.error();
            }
            member = *chained;
        }
        if (member) {
            user.matchedGroups.push_back(required);
        }
    }
    user.allowed = m_directory.groups.empty() || !user.matchedGroups.empty();
    return {};
}

Result<std::vector<std::string>> DirectoryUserLookup::groupsOf(const LdapEntry& user)
{
    std::vector<std::string> groups = user.values(kMemberOf);
    // Active Directory resolves nesting with the in-chain rule (see inChain); plain LDAP's memberOf lists direct
    // membership only, so the groups' own memberOf are followed, breadth first and bounded.
    if (!m_directory.nestedGroups || m_directory.kind == DirectoryKindDefaults::kActiveDirectory) {
        return groups;
    }
    std::set<std::string> seen;
    for (const std::string& g : groups) {
        seen.insert(canonicalDn(g));
    }
    std::vector<std::string> level = groups;
    for (int depth = 0; depth < kMaxNesting && !level.empty() && groups.size() < kMaxGroups; ++depth) {
        std::vector<std::string> next;
        for (const std::string& group : level) {
            auto parents = m_connection.search(group, LdapConnection::Scope::Base, "(objectClass=*)", {kMemberOf}, 1);
            if (!parents) {
                return parents.error();
            }
            for (const LdapEntry& entry : *parents) {
                for (const std::string& parent : entry.values(kMemberOf)) {
                    if (seen.insert(canonicalDn(parent)).second && groups.size() < kMaxGroups) {
                        groups.push_back(parent);
                        next.push_back(parent);
                    }
                }
            }
        }
        level = std::move(next);
    }
    return groups;
}

Result<bool> DirectoryUserLookup::inChain(const std::string& userDn, const std::string& groupDn)
{
    const std::string filter =
        "(" + std::string(kMemberOf) + ":" + kInChain + ":=" + LdapFilter::escapeValue(groupDn) + ")";
    auto found = m_connection.search(userDn, LdapConnection::Scope::Base, filter, {"1.1"}, 1);
    if (!found) {
        return found.error();
    }
    return !found->empty();
}

Result<std::vector<DirectoryUser>> DirectoryUserLookup::search(const std::string& text, int limit)
{
    std::vector<std::string> attributes = m_directory.loginAttributes;
    for (const char* field : {"first_name", "last_name", "email"}) {
        if (auto mapped = m_directory.attributes.find(field); mapped != m_directory.attributes.end()) {
            attributes.insert(attributes.end(), mapped->second.begin(), mapped->second.end());
        }
    }
    std::string any;
    for (const std::string& attribute : attributes) {
        any += "(" + attribute + "=" + LdapFilter::escapeValue(text) + "*)";
    }
    const std::string filter = LdapFilter::both(m_directory.userFilter, "(|" + any + ")");
    auto found =
        m_connection.search(m_directory.baseDn, LdapConnection::Scope::Subtree, filter, attributesToRead(), limit);
    if (!found) {
        return found.error();
    }
    std::vector<DirectoryUser> users;
    for (const LdapEntry& entry : *found) {
        users.push_back(readUser(entry, ""));
    }
    return users;
}

Result<std::size_t> DirectoryUserLookup::countUsers(std::size_t max)
{
    const std::string filter = m_directory.userFilter.empty() ? "(objectClass=*)" : m_directory.userFilter;
    auto found = m_connection.searchPaged(m_directory.baseDn, filter, {"1.1"}, max);
    if (!found) {
        return found.error();
    }
    return found->size();
}

} // namespace castellan
