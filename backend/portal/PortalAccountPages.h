#pragma once

#include "portal/PortalMethodPages.h"
#include "portal/PortalSite.h"
#include "portal/ResetRequestSpacing.h"
#include "rest/RestMessage.h"

#include <optional>
#include <string>

namespace castellan {

class AccountLockout;
class AuditLog;
class AuthTransactionRepository;
class DeviceRepository;
class FactorRepository;
class GeoLocation;
class OtpDelivery;
class PasswordHasher;
class Router;
class SoftOtpEnrollment;
class UserRepository;
struct FactorRecord;
struct UserRecord;

/// The signed-in user's pages: home (with the sign-in methods of PortalMethodPages), authenticator app registration (QR
/// code, manual secret, first code), sessions (list, end one, end all others), password change; and the self-service
/// password reset by a code sent to the user's e-mail or SMS factor (the same answer whether or not the account
/// exists).
class PortalAccountPages
{
public:
    struct Services
    {
        UserRepository& users;
        FactorRepository& factors;
        DeviceRepository& devices;
        AuthTransactionRepository& transactions;
        SoftOtpEnrollment& enrollment;
        OtpDelivery* delivery;
        AccountLockout& lockout;
        const PasswordHasher& hasher;
        AuditLog& audit;
        const GeoLocation* geoLocation = nullptr; ///< geoip.database; none: no location column
    };

    PortalAccountPages(PortalSite& site, Services services, std::string publicUrl);
    void addRoutes(Router& router);

    RestResponse home(const RestRequest& request);
    RestResponse showAuthenticator(const RestRequest& request);
    RestResponse confirmAuthenticator(const RestRequest& request);
    RestResponse showPassword(const RestRequest& request);
    RestResponse changePassword(const RestRequest& request);
    RestResponse showSessions(const RestRequest& request);
    RestResponse endSession(const RestRequest& request);
    RestResponse endAllSessions(const RestRequest& request);
    RestResponse showReset(const RestRequest& request);
    RestResponse requestReset(const RestRequest& request);
    RestResponse confirmReset(const RestRequest& request);

private:
    /// The signed-in visit, or nothing (the caller redirects to the login page).
    std::optional<PortalVisit> signedIn(const RestRequest& request);
    RestResponse toLogin(const RestRequest& request);
    /// The home page: the tiles and the user's sign-in methods, with an optional notice.
    RestResponse homePage(const PortalVisit& visit, const std::string& notice = {}, const std::string& kind = "error",
                          int status = 200);
    RestResponse sessionsPage(const PortalVisit& visit, const std::string& notice);
    /// "Firefox 120 on Windows" in the visitor's language, from a User-Agent header.
    std::string browserOf(const PortalVisit& visit, const std::string& userAgent) const;
    /// A <time> element: UTC as the server renders it, the browser's local time once the script ran.
    std::string localTime(const PortalVisit& visit, std::int64_t at) const;
    /// Checks and stores a new password; the first problem's text, or nothing when it was set.
    std::optional<std::string> setPassword(const PortalVisit& visit, const UserRecord& user,
                                           const std::string& password, const std::string& confirmation,
                                           const std::string& how);
    /// The first problem the password policy finds, as the page shows it; nothing when the password is fine.
    std::optional<std::string> policyProblem(const PortalVisit& visit, const std::string& username,
                                             const std::string& password, const std::string& confirmation);
    /// The factor a reset code goes to: the user's e-mail factor, else SMS.
    std::optional<FactorRecord> resetFactor(std::int64_t userId);

    PortalSite& m_site;
    Services m_services;
    std::string m_publicUrl;
    ResetRequestSpacing m_resetSpacing{m_site.clock()};
    PortalMethodPages m_methods;
};

} // namespace castellan
