#pragma once

#include "app/DeliveryChannels.h"
#include "app/MetricsResource.h"
#include "app/ServerConfig.h"
#include "auth/AccountLockout.h"
#include "auth/AdminAuthenticator.h"
#include "auth/AuthEngine.h"
#include "auth/DirectoryUsers.h"
#include "auth/OtpVerifier.h"
#include "auth/SecondFactorEnforcement.h"
#include "auth/TokenService.h"
#include "auth/UserExport.h"
#include "auth/UserImporter.h"
#include "crypto/MasterKey.h"
#include "crypto/PasswordHasher.h"
#include "crypto/SecretBox.h"
#include "device/DeviceRequestVerifier.h"
#include "device/PushApproval.h"
#include "device/PushChallenges.h"
#include "device/SoftOtpEnrollment.h"
#include "directory/DirectoryAccounts.h"
#include "license/LicenseAlarms.h"
#include "license/LicenseService.h"
#include "notify/HttpSmsGateway.h"
#include "notify/OneTimeCodes.h"
#include "notify/OtpDelivery.h"
#include "notify/SmtpMailSender.h"
#include "portal/GeoLocation.h"
#include "portal/PortalAccountPages.h"
#include "portal/PortalKeyPages.h"
#include "portal/PortalLoginPages.h"
#include "portal/PortalSite.h"
#include "radius/RadiusClientRegistry.h"
#include "radius/RadiusProfiles.h"
#include "rest/AdminResource.h"
#include "rest/ApiClientResource.h"
#include "rest/ApplicationResource.h"
#include "rest/AuditResource.h"
#include "rest/AuthResource.h"
#include "rest/DashboardResource.h"
#include "rest/DeliverySettingsResource.h"
#include "rest/DeviceResource.h"
#include "rest/DirectoryResource.h"
#include "rest/DirectoryUserResource.h"
#include "rest/EnrollmentResource.h"
#include "rest/FactorResource.h"
#include "rest/HealthResource.h"
#include "rest/HotpTokenResource.h"
#include "rest/LicenseResource.h"
#include "rest/OAuthResource.h"
#include "rest/OpenApiResource.h"
#include "rest/RadiusClientResource.h"
#include "rest/RadiusDictionaryResource.h"
#include "rest/Router.h"
#include "rest/SecurityResource.h"
#include "rest/SoftOtpResource.h"
#include "rest/UserAccessResource.h"
#include "rest/UserAliasResource.h"
#include "rest/UserCsvResource.h"
#include "rest/UserResource.h"
#include "rest/ValidateResource.h"
#include "saml/BackChannelLogout.h"
#include "saml/IdpKeyResource.h"
#include "saml/IdpKeyStore.h"
#include "saml/LogoutRepository.h"
#include "saml/PendingRequestRepository.h"
#include "saml/SamlPages.h"
#include "saml/ServiceProviderRepository.h"
#include "saml/ServiceProviderResource.h"
#include "saml/SloPages.h"
#include "saml/SsoPages.h"
#include "saml/SsoSessionRepository.h"
#include "saml/SsoSessionResource.h"
#include "store/AdminRepository.h"
#include "store/ApiClientRepository.h"
#include "store/ApplicationRepository.h"
#include "store/AuditLog.h"
#include "store/AuthTransactionRepository.h"
#include "store/DeliverySettingsRepository.h"
#include "store/DeviceNonceRepository.h"
#include "store/DeviceRepository.h"
#include "store/DirectoryRepository.h"
#include "store/FactorRepository.h"
#include "store/PortalSessionRepository.h"
#include "store/RadiusClientRepository.h"
#include "store/RadiusProfileRepository.h"
#include "store/UserAliasRepository.h"
#include "store/UserRepository.h"
#include "store/WebAuthnCredentialRepository.h"

#include <memory>

namespace castellan {

class Database;

/// Everything the server runs, built once over one database and master key: repositories, the auth
/// pipeline, and the REST resources registered on the router.
class ServerServices
{
public:
    ServerServices(const ServerConfig& config, Database& database, MasterKey masterKey);
    ~ServerServices();
    ServerServices(const ServerServices&) = delete;
    ServerServices& operator=(const ServerServices&) = delete;

    Router& router() { return m_router; }
    AuditLog& audit() { return m_audit; }
    LicenseService& license() { return m_license; }
    LicenseAlarms& licenseAlarms() { return m_licenseAlarms; }
    const PasswordHasher& hasher() const { return m_hasher; }
    AuthEngine& engine() { return m_engine; }
    RadiusClientRegistry& radiusClients() { return m_radiusClientRegistry; }
    RadiusProfiles& radiusProfiles() { return m_radiusProfiles; }
    SecondFactorEnforcement& secondFactorEnforcement() { return m_enforcement; }

private:
    Database& m_database;
    SecretBox m_secrets;
    PasswordHasher m_hasher;
    AuditLog m_audit;
    AdminRepository m_admins;
    ApiClientRepository m_clients;
    UserRepository m_users;
    UserAliasRepository m_aliases;
    FactorRepository m_factors;
    ApplicationRepository m_applications;
    AuthTransactionRepository m_transactions;
    // RADIUS: clients (NAS) and the RADIUS settings of radius profiles, with the short-lived views the server reads
    // on every request (invalidated by the REST resources on change).
    RadiusClientRepository m_radiusClientStore;
    RadiusProfileRepository m_radiusProfileStore;
    RadiusClientRegistry m_radiusClientRegistry;
    RadiusProfiles m_radiusProfiles;
    PortalSessionRepository m_portalSessions;
    TokenService m_tokens;
    AccountLockout m_lockout;
    AdminAuthenticator m_adminAuthenticator;
    OtpVerifier m_otpVerifier;
    OneTimeCodes m_codes;
    DeliverySettingsRepository m_deliverySettings;
    DeliveryChannels m_channels; ///< mail and SMS: from the configuration file, else from stored settings
    OtpDelivery m_delivery;
    LicenseService m_license;
    LicenseAlarms m_licenseAlarms;
    DeviceRepository m_devices;
    PushChallenges m_pushChallenges; ///< the AuthEngine creates push and QR-login challenges; devices answer them
    WebAuthnCredentialRepository m_webauthn;
    DirectoryRepository m_directoryStore;
    DirectoryAccounts m_directoryAccounts; ///< lookups, password binds, circuit breakers and metrics per directory
    DirectoryUsers m_directoryUsers;
    AuthEngine m_engine;
    SecondFactorEnforcement m_enforcement;

    HealthResource m_health;
    AuthResource m_authResource;
    OAuthResource m_oauth;
    ApiClientResource m_apiClients;
    AdminResource m_adminResource;
    DeliverySettingsResource m_deliveryResource;
    UserResource m_userResource;
    UserAccessResource m_userAccess;
    UserAliasResource m_userAliases;
    UserImporter m_userImporter;
    UserExport m_userExport;
    UserCsvResource m_userCsv;
    SecurityResource m_security;
    ValidateResource m_validate;
    ApplicationResource m_applicationResource;
    FactorResource m_factorResource;
    HotpTokenResource m_hotpTokens;
    LicenseResource m_licenseResource;
    AuditResource m_auditResource;
    RadiusClientResource m_radiusClientResource;
    RadiusDictionaryResource m_radiusDictionaryResource;
    // Directories (LDAP, Active Directory) whose users may sign in.
    DirectoryResource m_directoryResource;
    DirectoryUserResource m_directoryUserResource;
    OpenApiResource m_openApi;
    Router m_router;

    // SoftOTP devices: enrollment, the device API and the answers to push challenges.
    DeviceNonceRepository m_deviceNonces;
    SoftOtpEnrollment m_softOtpEnrollment;
    DeviceRequestVerifier m_deviceVerifier;
    PushApproval m_pushApproval;
    EnrollmentResource m_enrollmentResource;
    SoftOtpResource m_softOtpResource;
    DeviceResource m_deviceResource;

    // The registration portal (server-rendered pages).
    std::unique_ptr<GeoLocation> m_geoLocation; ///< geoip.database, when configured
    PortalSite m_portalSite;
    PortalLoginPages m_portalLogin;
    PortalAccountPages m_portalAccount;
    PortalKeyPages m_portalKeys;

    // The SAML 2.0 identity provider.
    IdpKeyStore m_samlKeys;
    ServiceProviderRepository m_serviceProviders;
    PendingRequestRepository m_samlPending;
    SsoSessionRepository m_ssoSessions;
    BackChannelLogout m_samlBackChannel;
    SsoSessionResource m_ssoSessionResource;
    ServiceProviderResource m_serviceProviderResource;
    IdpKeyResource m_samlKeyResource;
    SamlPages m_samlPages;
    LogoutRepository m_samlLogouts;
    SsoPages m_ssoPages;
    SloPages m_sloPages;

    MetricsResource m_metricsResource;
    DashboardResource m_dashboard; ///< last: it reads from most of the above
};

} // namespace castellan
