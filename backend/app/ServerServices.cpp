#include "app/ServerServices.h"

#include "app/DirectoryMetrics.h"
#include "app/Metrics.h"

#include "license/VendorKeys.h"

#include <stdexcept>

namespace castellan {
namespace {

std::vector<std::string> trustedLicenseKeys(const ServerConfig& config)
{
    std::vector<std::string> keys = VendorKeys::embedded();
    if (!config.licenseTestPublicKey.empty()) {
        keys.push_back(config.licenseTestPublicKey);
    }
    return keys;
}

/// The database of geoip.database; ServerConfig refused a file that cannot be read, so a failure here is a file
/// changed since (the server stops with the key named).
std::unique_ptr<GeoLocation> openGeoLocation(const std::string& path)
{
    if (path.empty()) {
        return nullptr;
    }
    std::string error;
    auto location = GeoLocation::open(path, error);
    if (!location) {
        throw std::runtime_error("geoip.database: cannot read '" + path + "': " + error);
    }
    return location;
}

} // namespace

ServerServices::ServerServices(const ServerConfig& config, Database& database, MasterKey masterKey)
    : m_database(database), m_secrets(std::move(masterKey)), m_audit(database), m_admins(database), m_clients(database),
      m_users(database), m_aliases(database), m_factors(database), m_applications(database), m_transactions(database),
      m_radiusClientStore(database), m_radiusProfileStore(database),
      m_radiusClientRegistry(RadiusClientRegistry::fromStore(m_radiusClientStore, m_secrets)),
      m_radiusProfiles(RadiusProfiles::fromStore(m_applications, m_radiusProfileStore)), m_portalSessions(database),
      m_tokens(database, SystemClock::instance(), config.allowAdminWithoutOtp), m_lockout(database, m_audit),
      m_adminAuthenticator(m_admins, m_tokens, m_lockout, m_audit, m_hasher, m_secrets, config.allowAdminWithoutOtp,
                           "Castellan MFA"),
      m_otpVerifier(m_factors, m_secrets, {.totpWindow = config.totpWindow, .hotpLookAhead = config.hotpLookAhead}),
      m_codes(database), m_deliverySettings(database), m_channels(m_deliverySettings, m_secrets, config),
      m_delivery(m_codes, &m_channels.sms(), &m_channels.mail(), "Castellan MFA", &m_audit),
      m_license(database, trustedLicenseKeys(config), config.licenseZone, m_audit),
      m_licenseAlarms(m_license, &m_channels.mail(), m_audit), m_devices(database), m_pushChallenges(database),
      m_webauthn(database), m_directoryStore(database), m_directoryAccounts(m_directoryStore, m_secrets),
      m_directoryUsers(m_users, m_directoryAccounts),
      m_engine({m_users, m_factors, m_applications, m_transactions, m_devices, m_pushChallenges, m_webauthn},
               m_otpVerifier, &m_delivery, m_lockout, m_audit, m_hasher, m_license),
      m_enforcement(m_applications, {.passwordOnlyWithoutProfile = config.passwordOnlyWithoutProfile,
                                     .radiusEnabled = config.radiusPort != 0 || config.radsecPort != 0}),
      m_health(database, m_enforcement, m_license), m_authResource(m_adminAuthenticator, m_tokens, m_lockout),
      m_oauth(m_clients, m_tokens, m_lockout, m_audit), m_apiClients(m_clients, m_tokens, m_audit),
      m_adminResource(database, m_admins, m_audit, m_hasher),
      m_deliveryResource(m_deliverySettings, m_channels, m_secrets, m_audit),
      m_userResource(m_users, m_transactions, m_portalSessions, m_lockout, m_audit, m_hasher),
      m_userAccess(m_users, m_webauthn, m_portalSessions, m_audit), m_userAliases(m_users, m_aliases, m_audit),
      m_userImporter(database, m_users, m_aliases, m_audit, m_hasher, m_lockout), m_userExport(m_users, m_aliases),
      m_userCsv(m_userImporter, m_userExport, m_audit), m_security(database, m_lockout, m_audit),
      m_validate(m_engine, config.publicUrl),
      m_applicationResource(m_applications, m_radiusProfileStore, m_radiusProfiles, m_audit),
      m_factorResource(m_users, m_factors, m_secrets, m_otpVerifier, m_audit, "Castellan MFA"),
      m_hotpTokens(m_users, m_factors, m_secrets, m_audit), m_licenseResource(m_license, m_licenseAlarms, m_audit),
      m_auditResource(m_audit),
      m_radiusClientResource(m_radiusClientStore, m_applications, m_radiusClientRegistry, m_secrets, m_audit),
      m_directoryResource(m_directoryStore, m_users, m_directoryAccounts, m_secrets, m_audit),
      m_directoryUserResource(m_directoryStore, m_directoryUsers, m_audit), m_deviceNonces(database),
      m_softOtpEnrollment(m_devices, m_secrets, m_audit), m_deviceVerifier(m_devices, m_deviceNonces),
      m_pushApproval(m_pushChallenges, m_lockout, m_audit),
      m_enrollmentResource(m_users, m_softOtpEnrollment, config.publicUrl), m_softOtpResource(m_devices, m_audit),
      m_deviceResource(m_softOtpEnrollment, m_deviceVerifier, m_devices, m_pushApproval, m_audit),
      m_geoLocation(openGeoLocation(config.geoipDatabase)),
      m_portalSite(m_portalSessions, m_applications, config.portalIdleSeconds, config.portalMaxSeconds),
      m_portalLogin(m_portalSite, m_engine, m_users),
      m_portalAccount(m_portalSite,
                      {m_users, m_factors, m_devices, m_transactions, m_softOtpEnrollment, &m_delivery, m_lockout,
                       m_hasher, m_audit, m_geoLocation.get()},
                      config.publicUrl),
      m_portalKeys(m_portalSite, m_engine, m_webauthn, m_users, m_audit, config.publicUrl),
      m_samlKeys(database, m_secrets), m_serviceProviders(database), m_samlPending(database), m_ssoSessions(database),
      m_samlBackChannel(m_serviceProviders, m_samlKeys, m_audit),
      m_ssoSessionResource(m_ssoSessions, m_samlBackChannel, m_audit),
      m_serviceProviderResource(m_serviceProviders, m_applications, m_audit), m_samlKeyResource(m_samlKeys, m_audit),
      m_samlPages(m_samlKeys, config.publicUrl), m_samlLogouts(database),
      m_ssoPages({m_serviceProviders, m_samlPending, m_users, m_samlKeys, m_ssoSessions, m_applications, m_audit},
                 m_portalSite, m_samlPages, config.samlSessionMaxSeconds),
      m_sloPages({m_serviceProviders, m_ssoSessions, m_samlLogouts, m_samlBackChannel, m_samlKeys, m_audit},
                 m_portalSite, m_samlPages),
      m_metricsResource(config.metricsAllow),
      m_dashboard({m_audit, database, m_license, m_applications, m_radiusClientStore, m_radiusClientRegistry.activity(),
                   m_serviceProviders, m_factors, m_channels})
{
    m_engine.setPasswordOnlyWithoutProfile(config.passwordOnlyWithoutProfile);
    m_directoryAccounts.setCacheSeconds(config.directoryCacheSeconds);
    m_directoryAccounts.setRetrySeconds(config.directoryRetrySeconds);
    m_engine.setDirectories(&m_directoryUsers);
    Metrics::instance().setSource(
        "directories", [this](std::string& out) { appendDirectoryMetrics(out, m_directoryAccounts.stats()); });
    // Authentication decisions of every channel, counted for /metrics as they are audited.
    m_audit.addObserver([](const AuditEvent& event) {
        if (event.event == "auth.validate") {
            Metrics::instance().countDecision(event.channel, event.result);
        }
    });
    // Sessions ended without the user's browser (signed out elsewhere, terminated by an administrator): their SPs
    // hear of it over the back channel where they offer one.
    m_portalSessions.setEndingListener([this](const std::vector<std::string>& ids) {
        for (const std::string& id : ids) {
            if (auto session = m_ssoSessions.findByPortalSession(id)) {
                m_samlBackChannel.notify(session->username, session->participants, {});
            }
        }
    });
    m_router.setBearerResolver([this](const std::string& token) { return m_tokens.resolve(token); });
    m_health.addRoutes(m_router);
    m_metricsResource.addRoutes(m_router);
    m_authResource.addRoutes(m_router);
    m_oauth.addRoutes(m_router);
    m_apiClients.addRoutes(m_router);
    m_adminResource.addRoutes(m_router);
    m_deliveryResource.addRoutes(m_router);
    m_userCsv.addRoutes(m_router);
    m_userResource.addRoutes(m_router);
    m_userAccess.addRoutes(m_router);
    m_userAliases.addRoutes(m_router);
    m_security.addRoutes(m_router);
    m_validate.addRoutes(m_router);
    m_applicationResource.addRoutes(m_router);
    m_factorResource.addRoutes(m_router);
    m_hotpTokens.addRoutes(m_router);
    m_licenseResource.addRoutes(m_router);
    m_dashboard.addRoutes(m_router);
    // After the support end date only the license, administrator sign-in and health stay reachable; validate
    // answers for itself (a reject with the reason), as RADIUS and the portal do.
    m_router.setLicenseGuard([this] { return m_license.supportEnded(); },
                             {"/api/v1/health", "/api/v1/health/live", "/api/v1/health/ready", "/api/v1/openapi.json",
                              "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/auth/me",
                              "/api/v1/auth/password", "/api/v1/auth/totp", "/api/v1/auth/totp/confirm",
                              "/api/v1/auth/validate", "/api/v1/dashboard", "/api/v1/license",
                              "/api/v1/license/app-key-file", "/api/v1/license/usage"});
    m_license.onCounted([this](int count, int limit) {
        // Only a count that reaches a new whole percent can cross a threshold; the check itself runs elsewhere.
        if (count * 100 / limit != (count - 1) * 100 / limit) {
            m_licenseAlarms.requestCheck();
        }
    });
    m_auditResource.addRoutes(m_router);
    m_radiusClientResource.addRoutes(m_router);
    m_radiusDictionaryResource.addRoutes(m_router);
    m_directoryResource.addRoutes(m_router);
    m_directoryUserResource.addRoutes(m_router);
    m_openApi.addRoutes(m_router);
    m_enrollmentResource.addRoutes(m_router);
    m_softOtpResource.addRoutes(m_router);
    m_deviceResource.addRoutes(m_router);
    m_portalLogin.addRoutes(m_router);
    m_portalAccount.addRoutes(m_router);
    m_portalKeys.addRoutes(m_router);
    m_serviceProviderResource.addRoutes(m_router);
    m_samlKeyResource.addRoutes(m_router);
    m_ssoSessionResource.addRoutes(m_router);
    m_samlPages.addRoutes(m_router);
    m_ssoPages.addRoutes(m_router);
    m_sloPages.addRoutes(m_router);
}

ServerServices::~ServerServices()
{
    Metrics::instance().removeSource("directories");
}

} // namespace castellan
