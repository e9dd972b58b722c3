#pragma once

#include "license/LicenseMonth.h"

#include "core/Result.h"
#include "http/ListenerSettings.h"
#include "notify/SmsGatewaySettings.h"
#include "notify/SmtpSettings.h"
#include "notify/SyslogSettings.h"
#include "radius/SourceNetwork.h"
#include "store/DatabaseUrl.h"

#include <Poco/Util/AbstractConfiguration.h>

#include <string>
#include <vector>

namespace castellan {

/// One invalid configuration value: the key and why.
struct ConfigError
{
    std::string key;
    std::string message;
};

/// The server's configuration, typed and validated (keys: DESIGN §6, README "Configuration").
struct ServerConfig
{
    std::string stateDir = "./var";
    DatabaseUrl database;
    int dbPoolMax = 16;

    std::string httpAddress = "127.0.0.1";
    int httpPort = 8443; ///< 0 picks a free port (tests); the log prints the actual one
    int httpThreads = 32;
    std::string tlsCertFile; ///< empty: generated in stateDir
    std::string tlsKeyFile;
    /// The HTTPS listeners (README "Listeners"): the single default listener serving everything, or, when
    /// http.public_port or http.admin_port is set, the listeners of the split. Empty certificate fields take the
    /// http.tls.* certificate (generated when that is empty too).
    std::vector<ListenerSettings> httpListeners;
    /// http.front: "async" (the default listener design) or "threaded" (the earlier thread-per-connection
    /// Poco::Net::HTTPServer, kept only so the flood benchmark can compare both designs; one listener only)
    std::string httpFront = "async";
    std::string publicUrl; ///< empty: https://localhost:<port>

    static constexpr int kAnyPort = -1; ///< an optional listener's port given as `auto`: a free port (tests)
    std::string radiusAddress = "127.0.0.1";
    int radiusPort = 1812;        ///< 0 disables; kAnyPort picks a free port
    int radiusAccountingPort = 0; ///< 0 disables; kAnyPort picks a free port
    int radsecPort = 0;           ///< 0 disables; kAnyPort picks a free port
    int radiusWorkers = 8;        ///< threads answering RADIUS requests
    std::string radsecCertFile;   ///< empty: the HTTPS certificate
    std::string radsecKeyFile;
    std::string radsecCaFile; ///< RadSec client certificates must chain to it; required with radsec.port

    std::string smtpHost;
    int smtpPort = 25;
    std::string smtpUser;
    std::string smtpPassword;
    std::string smtpFrom;
    bool smtpStartTls = true;
    std::string smtpCaFile; ///< extra trusted CA (PEM) for the SMTP server's certificate
    int smtpTimeoutSeconds = 30;

    SmsGatewaySettings smsGateway; ///< sms.gateway.*; url empty: no SMS

    bool allowAdminWithoutOtp = false;
    /// auth.password_only_without_profile: through a channel with no enabled profile of its type (REST validate,
    /// RADIUS), users without any second factor sign in with the password alone (true) or are refused (false).
    /// Users with a second factor must pass one either way.
    bool passwordOnlyWithoutProfile = false;
    /// directory.cache_seconds: how long a directory user lookup (entry, groups) is reused; never the password.
    int directoryCacheSeconds = 60;
    /// directory.retry_seconds: how long a directory server that failed is skipped before it is tried again.
    int directoryRetrySeconds = 30;
    int totpWindow = 1;     ///< TOTP steps accepted before and after now (RFC 6238 §5.2)
    int hotpLookAhead = 10; ///< HOTP counters accepted ahead of the expected one (RFC 4226 §7.4)
    std::string logLevel = "information";
    /// log.journal: auto (the journal when systemd connected stderr to it), on, off (stderr); JournalChannel.
    std::string logJournal = "auto";
    std::string logJournalSocket = "/run/systemd/journal/socket"; ///< log.journal_socket
    SyslogSettings syslog; ///< syslog.*: the audit log to the SIEM; host empty: off

    /// metrics.allow: the addresses and networks that may read /metrics (comma-separated; "none" for nobody)
    std::vector<SourceNetwork> metricsAllow;
    int portalIdleSeconds = 900;     ///< portal.session_idle_seconds: a portal session ends after this long unused
    int portalMaxSeconds = 8 * 3600; ///< portal.session_max_seconds: and at the latest this long after its sign-in
    /// geoip.database: a MaxMind DB file (GeoLite2 City, say) for the sessions page's locations; empty: none
    std::string geoipDatabase;
    /// saml.session_max_seconds: how long after a sign-in its SSO session answers SPs without a new sign-in
    int samlSessionMaxSeconds = 8 * 3600;
    LicenseTimeZone licenseZone;      ///< license.timezone: when license months begin
    std::string licenseTestPublicKey; ///< license.test_public_key: PEM text (test builds only)

    /// The smtp.* values as the mail sender takes them.
    SmtpSettings smtpSettings() const;

    /// Reads every known key; all invalid values are reported together.
    static Result<ServerConfig> fromConfiguration(const Poco::Util::AbstractConfiguration& config,
                                                  std::vector<ConfigError>& errors);
};

} // namespace castellan
