#include "rest/DirectoryFields.h"

#include "core/Rfc3339.h"
#include "directory/DirectoryKindDefaults.h"
#include "directory/LdapFilter.h"
#include "rest/JsonBody.h"
#include "store/DirectoryRepository.h"

#include <Poco/JSON/Array.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

#include <algorithm>

namespace castellan {
namespace {

Poco::JSON::Array array(const std::vector<std::string>& values)
{
    Poco::JSON::Array a;
    for (const std::string& v : values) {
        a.add(v);
    }
    return a;
}

bool printable(const std::string& text)
{
    return std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

/// A list of strings: a JSON array, or (for convenience) one string of comma-separated items. Items are trimmed;
/// none may be empty. Nothing (and an error named after `field`) when the value is neither.
std::optional<std::vector<std::string>> textList(JsonBody& body, const std::string& field,
                                                 const Poco::Dynamic::Var& value, std::size_t min, std::size_t max)
{
    std::vector<std::string> items;
    if (value.isString()) {
        Poco::StringTokenizer parts(value.extract<std::string>(), ",",
                                    Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
        items.assign(parts.begin(), parts.end());
    } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        auto list = value.extract<Poco::JSON::Array::Ptr>();
        for (unsigned i = 0; i < list->size(); ++i) {
            if (!list->get(i).isString()) {
                body.addError(field, "must be an array of strings");
                return std::nullopt;
            }
            items.push_back(Poco::trim(list->getElement<std::string>(i)));
        }
    } else {
        body.addError(field, "must be an array of strings");
        return std::nullopt;
    }
    if (items.size() < min || items.size() > max || std::any_of(items.begin(), items.end(), [](const std::string& s) {
            return s.empty() || s.size() > DirectoryFields::kMaxText;
        })) {
        body.addError(field, "must hold " + std::to_string(min) + " to " + std::to_string(max) + " non-empty items");
        return std::nullopt;
    }
    return items;
}

std::optional<std::vector<std::string>> listField(JsonBody& body, const std::string& field, std::size_t min,
                                                  std::size_t max, bool required)
{
    if (!body.has(field) || body.isNull(field)) {
        if (required) {
            body.addError(field, "is required");
        }
        return std::nullopt;
    }
    return textList(body, field, body.object()->get(field), min, max);
}

void checkAttributeNames(JsonBody& body, const std::string& field, const std::vector<std::string>& names)
{
    for (const std::string& name : names) {
        if (!LdapFilter::isAttributeName(name)) {
            body.addError(field, "'" + name +
                                     "' is not an attribute name (a letter, then letters, digits and "
                                     "hyphens; or a numeric OID)");
            return;
        }
    }
}

void readUrls(JsonBody& body, DirectoryRecord& d, bool create)
{
    auto urls = listField(body, "urls", 1, DirectoryFields::kMaxUrls, create);
    if (!urls) {
        return;
    }
    for (const std::string& url : *urls) {
        const bool scheme = url.rfind("ldap://", 0) == 0 || url.rfind("ldaps://", 0) == 0;
        const std::size_t host = url.find("://") + 3;
        if (!scheme || host >= url.size() || url[host] == '/' || url.find_first_of(" \t\"") != std::string::npos) {
            body.addError("urls", "'" + url + "' is not an ldap:// or ldaps:// URL with a host");
            return;
        }
    }
    d.urls = *urls;
}

void readText(JsonBody& body, const std::string& field, std::string& target, bool required, bool allowEmpty,
              std::size_t max)
{
    if (auto value = body.text(field, required)) {
        std::string text = Poco::trim(*value);
        if ((!allowEmpty && text.empty()) || text.size() > max || !printable(text)) {
            body.addError(field, std::string(allowEmpty ? "must be 0" : "must be 1") + " to " + std::to_string(max) +
                                     " printable characters");
            return;
        }
        target = text;
    }
}

void readAttributes(JsonBody& body, DirectoryRecord& d)
{
    if (!body.has("attributes") || body.isNull("attributes")) {
        return;
    }
    auto object = body.object()->getObject("attributes");
    if (!object) {
        body.addError("attributes", "must be an object of our fields to attribute names");
        return;
    }
    const auto& fields = DirectoryKindDefaults::fields();
    for (const auto& [field, value] : *object) {
        const std::string name = "attributes." + field;
        if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
            body.addError(name, "is not a field a directory can fill (first_name, last_name, email, phone, "
                                "framed_ip)");
            continue;
        }
        auto names = value.isEmpty() ? std::optional<std::vector<std::string>>(std::vector<std::string>{})
                                     : textList(body, name, value, 0, DirectoryFields::kMaxCandidates);
        if (names) {
            checkAttributeNames(body, name, *names);
            d.attributes[field] = *names;
        }
    }
}

void readKind(JsonBody& body, DirectoryRecord& d, bool create)
{
    auto kind = body.text("kind", create);
    if (!kind) {
        return;
    }
    auto defaults = DirectoryKindDefaults::of(*kind);
    if (!defaults) {
        body.addError("kind", "must be active_directory or ldap");
        return;
    }
    d.kind = *kind;
    if (create) {
        d.userFilter = defaults->userFilter;
        d.loginAttributes = defaults->loginAttributes;
        d.uniqueIdAttribute = defaults->uniqueIdAttribute;
        d.attributes = defaults->attributes;
    }
}

void readSearch(JsonBody& body, DirectoryRecord& d, bool create)
{
    readText(body, "base_dn", d.baseDn, create, false, DirectoryFields::kMaxText);
    if (auto filter = body.text("user_filter")) {
        const std::string text = Poco::trim(*filter);
        if (!text.empty() && (text.size() > DirectoryFields::kMaxText || !LdapFilter::isWellFormed(text))) {
            body.addError("user_filter", "must be an LDAP filter in parentheses (RFC 4515), e.g. "
                                         "(objectClass=inetOrgPerson), or empty");
        } else {
            d.userFilter = text;
        }
    }
    if (auto names = listField(body, "login_attributes", 1, DirectoryFields::kMaxCandidates, false)) {
        checkAttributeNames(body, "login_attributes", *names);
        d.loginAttributes = *names;
    }
    if (auto unique = body.text("unique_id_attribute")) {
        checkAttributeNames(body, "unique_id_attribute", {*unique});
        d.uniqueIdAttribute = *unique;
    }
    readAttributes(body, d);
    if (body.has("groups") && body.isNull("groups")) {
        d.groups.clear();
    } else if (auto groups = listField(body, "groups", 0, DirectoryFields::kMaxGroups, false)) {
        d.groups = *groups;
    }
    if (auto v = body.boolean("nested_groups")) {
        d.nestedGroups = *v;
    }
}

void readConnection(JsonBody& body, DirectoryRecord& d, std::optional<std::string>& password, bool create,
                    bool hasPassword)
{
    readUrls(body, d, create);
    if (auto v = body.boolean("start_tls")) {
        d.startTls = *v;
    }
    if (auto pem = body.text("ca_pem")) {
        if (!pem->empty() && (pem->size() > DirectoryFields::kMaxCaPem ||
                              pem->find("-----BEGIN CERTIFICATE-----") == std::string::npos)) {
            body.addError("ca_pem",
                          "must be PEM certificates (-----BEGIN CERTIFICATE-----), or empty for the system's");
        } else {
            d.caPem = *pem;
        }
    }
    readText(body, "bind_dn", d.bindDn, false, true, DirectoryFields::kMaxText);
    if (body.has("bind_password") && body.isNull("bind_password")) {
        password = std::string();
    } else if (auto given = body.text("bind_password")) {
        if (given->empty() || given->size() > DirectoryFields::kMaxPassword) {
            body.addError("bind_password", "must be 1 to 256 characters, or null to remove it");
        } else {
            password = *given;
        }
    }
    const bool willHavePassword = password ? !password->empty() : hasPassword;
    if (!d.bindDn.empty() && !willHavePassword && body.ok()) {
        body.addError("bind_password", "is required with bind_dn (an empty password would be an unauthenticated "
                                       "bind, RFC 4513 section 5.1.2)");
    }
    if (auto timeout = body.integer("timeout_seconds", false, 1, 60)) {
        d.timeoutSeconds = static_cast<int>(*timeout);
    }
}

} // namespace

Poco::JSON::Object DirectoryFields::toJson(const DirectoryRecord& d)
{
    Poco::JSON::Object o;
    o.set("id", d.id);
    o.set("name", d.name);
    o.set("kind", d.kind);
    o.set("urls", array(d.urls));
    o.set("start_tls", d.startTls);
    o.set("ca_pem", d.caPem);
    o.set("bind_dn", d.bindDn);
    o.set("has_bind_password", !d.sealedBindPassword.empty());
    o.set("base_dn", d.baseDn);
    o.set("user_filter", d.userFilter);
    o.set("login_attributes", array(d.loginAttributes));
    Poco::JSON::Object attributes;
    for (const auto& [field, names] : d.attributes) {
        attributes.set(field, array(names));
    }
    o.set("attributes", attributes);
    o.set("unique_id_attribute", d.uniqueIdAttribute);
    o.set("groups", array(d.groups));
    o.set("nested_groups", d.nestedGroups);
    o.set("priority", d.priority);
    o.set("timeout_seconds", d.timeoutSeconds);
    o.set("enabled", d.enabled);
    o.set("created_at", Rfc3339::format(d.createdAt));
    o.set("updated_at", Rfc3339::format(d.updatedAt));
    return o;
}

void DirectoryFields::read(JsonBody& body, DirectoryRecord& d, std::optional<std::string>& bindPassword, bool create,
                           bool hasPassword)
{
    if (auto name = body.text("name", create)) {
        d.name = Poco::trim(*name);
        if (d.name.empty() || d.name.size() > 100 || !printable(d.name)) {
            body.addError("name", "must be 1 to 100 characters and not blank");
        }
    }
    readKind(body, d, create);
    readSearch(body, d, create);
    if (auto priority = body.integer("priority", false, 0, 1000)) {
        d.priority = static_cast<int>(*priority);
    }
    if (auto v = body.boolean("enabled")) {
        d.enabled = *v;
    }
    readConnection(body, d, bindPassword, create, hasPassword);
    if (d.uniqueIdAttribute.empty() && body.ok()) {
        body.addError("unique_id_attribute", "is required");
    }
    if (d.loginAttributes.empty() && body.ok()) {
        body.addError("login_attributes", "is required");
    }
}

} // namespace castellan
