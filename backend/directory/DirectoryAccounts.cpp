#include "directory/DirectoryAccounts.h"

#include "crypto/SecretBox.h"

#include <Poco/String.h>

#include <algorithm>

namespace castellan {
namespace {

using Steady = std::chrono::steady_clock;

/// Active Directory's reason for refusing a bind with invalid credentials (the "data NNN" of its diagnostic).
std::string activeDirectoryReason(const std::string& diagnostic)
{
    static const std::pair<const char*, const char*> kReasons[] = {
        {"data 525", "no such user"},
        {"data 52e", "wrong password"},
        {"data 530", "not permitted to sign in at this time"},
        {"data 531", "not permitted to sign in at this workstation"},
        {"data 532", "password expired"},
        {"data 533", "account disabled"},
        {"data 701", "account expired"},
        {"data 773", "password must be changed"},
        {"data 775", "account locked out"},
    };
    const std::string lower = Poco::toLower(diagnostic);
    for (const auto& [code, reason] : kReasons) {
        if (lower.find(code) != std::string::npos) {
            return reason;
        }
    }
    return {};
}

std::string metricLabel(const std::string& value)
{
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

DirectoryAccounts::DirectoryAccounts(DirectoryRepository& directories, const SecretBox& secrets, const Clock& clock)
    : m_directories(directories), m_secrets(secrets), m_clock(clock)
{}

void DirectoryAccounts::setCacheSeconds(int seconds)
{
    std::lock_guard lock(m_mutex);
    m_cacheFor = std::chrono::seconds(std::max(0, seconds));
    m_cache.clear();
}

void DirectoryAccounts::invalidate()
{
    std::lock_guard lock(m_mutex);
    m_cache.clear();
    m_circuits.clear();
}

bool DirectoryAccounts::anyEnabled()
{
    return !m_directories.enabledByPriority().empty();
}

std::string DirectoryAccounts::bindPassword(const DirectoryRecord& directory, bool& opened)
{
    opened = true;
    if (directory.sealedBindPassword.empty()) {
        return {};
    }
    auto password =
        m_secrets.openFromBase64(directory.sealedBindPassword, DirectoryRepository::bindPasswordAad(directory.id));
    if (!password) {
        opened = false;
        return {};
    }
    return password.value();
}

DirectoryStats& DirectoryAccounts::statsOf(const DirectoryRecord& directory)
{
    DirectoryStats& stats = m_stats[directory.id];
    stats.name = directory.name;
    return stats;
}

void DirectoryAccounts::recordFailure(const DirectoryRecord& directory, const std::string& error)
{
    std::lock_guard lock(m_mutex);
    DirectoryStats& stats = statsOf(directory);
    ++stats.failures;
    stats.lastError = error;
    stats.up = false;
}

Result<LdapConnection> DirectoryAccounts::open(const DirectoryRecord& directory)
{
    bool opened = false;
    const std::string password = bindPassword(directory, opened);
    if (!opened) {
        return Error::of(ErrorCode::Configuration, "the bind password of directory '" + directory.name +
                                                       "' cannot be opened with this server's master key");
    }
    LdapServerSettings settings = DirectoryUserLookup::settingsOf(directory, password);
    // Servers whose circuit is open (they failed within kOpenSeconds) are not tried: a dead server costs its
    // timeout once, not on every sign-in. Once the time is up the next sign-in tries it again.
    std::vector<std::string> skipped;
    {
        std::lock_guard lock(m_mutex);
        const auto now = Steady::now();
        std::vector<std::string> urls;
        for (const std::string& url : settings.urls) {
            auto circuit = m_circuits.find({directory.id, url});
            if (circuit != m_circuits.end() && circuit->second.openUntil > now) {
                skipped.push_back(url + ": " + circuit->second.error);
            } else {
                urls.push_back(url);
            }
        }
        if (urls.empty()) {
            DirectoryStats& stats = statsOf(directory);
            ++stats.skipped;
            std::string why;
            for (const std::string& s : skipped) {
                why += (why.empty() ? "" : "; ") + s;
            }
            return Error::of(ErrorCode::Unavailable, "every server failed within the last " +
                                                         std::to_string(kOpenSeconds) + " s and is skipped (" + why +
                                                         ")");
        }
        settings.urls = std::move(urls);
    }
    std::vector<LdapAttempt> attempts;
    auto connection = LdapConnection::open(settings, &attempts);
    {
        std::lock_guard lock(m_mutex);
        const auto until = Steady::now() + std::chrono::seconds(kOpenSeconds);
        for (const LdapAttempt& attempt : attempts) {
            if (attempt.error.empty()) {
                m_circuits.erase({directory.id, attempt.url});
            } else {
                m_circuits[{directory.id, attempt.url}] = {until, attempt.error};
            }
        }
        DirectoryStats& stats = statsOf(directory);
        if (connection) {
            stats.up = true;
            stats.lastError.clear();
        }
    }
    if (!connection) {
        recordFailure(directory, connection.error().message);
    }
    return connection;
}

Result<std::optional<DirectoryUser>> DirectoryAccounts::lookup(const DirectoryRecord& directory,
                                                               const std::string& login)
{
    const std::pair<std::int64_t, std::string> key{directory.id, Poco::toLower(login)};
    {
        std::lock_guard lock(m_mutex);
        auto cached = m_cache.find(key);
        if (cached != m_cache.end() && cached->second.version == directory.version &&
            cached->second.until > Steady::now()) {
            ++statsOf(directory).cacheHits;
            return cached->second.user;
        }
    }
    auto connection = open(directory);
    if (!connection) {
        return connection.error();
    }
    {
        std::lock_guard lock(m_mutex);
        ++statsOf(directory).lookups;
    }
    DirectoryUserLookup users(connection.value(), directory);
    auto found = users.find(login);
    std::optional<DirectoryUser> user;
    if (found) {
        user = std::move(found.value());
    } else if (found.error().code != ErrorCode::NotFound) {
        if (found.error().code == ErrorCode::Unavailable) {
            recordFailure(directory, found.error().message);
        }
        return found.error();
    }
    std::lock_guard lock(m_mutex);
    if (m_cacheFor.count() > 0) {
        if (m_cache.size() >= kCacheEntries) {
            m_cache.clear();
        }
        m_cache[key] = {directory.id, directory.version, user, Steady::now() + m_cacheFor};
    }
    return user;
}

DirectoryResolution DirectoryAccounts::resolveIn(const DirectoryRecord& directory, const std::string& login)
{
    DirectoryResolution resolution;
    auto found = lookup(directory, login);
    if (!found) {
        const bool ambiguous = found.error().code == ErrorCode::Conflict;
        resolution.outcome =
            ambiguous ? DirectoryResolution::Outcome::Ambiguous : DirectoryResolution::Outcome::Unavailable;
        resolution.reason = "directory '" + directory.name + "': " + found.error().message;
        return resolution;
    }
    if (found.value()) {
        resolution.outcome = DirectoryResolution::Outcome::Found;
        resolution.match = DirectoryMatch{directory, std::move(*found.value())};
    }
    return resolution;
}

DirectoryResolution DirectoryAccounts::resolve(const std::string& login)
{
    DirectoryResolution result;
    std::string unavailable;
    for (const DirectoryRecord& directory : m_directories.enabledByPriority()) {
        DirectoryResolution one = resolveIn(directory, login);
        switch (one.outcome) {
        case DirectoryResolution::Outcome::Found:
        case DirectoryResolution::Outcome::Ambiguous:
            return one;
        case DirectoryResolution::Outcome::Unavailable:
            unavailable += (unavailable.empty() ? "" : "; ") + one.reason;
            break;
        case DirectoryResolution::Outcome::NotFound:
            break;
        }
    }
    if (!unavailable.empty()) {
        result.outcome = DirectoryResolution::Outcome::Unavailable;
        result.reason = unavailable;
    }
    return result;
}

Result<bool> DirectoryAccounts::checkPassword(const DirectoryMatch& match, const std::string& password,
                                              std::string& why)
{
    auto connection = open(match.directory);
    if (!connection) {
        return connection.error();
    }
    if (!connection->encrypted()) {
        // The directory's settings allow a plain connection (for lookups); a password never crosses one.
        return Error::of(ErrorCode::Configuration, "directory '" + match.directory.name + "' is reached without TLS (" +
                                                       connection->url() +
                                                       "): a password is sent only over ldaps:// or StartTLS");
    }
    std::string refusal;
    auto accepted = connection->checkPassword(match.user.dn, password, &refusal);
    std::lock_guard lock(m_mutex);
    DirectoryStats& stats = statsOf(match.directory);
    ++stats.passwordChecks;
    if (!accepted) {
        ++stats.failures;
        stats.lastError = accepted.error().message;
        return accepted.error();
    }
    if (!*accepted) {
        ++stats.passwordRejects;
        why = activeDirectoryReason(refusal);
        if (why.empty()) {
            why = "wrong password";
        }
    }
    return accepted;
}

Result<std::vector<DirectoryUser>> DirectoryAccounts::search(const DirectoryRecord& directory, const std::string& text,
                                                             int limit)
{
    auto connection = open(directory);
    if (!connection) {
        return connection.error();
    }
    DirectoryUserLookup users(connection.value(), directory);
    return users.search(text, limit);
}

std::vector<DirectoryStats> DirectoryAccounts::stats()
{
    std::lock_guard lock(m_mutex);
    std::vector<DirectoryStats> all;
    for (const auto& [id, stats] : m_stats) {
        all.push_back(stats);
    }
    return all;
}

void DirectoryAccounts::appendMetrics(std::string& out)
{
    const std::vector<DirectoryStats> all = stats();
    if (all.empty()) {
        return;
    }
    struct Family
    {
        const char* name;
        const char* type;
        const char* help;
        std::uint64_t DirectoryStats::*counter;
    };
    static const Family kFamilies[] = {
        {"castellan_directory_lookups_total", "counter", "User lookups sent to the directory.",
         &DirectoryStats::lookups},
        {"castellan_directory_cache_hits_total", "counter", "User lookups answered from the cache.",
         &DirectoryStats::cacheHits},
        {"castellan_directory_failures_total", "counter",
         "Lookups and password checks that failed for want of a server.", &DirectoryStats::failures},
        {"castellan_directory_skipped_total", "counter",
         "Attempts not made because every server of the directory failed recently (circuit open).",
         &DirectoryStats::skipped},
        {"castellan_directory_password_checks_total", "counter", "Password checks (binds as the user).",
         &DirectoryStats::passwordChecks},
        {"castellan_directory_password_rejects_total", "counter", "Password checks the directory refused.",
         &DirectoryStats::passwordRejects},
    };
    for (const Family& family : kFamilies) {
        out += std::string("# HELP ") + family.name + " " + family.help + "\n# TYPE " + family.name + " " +
               family.type + "\n";
        for (const DirectoryStats& s : all) {
            out += std::string(family.name) + "{directory=\"" + metricLabel(s.name) + "\"} " +
                   std::to_string(s.*family.counter) + "\n";
        }
    }
    out += "# HELP castellan_directory_up Whether the last attempt reached a server of the directory (1) or not (0); "
           "error names why.\n# TYPE castellan_directory_up gauge\n";
    for (const DirectoryStats& s : all) {
        out += "castellan_directory_up{directory=\"" + metricLabel(s.name) + "\",error=\"" +
               metricLabel(s.lastError.substr(0, 200)) + "\"} " + (s.up ? "1" : "0") + "\n";
    }
}

} // namespace castellan
