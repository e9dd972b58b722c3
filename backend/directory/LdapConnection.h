#pragma once

#include "core/Result.h"
#include "directory/LdapEntry.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

struct ldap;

namespace castellan {

/// Where and how to reach one directory.
struct LdapServerSettings
{
    std::vector<std::string> urls; ///< ldap:// or ldaps://, tried in order
    bool startTls = false;         ///< StartTLS (RFC 4511 §4.14) on ldap:// URLs
    std::string caPem;             ///< CA certificates to verify the server against; empty: the system's
    std::string bindDn;            ///< the service account; empty: anonymous
    std::string bindPassword;
    int timeoutSeconds = 5; ///< for connecting (all URLs together) and for each operation
};

/// One server tried while connecting, and why it was passed over (empty: it answered).
struct LdapAttempt
{
    std::string url;
    std::string error;
};

/// A connection to a directory through OpenLDAP's libldap, bound as the service account. Certificates are always
/// verified (against `caPem` when given), referrals are never chased, every call is bounded by the timeout.
/// Errors name the server and carry libldap's text and the server's diagnostic message.
class LdapConnection
{
public:
    enum class Scope
    {
        Base,
        Subtree,
    };

    LdapConnection(LdapConnection&& other) noexcept;
    LdapConnection& operator=(LdapConnection&&) = delete;
    ~LdapConnection();

    /// Connects to the first URL that answers within the timeout (failover in order, each server given an equal share
    /// of the time left) and binds as the service account. Unavailable when no server answered, naming each URL and
    /// why; Unauthenticated when the service account's bind was refused (the same on every server, so the others are
    /// not tried). `attempts` receives every URL tried.
    static Result<LdapConnection> open(const LdapServerSettings& settings,
                                       std::vector<LdapAttempt>* attempts = nullptr);

    /// The URL that answered.
    const std::string& url() const { return m_url; }
    /// "ldaps", "start_tls" or "none".
    std::string security() const;
    bool encrypted() const { return security() != "none"; }

    /// The entries matching `filter`, at most `sizeLimit` of them (a server's own, lower limit answers fewer).
    Result<std::vector<LdapEntry>> search(const std::string& base, Scope scope, const std::string& filter,
                                          const std::vector<std::string>& attributes, int sizeLimit);
    /// Every entry under `base` matching `filter`, in pages (RFC 2696) so that a server's size limit does not cut the
    /// answer short, up to `maxEntries`. A server that refuses the page size (OpenLDAP's size.pr) is asked again
    /// with half of it.
    Result<std::vector<LdapEntry>> searchPaged(const std::string& base, const std::string& filter,
                                               const std::vector<std::string>& attributes, std::size_t maxEntries,
                                               int pageSize = 500);
    /// Whether `password` is the password of `dn`: a simple bind on a second connection to the same server with the
    /// same TLS. False when the server refuses it as invalid credentials (49); an error for any other failure. An empty
    /// password is never sent (RFC 4513 §5.1.2: servers accept it as an unauthenticated bind).
    /// `refusal` receives the server's text when it refused (Active Directory names the reason: "data 533"
    /// disabled...).
    Result<bool> checkPassword(const std::string& dn, const std::string& password, std::string* refusal = nullptr);

private:
    LdapConnection(ldap* handle, std::string url, const LdapServerSettings& settings);
    /// A handle to `url`, connected (TLS set up) within `budget`.
    static Result<LdapConnection> connect(const std::string& url, const LdapServerSettings& settings,
                                          std::chrono::milliseconds budget);
    Result<void> bind(const std::string& dn, const std::string& password);
    /// One page: its entries appended to `entries`, `cookie` replaced by the server's (empty after the last page).
    Result<void> searchPage(const std::string& base, const std::string& filter,
                            const std::vector<std::string>& attributes, int pageSize, std::string& cookie,
                            std::vector<LdapEntry>& entries);
    /// "<url>: <libldap's text for code> (<the server's diagnostic message>)".
    std::string describe(int code) const;

    ldap* m_ld = nullptr;
    std::string m_url;
    LdapServerSettings m_settings;
};

} // namespace castellan
