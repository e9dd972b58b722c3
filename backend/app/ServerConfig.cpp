#include "app/ServerConfig.h"
#include "portal/GeoLocation.h"

#include "app/ConfigReader.h"
#include "app/DeliveryConfig.h"
#include "app/HttpConfig.h"
#include "license/VendorKeys.h"
#include "notify/GatewayTemplate.h"
#include "validation/EmailAddress.h"

#include <Poco/String.h>
#include <Poco/URI.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

namespace castellan {
namespace {

void readCaFile(ConfigReader& read, const std::string& key, std::string& target)
{
    target = read.readableFile(key);
}

void readRadius(ConfigReader& read, ServerConfig& c)
{
    c.radiusAddress = read.listenAddress("radius.address", c.radiusAddress);
    c.radiusPort = read.listenerPort("radius.port", c.radiusPort);
    c.radiusAccountingPort = read.listenerPort("radius.accounting_port", c.radiusAccountingPort);
    c.radsecPort = read.listenerPort("radsec.port", c.radsecPort);
    c.radiusWorkers = read.integer("radius.workers", c.radiusWorkers, 1, 256);
    readCaFile(read, "radsec.tls.cert", c.radsecCertFile);
    readCaFile(read, "radsec.tls.key", c.radsecKeyFile);
    readCaFile(read, "radsec.tls.ca", c.radsecCaFile);
    if (c.radsecCertFile.empty() != c.radsecKeyFile.empty()) {
        read.fail(c.radsecCertFile.empty() ? "radsec.tls.cert" : "radsec.tls.key",
                  "radsec.tls.cert and radsec.tls.key must be given together");
    }
    if (c.radsecPort != 0 && c.radsecCaFile.empty() && !read.has("radsec.tls.ca")) {
        read.fail("radsec.tls.ca", "is required when radsec.port is set: RadSec clients present certificates "
                                   "issued by this CA (PEM)");
    }
}

void readSyslog(ConfigReader& read, SyslogSettings& s)
{
    s.host = read.text("syslog.host", "");
    if (s.host.empty()) {
        // Settings without a host would silently forward nothing.
        for (const char* key : {"syslog.port", "syslog.transport", "syslog.tls.ca", "syslog.tls.cert", "syslog.tls.key",
                                "syslog.app_name", "syslog.facility", "syslog.queue_limit"}) {
            if (read.has(key)) {
                read.fail("syslog.host", std::string("is required when ") + key + " is set");
                return;
            }
        }
        return;
    }
    const std::string transport = read.oneOf("syslog.transport", "udp", {"udp", "tcp", "tls"});
    s.transport = SyslogSettings::parseTransport(transport).value();
    const bool tls = s.transport == SyslogSettings::Transport::Tls;
    s.port = read.integer("syslog.port", tls ? 6514 : 514, 1, 65535);
    readCaFile(read, "syslog.tls.ca", s.caFile);
    readCaFile(read, "syslog.tls.cert", s.certFile);
    readCaFile(read, "syslog.tls.key", s.keyFile);
    if (s.certFile.empty() != s.keyFile.empty()) {
        read.fail(s.certFile.empty() ? "syslog.tls.cert" : "syslog.tls.key",
                  "syslog.tls.cert and syslog.tls.key must be given together");
    }
    for (const char* key : {"syslog.tls.ca", "syslog.tls.cert", "syslog.tls.key"}) {
        if (!tls && read.has(key)) {
            read.fail(key, "takes effect only with syslog.transport=tls");
        }
    }
    s.appName = read.text("syslog.app_name", s.appName);
    if (s.appName.empty() || s.appName.size() > 48 ||
        !std::all_of(s.appName.begin(), s.appName.end(), [](char ch) { return ch > 32 && ch < 127; })) {
        read.fail("syslog.app_name", "must be 1 to 48 printable ASCII characters without spaces (RFC 5424 APP-NAME)");
    }
    if (auto facility = SyslogSettings::parseFacility(Poco::toLower(read.text("syslog.facility", "audit")))) {
        s.facility = facility.value();
    } else {
        read.fail("syslog.facility", facility.error().message);
    }
    s.queueLimit = static_cast<std::size_t>(read.integer("syslog.queue_limit", 10000, 1, 1000000));
}

} // namespace

SmtpSettings ServerConfig::smtpSettings() const
{
    return SmtpSettings{.host = smtpHost,
                        .port = smtpPort,
                        .user = smtpUser,
                        .password = smtpPassword,
                        .from = smtpFrom,
                        .startTls = smtpStartTls,
                        .caFile = smtpCaFile,
                        .timeoutSeconds = smtpTimeoutSeconds};
}

namespace {

void readLicense(ConfigReader& read, ServerConfig& c)
{
    auto zone = LicenseTimeZone::parse(read.text("license.timezone", "UTC"));
    if (!zone) {
        read.fail("license.timezone", zone.error().fields.front().message);
    } else {
        c.licenseZone = zone.value();
    }
    const std::string keyFile = read.text("license.test_public_key", "");
    if (keyFile.empty()) {
        return;
    }
    if (!VendorKeys::testKeysAllowed()) {
        read.fail("license.test_public_key",
                  "is not accepted by this build: production builds trust only the vendor's license keys");
        return;
    }
    std::ifstream in(keyFile);
    std::stringstream text;
    text << in.rdbuf();
    if (!in || text.str().find("BEGIN PUBLIC KEY") == std::string::npos) {
        read.fail("license.test_public_key", "must name a readable PEM public key file (got '" + keyFile + "')");
        return;
    }
    c.licenseTestPublicKey = text.str();
}

} // namespace

Result<ServerConfig> ServerConfig::fromConfiguration(const Poco::Util::AbstractConfiguration& config,
                                                     std::vector<ConfigError>& errors)
{
    ConfigReader read(config, errors);
    ServerConfig c;
    c.stateDir = read.text("state.dir", c.stateDir);
    if (c.stateDir.empty()) {
        read.fail("state.dir", "must not be empty");
    }

    const std::string dbUrl = read.text("db.url", "sqlite:" + c.stateDir + "/castellan.db");
    if (auto parsed = DatabaseUrl::parse(dbUrl)) {
        c.database = parsed.value();
    } else {
        read.fail("db.url", parsed.error().message);
    }
    c.dbPoolMax = read.integer("db.pool.max", c.dbPoolMax, 1, 1024);

    readHttpConfig(read, c);
    c.publicUrl = read.text("http.public_url", "");
    if (!c.publicUrl.empty()) {
        try {
            Poco::URI uri(c.publicUrl);
            if (uri.getScheme() != "https" || uri.getHost().empty()) {
                read.fail("http.public_url", "must be an https:// URL with a host (got '" + c.publicUrl + "')");
            }
        } catch (const Poco::Exception&) {
            read.fail("http.public_url", "is not a valid URL (got '" + c.publicUrl + "')");
        }
    }

    readRadius(read, c);

    const SmtpSettings smtp = readSmtp(read, config);
    c.smtpHost = smtp.host;
    c.smtpPort = smtp.port;
    c.smtpUser = smtp.user;
    c.smtpPassword = smtp.password;
    c.smtpFrom = smtp.from;
    c.smtpStartTls = smtp.startTls;
    c.smtpCaFile = smtp.caFile;
    c.smtpTimeoutSeconds = smtp.timeoutSeconds;
    readSmsGateway(read, c.smsGateway);

    c.allowAdminWithoutOtp = read.boolean("auth.allow_admin_without_otp", c.allowAdminWithoutOtp);
    c.passwordOnlyWithoutProfile = read.boolean("auth.password_only_without_profile", c.passwordOnlyWithoutProfile);
    c.directoryCacheSeconds = read.integer("directory.cache_seconds", c.directoryCacheSeconds, 0, 60);
    c.directoryRetrySeconds = read.integer("directory.retry_seconds", c.directoryRetrySeconds, 1, 3600);
    c.totpWindow = read.integer("otp.totp_window", c.totpWindow, 0, 10);
    c.hotpLookAhead = read.integer("otp.hotp_look_ahead", c.hotpLookAhead, 1, 100);
    c.logLevel = read.oneOf("log.level", c.logLevel,
                            {"fatal", "critical", "error", "warning", "notice", "information", "debug", "trace"});
    c.logJournal = read.oneOf("log.journal", c.logJournal, {"auto", "on", "off"});
    c.logJournalSocket = read.text("log.journal_socket", c.logJournalSocket);
    if (c.logJournalSocket.empty() || c.logJournalSocket.front() != '/' || c.logJournalSocket.size() >= 108) {
        read.fail("log.journal_socket", "must be an absolute path of at most 107 characters");
    }
    readSyslog(read, c.syslog);
    readLicense(read, c);
    c.portalIdleSeconds = read.integer("portal.session_idle_seconds", c.portalIdleSeconds, 60, 86400);
    c.portalMaxSeconds = read.integer("portal.session_max_seconds", c.portalMaxSeconds, 300, 7 * 86400);
    c.geoipDatabase = read.text("geoip.database", "");
    if (!c.geoipDatabase.empty()) {
        std::string error;
        if (!GeoLocation::open(c.geoipDatabase, error)) {
            read.fail("geoip.database",
                      "cannot be read as a MaxMind DB file ('" + c.geoipDatabase + "': " + error + ")");
        }
    }
    const std::string allow = read.text("metrics.allow", "127.0.0.1,::1");
    if (allow != "none") {
        std::string item;
        for (size_t start = 0; start <= allow.size();) {
            const size_t comma = std::min(allow.find(',', start), allow.size());
            item = Poco::trim(allow.substr(start, comma - start));
            start = comma + 1;
            if (auto network = SourceNetwork::parse(item, "metrics.allow")) {
                c.metricsAllow.push_back(*network);
            } else {
                read.fail("metrics.allow",
                          "'" + item + "' is not an address or network (CIDR); use \"none\" to close /metrics");
            }
        }
    }
    c.samlSessionMaxSeconds = read.integer("saml.session_max_seconds", c.samlSessionMaxSeconds, 60, 7 * 86400);

    if (!errors.empty()) {
        return Error::of(ErrorCode::Configuration, "invalid configuration");
    }
    return c;
}

} // namespace castellan
