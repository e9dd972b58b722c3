#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "directory/DirectoryUserLookup.h"
#include "store/DirectoryRepository.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class SecretBox;

/// A directory user found for a login name, with the directory that knows them.
struct DirectoryMatch
{
    DirectoryRecord directory;
    DirectoryUser user;
};

/// What the enabled directories say about a login name.
struct DirectoryResolution
{
    enum class Outcome
    {
        NotFound,    ///< no directory knows the name (and every directory answered)
        Found,       ///< `match`
        Ambiguous,   ///< a directory has several entries with the name: never guessed
        Unavailable, ///< no answering directory knows the name, and at least one did not answer
    };
    Outcome outcome = Outcome::NotFound;
    std::optional<DirectoryMatch> match;
    /// For the audit: which directory failed and why, or which was ambiguous.
    std::string reason;
};

/// Counters of one directory for `/metrics`.
struct DirectoryStats
{
    std::string name;
    std::uint64_t lookups = 0;         ///< searches sent (cache misses)
    std::uint64_t cacheHits = 0;       ///< lookups answered from the cache
    std::uint64_t failures = 0;        ///< lookups or password checks that failed for want of the server
    std::uint64_t skipped = 0;         ///< attempts not made because every server's circuit was open
    std::uint64_t passwordChecks = 0;  ///< user binds
    std::uint64_t passwordRejects = 0; ///< user binds refused as invalid credentials
    std::string lastError;             ///< the last failure's text, empty when the last attempt succeeded
    bool up = true;                    ///< the last attempt reached a server
};

/// The directory users of AuthEngine's pipeline (issue 17): looks a login name up in each enabled directory by
/// priority, caches what it found for a short while (never a password or an outcome of a failed server), checks
/// passwords by binding as the user over TLS, and keeps a failing server out of the way for a while (a circuit breaker
/// per URL) so that a dead or slow directory costs its own timeout at most once per `kOpenSeconds`.
class DirectoryAccounts
{
public:
    /// How long a server that failed is skipped before it is tried again.
    static constexpr int kOpenSeconds = 30;
    /// At most this many names are cached; the cache is emptied when full.
    static constexpr std::size_t kCacheEntries = 10000;

    DirectoryAccounts(DirectoryRepository& directories, const SecretBox& secrets,
                      const Clock& clock = SystemClock::instance());

    /// How long a lookup is reused (0: never); `directory.cache_seconds`, at most 60 by default.
    void setCacheSeconds(int seconds);

    /// Whether any directory is enabled (local-only installations skip everything below).
    bool anyEnabled();
    /// The login name looked up in every enabled directory by priority: the first that knows it wins.
    DirectoryResolution resolve(const std::string& login);
    /// The same for one directory (admins adding a user before their first sign-in).
    DirectoryResolution resolveIn(const DirectoryRecord& directory, const std::string& login);
    /// Whether `password` is the password of the matched user: a bind as their DN, only over TLS. False when the
    /// directory refuses it as invalid credentials, with `why` naming Active Directory's reason (disabled, expired,
    /// locked out, password expired) when the server says one; Unavailable when no server answered.
    Result<bool> checkPassword(const DirectoryMatch& match, const std::string& password, std::string& why);
    /// Entries of `directory` whose names start with `text` (admins).
    Result<std::vector<DirectoryUser>> search(const DirectoryRecord& directory, const std::string& text, int limit);
    /// Forgets cached lookups (a directory changed).
    void invalidate();

    std::vector<DirectoryStats> stats();
    /// The `/metrics` families of every directory that has been used.
    void appendMetrics(std::string& out);

private:
    struct Cached
    {
        std::int64_t directoryId = 0;
        std::int64_t version = 0;
        std::optional<DirectoryUser> user; ///< nothing: the directory has no such name
        std::chrono::steady_clock::time_point until;
    };
    struct Circuit
    {
        std::chrono::steady_clock::time_point openUntil;
        std::string error;
    };

    /// A connection bound as the service account to the first server whose circuit is closed.
    Result<LdapConnection> open(const DirectoryRecord& directory);
    std::string bindPassword(const DirectoryRecord& directory, bool& opened);
    void recordFailure(const DirectoryRecord& directory, const std::string& error);
    DirectoryStats& statsOf(const DirectoryRecord& directory); ///< m_mutex held
    /// One directory's answer: the user, nothing (not there), or the error (Conflict: ambiguous).
    Result<std::optional<DirectoryUser>> lookup(const DirectoryRecord& directory, const std::string& login);

    DirectoryRepository& m_directories;
    const SecretBox& m_secrets;
    const Clock& m_clock;
    std::mutex m_mutex;
    std::chrono::seconds m_cacheFor{60};
    std::map<std::pair<std::int64_t, std::string>, Cached> m_cache;     ///< (directory id, login key)
    std::map<std::pair<std::int64_t, std::string>, Circuit> m_circuits; ///< (directory id, URL)
    std::map<std::int64_t, DirectoryStats> m_stats;
};

} // namespace castellan
