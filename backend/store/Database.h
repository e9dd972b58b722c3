#pragma once

#include "core/Result.h"
#include "store/DatabaseUrl.h"

#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <semaphore>

namespace castellan {

/// The storage connection: a Poco::Data session pool over SQLite or PostgreSQL.
///
/// Reads take any pooled session. Writes run in a transaction: on PostgreSQL from the pool, on SQLite
/// through one writer connection (WAL allows readers beside one writer) opened with BEGIN IMMEDIATE so
/// that a second process (the admin CLI) waits on the busy timeout instead of failing mid-transaction.
class Database
{
public:
    struct Options
    {
        int poolMax = 16;
        std::chrono::milliseconds acquireTimeout{5000};
        std::chrono::milliseconds sqliteBusyTimeout{5000};
    };

    /// Registers the SQLite and PostgreSQL connectors with Poco::Data (idempotent; open() calls it).
    static void registerConnectors();
    /// Opens the pool and checks that the database answers; a failure names the URL (password hidden).
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, Options options);
    ~Database();

    SqlDialect dialect() const { return m_url.dialect; }
    const DatabaseUrl& url() const { return m_url; }

    /// Runs `work` with a pooled session (no transaction). Throws Poco::Data exceptions from `work`, and
    /// DatabaseUnavailableException when no session can be had or the connection broke under `work`.
    void read(const std::function<void(Poco::Data::Session&)>& work);

    /// Runs `work` inside a transaction, committing when it returns and rolling back when it throws; throws as
    /// read() does.
    void write(const std::function<void(Poco::Data::Session&)>& work);

    /// True when a trivial query succeeds.
    bool ping();

    /// The session pool now: sessions in use, idle ones, and the most it opens.
    struct PoolState
    {
        int used = 0;
        int idle = 0;
        int capacity = 0;
    };
    PoolState poolState() const;

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

private:
    using Pool = std::shared_ptr<Poco::Data::SessionPool>;

    Database(DatabaseUrl url, Options options);
    Pool makePool() const;
    Pool currentPool() const;
    void replaceBrokenPool(const Pool& broken);
    void configureSqlite(Poco::Data::Session& session);

    DatabaseUrl m_url;
    Options m_options;
    /// Replaced as a whole when a connection is found broken (a restarted PostgreSQL ends every pooled connection,
    /// and each would otherwise fail one request before the pool drops it); a read holds the pool it drew from.
    mutable std::mutex m_poolMutex;
    Pool m_pool;
    std::counting_semaphore<1024> m_slots;
    std::mutex m_writerMutex;
    std::optional<Poco::Data::Session> m_sqliteWriter;
};

} // namespace castellan
