#include "store/Database.h"

#include "store/StoreExceptions.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Exception.h>

#include <algorithm>
#include <optional>

using Poco::Data::Keywords::now;

namespace castellan {
namespace {

/// Gives back a pool slot when a read ends, however it ends.
struct SlotRelease
{
    std::counting_semaphore<1024>& slots;
    ~SlotRelease() { slots.release(); }
};

/// False when the session's connection is gone (PostgreSQL: libpq reports it bad after a failed exchange).
bool isConnected(Poco::Data::Session& session)
{
    try {
        return session.isConnected();
    } catch (const Poco::Exception&) {
        return false;
    }
}

/// SQLite gave up waiting for a lock (busy timeout): the database is there but not available now.
void throwIfBusy(const Poco::Exception& e)
{
    if (dynamic_cast<const Poco::Data::SQLite::DBLockedException*>(&e) ||
        dynamic_cast<const Poco::Data::SQLite::TableLockedException*>(&e)) {
        throw DatabaseUnavailableException("the database stayed locked: " + e.displayText());
    }
}

void rollBack(Poco::Data::Session& session)
{
    try {
        session << "ROLLBACK", now;
    } catch (const Poco::Exception&) {
        // The connection already ended the transaction; the original error matters more.
    }
}

} // namespace

void Database::registerConnectors()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::PostgreSQL::Connector::registerConnector();
    });
}

Database::Database(DatabaseUrl url, Options options)
    : m_url(std::move(url)), m_options(options), m_slots(std::clamp(options.poolMax, 1, 1024))
{}

Database::~Database()
{
    if (m_sqliteWriter) {
        m_sqliteWriter->close();
    }
    if (m_pool) {
        m_pool->shutdown();
    }
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, Options options)
{
    registerConnectors();
    std::unique_ptr<Database> db(new Database(url, options));
    try {
        db->m_pool = db->makePool();
        if (url.dialect == SqlDialect::Sqlite) {
            db->m_sqliteWriter.emplace(url.connector, url.connectionString);
            db->configureSqlite(*db->m_sqliteWriter);
            *db->m_sqliteWriter << "PRAGMA journal_mode=WAL", now;
        }
        db->read([](Poco::Data::Session& session) {
            int one = 0;
            session << "SELECT 1", Poco::Data::Keywords::into(one), now;
        });
    } catch (const Poco::Exception& e) {
        return Error::of(ErrorCode::Unavailable, "cannot open database " + url.display + ": " + e.displayText());
    }
    return db;
}

Database::Pool Database::makePool() const
{
    return std::make_shared<Poco::Data::SessionPool>(m_url.connector, m_url.connectionString, 1,
                                                     std::clamp(m_options.poolMax, 1, 1024), 60);
}

Database::Pool Database::currentPool() const
{
    std::lock_guard lock(m_poolMutex);
    return m_pool;
}

void Database::replaceBrokenPool(const Pool& broken)
{
    std::lock_guard lock(m_poolMutex);
    if (m_pool == broken) {
        m_pool = makePool(); // the old one closes when its last reader lets go of it
    }
}

void Database::configureSqlite(Poco::Data::Session& session)
{
    // Per-connection settings: foreign keys and the busy timeout are not stored in the file.
    session << "PRAGMA foreign_keys=ON", now;
    session << "PRAGMA busy_timeout=" + std::to_string(m_options.sqliteBusyTimeout.count()), now;
    // In WAL mode NORMAL keeps every committed transaction across a process crash (not a power loss).
    session << "PRAGMA synchronous=NORMAL", now;
}

void Database::read(const std::function<void(Poco::Data::Session&)>& work)
{
    if (!m_slots.try_acquire_for(m_options.acquireTimeout)) {
        throw DatabaseUnavailableException("no database session became free within " +
                                           std::to_string(m_options.acquireTimeout.count()) + " ms");
    }
    const SlotRelease slot{m_slots};
    const Pool pool = currentPool(); // outlives the session below, which returns itself to it
    std::optional<Poco::Data::Session> session;
    try {
        session.emplace(pool->get());
        if (m_url.dialect == SqlDialect::Sqlite) {
            configureSqlite(*session);
        }
    } catch (const Poco::Exception& e) {
        throw DatabaseUnavailableException("cannot open a database session: " + e.displayText());
    }
    try {
        work(*session);
    } catch (const DatabaseUnavailableException&) {
        throw;
    } catch (const Poco::Exception& e) {
        if (!isConnected(*session)) {
            replaceBrokenPool(pool);
            throw DatabaseUnavailableException("the database connection broke: " + e.displayText());
        }
        throwIfBusy(e);
        throw;
    }
}

void Database::write(const std::function<void(Poco::Data::Session&)>& work)
{
    if (m_url.dialect == SqlDialect::Sqlite) {
        std::lock_guard lock(m_writerMutex);
        Poco::Data::Session& session = *m_sqliteWriter;
        try {
            session << "BEGIN IMMEDIATE", now;
        } catch (const Poco::Exception& e) {
            throwIfBusy(e);
            throw;
        }
        try {
            work(session);
            session << "COMMIT", now;
        } catch (const Poco::Exception& e) {
            rollBack(session);
            throwIfBusy(e);
            throw;
        } catch (...) {
            rollBack(session);
            throw;
        }
        return;
    }
    read([&](Poco::Data::Session& session) {
        session.begin();
        try {
            work(session);
            session.commit();
        } catch (...) {
            try {
                session.rollback();
            } catch (const Poco::Exception&) {
                // As above: keep the original error.
            }
            throw;
        }
    });
}

Database::PoolState Database::poolState() const
{
    const Pool pool = currentPool();
    return {pool->used(), pool->idle(), pool->capacity()};
}

bool Database::ping()
{
    try {
        int one = 0;
        read([&](Poco::Data::Session& session) { session << "SELECT 1", Poco::Data::Keywords::into(one), now; });
        return one == 1;
    } catch (const Poco::Exception&) {
        return false;
    }
}

} // namespace castellan
