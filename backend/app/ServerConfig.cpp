#include "app/ServerConfig.h"

#include <Poco/Net/IPAddress.h>
#include <Poco/NumberParser.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <set>

namespace castellan {
namespace {

class Reader
{
public:
    Reader(const Poco::Util::AbstractConfiguration& config, std::vector<ConfigError>& errors)
        : m_config(config), m_errors(errors)
    {}

    std::string text(const std::string& key, const std::string& fallback)
    {
        return Poco::trim(m_config.getRawString(key, fallback));
    }

    int integer(const std::string& key, int fallback, int min, int max)
    {
        if (!m_config.hasProperty(key)) {
            return fallback;
        }
        const std::string raw = text(key, "");
        int value = 0;
        if (!Poco::NumberParser::tryParse(raw, value) || value < min || value > max) {
            fail(key, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) + " (got '" +
                          raw + "')");
            return fallback;
        }
        return value;
    }

    bool boolean(const std::string& key, bool fallback)
    {
        if (!m_config.hasProperty(key)) {
            return fallback;
        }
        const std::string raw = Poco::toLower(text(key, ""));
        if (raw == "true" || raw == "yes" || raw == "on" || raw == "1") {
            return true;
        }
        if (raw == "false" || raw == "no" || raw == "off" || raw == "0") {
            return false;
        }
        fail(key, "must be true or false (got '" + raw + "')");
        return fallback;
    }

    std::string address(const std::string& key, const std::string& fallback)
    {
        const std::string raw = text(key, fallback);
        Poco::Net::IPAddress parsed;
        if (!Poco::Net::IPAddress::tryParse(raw, parsed)) {
            fail(key, "must be an IPv4 or IPv6 address (got '" + raw + "')");
            return fallback;
        }
        return raw;
    }

    std::string oneOf(const std::string& key, const std::string& fallback, const std::set<std::string>& allowed)
    {
        const std::string raw = Poco::toLower(text(key, fallback));
        if (!allowed.count(raw)) {
            std::string list;
            for (const auto& a : allowed) {
                list += (list.empty() ? "" : ", ") + a;
            }
            fail(key, "must be one of " + list + " (got '" + raw + "')");
            return fallback;
        }
        return raw;
    }

    void fail(const std::string& key, const std::string& message) { m_errors.push_back({key, message}); }

private:
    const Poco::Util::AbstractConfiguration& m_config;
    std::vector<ConfigError>& m_errors;
};

} // namespace

Result<ServerConfig> ServerConfig::fromConfiguration(const Poco::Util::AbstractConfiguration& config,
                                                     std::vector<ConfigError>& errors)
{
    Reader read(config, errors);
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

    c.httpAddress = read.address("http.address", c.httpAddress);
    c.httpPort = read.integer("http.port", c.httpPort, 0, 65535);
    c.httpThreads = read.integer("http.threads", c.httpThreads, 2, 1024);
    c.tlsCertFile = read.text("http.tls.cert", "");
    c.tlsKeyFile = read.text("http.tls.key", "");
    if (c.tlsCertFile.empty() != c.tlsKeyFile.empty()) {
        read.fail(c.tlsCertFile.empty() ? "http.tls.cert" : "http.tls.key",
                  "http.tls.cert and http.tls.key must be given together");
    }
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

    c.radiusAddress = read.address("radius.address", c.radiusAddress);
    c.radiusPort = read.integer("radius.port", c.radiusPort, 0, 65535);
    c.radiusAccountingPort = read.integer("radius.accounting_port", c.radiusAccountingPort, 0, 65535);
    c.radsecPort = read.integer("radsec.port", c.radsecPort, 0, 65535);

    c.smtpHost = read.text("smtp.host", "");
    c.smtpPort = read.integer("smtp.port", c.smtpPort, 1, 65535);
    c.smtpUser = read.text("smtp.user", "");
    c.smtpPassword = config.getRawString("smtp.password", "");
    c.smtpFrom = read.text("smtp.from", "");
    c.smtpStartTls = read.boolean("smtp.starttls", c.smtpStartTls);

    c.allowAdminWithoutOtp = read.boolean("auth.allow_admin_without_otp", c.allowAdminWithoutOtp);
    c.logLevel = read.oneOf("log.level", c.logLevel,
                            {"fatal", "critical", "error", "warning", "notice", "information", "debug", "trace"});
    c.syslogHost = read.text("syslog.host", "");

    if (!errors.empty()) {
        return Error::of(ErrorCode::Configuration, "invalid configuration");
    }
    return c;
}

} // namespace castellan
