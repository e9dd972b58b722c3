#pragma once

#include "app/ServerConfig.h"

#include <Poco/Net/IPAddress.h>
#include <Poco/NumberParser.h>
#include <Poco/String.h>
#include <Poco/Util/AbstractConfiguration.h>

#include <arpa/inet.h>

#include <filesystem>
#include <fstream>

#include <set>
#include <string>
#include <vector>

namespace castellan {

/// Reads typed configuration values, collecting one ConfigError per bad key instead of stopping at the first.
class ConfigReader
{
public:
    ConfigReader(const Poco::Util::AbstractConfiguration& config, std::vector<ConfigError>& errors)
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

    /// The port of an optional listener: 0 disables it, `auto` picks a free one (ServerConfig::kAnyPort).
    int listenerPort(const std::string& key, int fallback)
    {
        const std::string raw = Poco::toLower(text(key, std::to_string(fallback)));
        int value = 0;
        if (raw == "auto") {
            return ServerConfig::kAnyPort;
        }
        if (!Poco::NumberParser::tryParse(raw, value) || value < 0 || value > 65535) {
            fail(key, "must be a whole number from 0 to 65535 or auto (got '" + raw + "')");
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

    /// An address to listen on, IPv4 or IPv6 including the wildcards 0.0.0.0 and :: (which Poco 1.11's parser
    /// refuses).
    std::string listenAddress(const std::string& key, const std::string& fallback)
    {
        const std::string raw = text(key, fallback);
        unsigned char bytes[16];
        if (inet_pton(AF_INET, raw.c_str(), bytes) != 1 && inet_pton(AF_INET6, raw.c_str(), bytes) != 1) {
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

    bool has(const std::string& key) const { return m_config.hasProperty(key); }

    /// The path in `key` (empty when unset); a path that is not a readable regular file is a failure.
    std::string readableFile(const std::string& key)
    {
        const std::string path = text(key, "");
        std::error_code ec;
        if (!path.empty() && !(std::filesystem::is_regular_file(path, ec) && std::ifstream(path).good())) {
            fail(key, "cannot read the file '" + path + "'");
        }
        return path;
    }

    void fail(const std::string& key, const std::string& message) { m_errors.push_back({key, message}); }

private:
    const Poco::Util::AbstractConfiguration& m_config;
    std::vector<ConfigError>& m_errors;
};

} // namespace castellan
