#include "directory/LdapConnection.h"

#include <ldap.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace castellan {
namespace {

using Clock = std::chrono::steady_clock;

timeval toTimeval(std::chrono::milliseconds duration)
{
    const auto ms = std::max<std::int64_t>(duration.count(), 1);
    return timeval{static_cast<time_t>(ms / 1000), static_cast<suseconds_t>((ms % 1000) * 1000)};
}

bool isLdaps(const std::string& url)
{
    return url.rfind("ldaps://", 0) == 0;
}

/// `caPem` in a file of its own for as long as libldap reads it: LDAP_OPT_X_TLS_CACERTFILE takes a path, and the
/// handle's TLS context reads it once, at LDAP_OPT_X_TLS_NEWCTX.
class CaFile
{
public:
    explicit CaFile(const std::string& pem)
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "castellan-ldap-ca.XXXXXX").string();
        const int fd = ::mkstemp(pattern.data());
        if (fd < 0) {
            return;
        }
        const bool written = ::write(fd, pem.data(), pem.size()) == static_cast<ssize_t>(pem.size());
        ::close(fd);
        m_path = pattern;
        if (!written) {
            m_path.clear();
            std::remove(pattern.c_str());
        }
    }
    ~CaFile()
    {
        if (!m_path.empty()) {
            std::remove(m_path.c_str());
        }
    }
    CaFile(const CaFile&) = delete;
    CaFile& operator=(const CaFile&) = delete;
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

std::string diagnosticOf(LDAP* ld)
{
    char* message = nullptr;
    if (ld == nullptr || ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &message) != LDAP_OPT_SUCCESS ||
        message == nullptr) {
        return {};
    }
    std::string text = message;
    ldap_memfree(message);
    return text;
}

/// Connection-level failures, where the next URL may do better.
bool serverUnreachable(int code)
{
    return code == LDAP_SERVER_DOWN || code == LDAP_CONNECT_ERROR || code == LDAP_TIMEOUT || code == LDAP_UNAVAILABLE ||
           code == LDAP_BUSY;
}

/// Options every handle gets: LDAPv3, no referral chasing, certificates verified, and `budget` for connecting and
/// for each operation until the connection is up (open() then gives operations the whole timeout).
Result<void> configure(LDAP* ld, const LdapServerSettings& settings, std::chrono::milliseconds budget)
{
    int version = LDAP_VERSION3;
    int demand = LDAP_OPT_X_TLS_DEMAND;
    int isServer = 0;
    timeval network = toTimeval(budget);
    timeval operation = toTimeval(budget);
    if (ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version) != LDAP_OPT_SUCCESS ||
        ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF) != LDAP_OPT_SUCCESS ||
        ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &network) != LDAP_OPT_SUCCESS ||
        ldap_set_option(ld, LDAP_OPT_TIMEOUT, &operation) != LDAP_OPT_SUCCESS ||
        ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand) != LDAP_OPT_SUCCESS) {
        return Error::of(ErrorCode::Internal, "libldap refused a connection option");
    }
    std::unique_ptr<CaFile> ca;
    if (!settings.caPem.empty()) {
        ca = std::make_unique<CaFile>(settings.caPem);
        if (ca->path().empty() ||
            ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, ca->path().c_str()) != LDAP_OPT_SUCCESS) {
            return Error::of(ErrorCode::Internal, "the CA certificates could not be handed to libldap");
        }
    }
    if (ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &isServer) != LDAP_OPT_SUCCESS) {
        return Error::of(ErrorCode::InvalidInput, "libldap could not set up TLS with these CA certificates (ca_pem)");
    }
    return {};
}

LdapEntry readEntry(LDAP* ld, LDAPMessage* message)
{
    LdapEntry entry;
    if (char* dn = ldap_get_dn(ld, message)) {
        entry.dn = dn;
        ldap_memfree(dn);
    }
    BerElement* position = nullptr;
    for (char* name = ldap_first_attribute(ld, message, &position); name;
         name = ldap_next_attribute(ld, message, position)) {
        std::vector<std::string>& values = entry.attributes[name];
        if (berval** found = ldap_get_values_len(ld, message, name)) {
            for (berval** v = found; *v; ++v) {
                values.emplace_back((*v)->bv_val, (*v)->bv_len);
            }
            ldap_value_free_len(found);
        }
        ldap_memfree(name);
    }
    if (position) {
        ber_free(position, 0);
    }
    return entry;
}

std::vector<char*> attributeList(const std::vector<std::string>& attributes)
{
    std::vector<char*> names;
    for (const std::string& a : attributes) {
        names.push_back(const_cast<char*>(a.c_str()));
    }
    names.push_back(nullptr);
    return names;
}

} // namespace

LdapConnection::LdapConnection(ldap* handle, std::string url, const LdapServerSettings& settings)
    : m_ld(handle), m_url(std::move(url)), m_settings(settings)
{}

LdapConnection::LdapConnection(LdapConnection&& other) noexcept
    : m_ld(other.m_ld), m_url(std::move(other.m_url)), m_settings(std::move(other.m_settings))
{
    other.m_ld = nullptr;
}

LdapConnection::~LdapConnection()
{
    if (m_ld) {
        ldap_unbind_ext_s(m_ld, nullptr, nullptr);
    }
}

std::string LdapConnection::security() const
{
    return isLdaps(m_url) ? "ldaps" : m_settings.startTls ? "start_tls" : "none";
}

std::string LdapConnection::describe(int code) const
{
    std::string text = m_url + ": " + ldap_err2string(code);
    const std::string diagnostic = diagnosticOf(m_ld);
    if (!diagnostic.empty()) {
        text += " (" + diagnostic + ")";
    }
    return text;
}

Result<LdapConnection> LdapConnection::connect(const std::string& url, const LdapServerSettings& settings,
                                               std::chrono::milliseconds budget)
{
    LDAP* ld = nullptr;
    if (ldap_initialize(&ld, url.c_str()) != LDAP_SUCCESS || ld == nullptr) {
        return Error::of(ErrorCode::InvalidInput, url + ": not an LDAP URL libldap accepts");
    }
    LdapConnection connection(ld, url, settings);
    if (auto configured = configure(ld, settings, budget); !configured) {
        return Error::of(configured.error().code, url + ": " + configured.error().message);
    }
    int code = ldap_connect(ld);
    if (code == LDAP_SUCCESS && settings.startTls && !isLdaps(url)) {
        code = ldap_start_tls_s(ld, nullptr, nullptr);
    }
    if (code != LDAP_SUCCESS) {
        return Error::of(ErrorCode::Unavailable, connection.describe(code));
    }
    return Result<LdapConnection>(std::move(connection));
}

Result<LdapConnection> LdapConnection::open(const LdapServerSettings& settings, std::vector<LdapAttempt>* attempts)
{
    const auto deadline = Clock::now() + std::chrono::seconds(settings.timeoutSeconds);
    std::string failures;
    auto note = [&](const std::string& url, const std::string& error) {
        if (attempts) {
            attempts->push_back({url, error});
        }
        if (!error.empty()) {
            failures += (failures.empty() ? "" : "; ") + error;
        }
    };
    for (std::size_t i = 0; i < settings.urls.size(); ++i) {
        const std::string& url = settings.urls[i];
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            note(url, url + ": not tried, the timeout of " + std::to_string(settings.timeoutSeconds) +
                          " s was spent on the servers before it");
            continue;
        }
        // Each server gets an equal share of what is left, so one that accepts and never answers cannot take the
        // time of the ones after it.
        const auto share = left / static_cast<long>(settings.urls.size() - i);
        auto connection = connect(url, settings, share);
        if (!connection) {
            note(url, connection.error().message);
            continue;
        }
        if (!settings.bindDn.empty()) {
            auto bound = connection->bind(settings.bindDn, settings.bindPassword);
            if (!bound) {
                note(url, bound.error().message);
                if (bound.error().code != ErrorCode::Unavailable) {
                    return bound.error();
                }
                continue;
            }
        }
        note(url, {});
        timeval operation = toTimeval(std::chrono::seconds(settings.timeoutSeconds));
        ldap_set_option(connection->m_ld, LDAP_OPT_TIMEOUT, &operation);
        return std::move(connection.value());
    }
    return Error::of(ErrorCode::Unavailable, "No server of the directory answered: " + failures);
}

Result<void> LdapConnection::bind(const std::string& dn, const std::string& password)
{
    berval credentials{static_cast<ber_len_t>(password.size()), const_cast<char*>(password.data())};
    const int code = ldap_sasl_bind_s(m_ld, dn.c_str(), LDAP_SASL_SIMPLE, &credentials, nullptr, nullptr, nullptr);
    if (code == LDAP_SUCCESS) {
        return {};
    }
    if (serverUnreachable(code)) {
        return Error::of(ErrorCode::Unavailable, describe(code));
    }
    return Error::of(code == LDAP_INVALID_CREDENTIALS ? ErrorCode::Unauthenticated : ErrorCode::Forbidden,
                     describe(code) + " binding as " + dn);
}

Result<std::vector<LdapEntry>> LdapConnection::search(const std::string& base, Scope scope, const std::string& filter,
                                                      const std::vector<std::string>& attributes, int sizeLimit)
{
    std::vector<char*> names = attributeList(attributes);
    timeval limit = toTimeval(std::chrono::seconds(m_settings.timeoutSeconds));
    LDAPMessage* result = nullptr;
    const int code = ldap_search_ext_s(m_ld, base.c_str(), scope == Scope::Base ? LDAP_SCOPE_BASE : LDAP_SCOPE_SUBTREE,
                                       filter.c_str(), names.data(), 0, nullptr, nullptr, &limit, sizeLimit, &result);
    std::vector<LdapEntry> entries;
    for (LDAPMessage* e = result ? ldap_first_entry(m_ld, result) : nullptr; e; e = ldap_next_entry(m_ld, e)) {
        entries.push_back(readEntry(m_ld, e));
    }
    ldap_msgfree(result);
    if (code != LDAP_SUCCESS && code != LDAP_SIZELIMIT_EXCEEDED && code != LDAP_NO_SUCH_OBJECT) {
        return Error::of(serverUnreachable(code) ? ErrorCode::Unavailable : ErrorCode::InvalidInput,
                         describe(code) + " searching " + base + " for " + filter);
    }
    return entries;
}

Result<void> LdapConnection::searchPage(const std::string& base, const std::string& filter,
                                        const std::vector<std::string>& attributes, int pageSize, std::string& cookie,
                                        std::vector<LdapEntry>& entries)
{
    berval cookieValue{static_cast<ber_len_t>(cookie.size()), cookie.data()};
    LDAPControl* page = nullptr;
    if (ldap_create_page_control(m_ld, pageSize, cookie.empty() ? nullptr : &cookieValue, 0, &page) != LDAP_SUCCESS) {
        return Error::of(ErrorCode::Internal, m_url + ": libldap could not build the paged results control");
    }
    LDAPControl* controls[] = {page, nullptr};
    std::vector<char*> names = attributeList(attributes);
    timeval limit = toTimeval(std::chrono::seconds(m_settings.timeoutSeconds));
    LDAPMessage* result = nullptr;
    int code = ldap_search_ext_s(m_ld, base.c_str(), LDAP_SCOPE_SUBTREE, filter.c_str(), names.data(), 0, controls,
                                 nullptr, &limit, LDAP_NO_LIMIT, &result);
    ldap_control_free(page);
    for (LDAPMessage* e = result ? ldap_first_entry(m_ld, result) : nullptr; e; e = ldap_next_entry(m_ld, e)) {
        entries.push_back(readEntry(m_ld, e));
    }
    cookie.clear();
    LDAPControl** returned = nullptr;
    if (code == LDAP_SUCCESS && result &&
        ldap_parse_result(m_ld, result, nullptr, nullptr, nullptr, nullptr, &returned, 0) == LDAP_SUCCESS) {
        if (LDAPControl* response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, returned, nullptr)) {
            ber_int_t estimate = 0;
            berval next{0, nullptr};
            if (ldap_parse_pageresponse_control(m_ld, response, &estimate, &next) == LDAP_SUCCESS && next.bv_val) {
                cookie.assign(next.bv_val, next.bv_len);
                ber_memfree(next.bv_val);
            }
        }
        ldap_controls_free(returned);
    }
    ldap_msgfree(result);
    if (code != LDAP_SUCCESS && code != LDAP_NO_SUCH_OBJECT) {
        return Error::of(code == LDAP_ADMINLIMIT_EXCEEDED ? ErrorCode::RateLimited
                         : serverUnreachable(code)        ? ErrorCode::Unavailable
                                                          : ErrorCode::InvalidInput,
                         describe(code) + " searching " + base + " for " + filter);
    }
    return {};
}

Result<std::vector<LdapEntry>> LdapConnection::searchPaged(const std::string& base, const std::string& filter,
                                                           const std::vector<std::string>& attributes,
                                                           std::size_t maxEntries, int pageSize)
{
    std::vector<LdapEntry> entries;
    std::string cookie;
    for (;;) {
        auto page = searchPage(base, filter, attributes, pageSize, cookie, entries);
        if (!page) {
            // adminLimitExceeded on the first page: the page size is above the server's (OpenLDAP's size.pr).
            if (page.error().code == ErrorCode::RateLimited && entries.empty() && pageSize > 10) {
                pageSize /= 2;
                continue;
            }
            return page.error();
        }
        if (cookie.empty() || entries.size() >= maxEntries) {
            break;
        }
    }
    if (entries.size() > maxEntries) {
        entries.resize(maxEntries);
    }
    return entries;
}

Result<bool> LdapConnection::checkPassword(const std::string& dn, const std::string& password, std::string* refusal)
{
    if (password.empty() || dn.empty()) {
        return false;
    }
    auto second = connect(m_url, m_settings, std::chrono::seconds(m_settings.timeoutSeconds));
    if (!second) {
        return second.error();
    }
    auto bound = second->bind(dn, password);
    if (bound) {
        return true;
    }
    if (bound.error().code == ErrorCode::Unauthenticated) {
        if (refusal != nullptr) {
            *refusal = bound.error().message;
        }
        return false;
    }
    return bound.error();
}

} // namespace castellan
