#include "store/Database.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Exception.h>

#include <algorithm>

using Poco::Data::Keywords::now;

namespace castellan {
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
        db->m_pool = std::make_unique<Poco::Data::SessionPool>(url.connector, url.connectionString, 1,
                                                               std::clamp(options.poolMax, 1, 1024), 60);
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

void Database::configureSqlite(Poco::Data::Session& session)
{
    // Per-connection settings: foreign keys and the busy timeout are not stored in the file.
    session << "PRAGMA foreign_keys=ON", now;
    session << "PRAGMA busy_timeout=" + std::to_string(m_options.sqliteBusyTimeout.count()), now;
    // In WAL mode NORMAL keeps every committed transaction across a process crash (not a power loss).
    session << "PRAGMA synchronous=NORMAL", now;
}

Poco::Data::Session Database::acquire()
{
    if (!m_slots.try_acquire_for(m_options.acquireTimeout)) {
        throw Poco::Data::SessionPoolExhaustedException("no database session free within the timeout");
    }
    try {
        Poco::Data::Session session = m_pool->get();
        if (m_url.dialect == SqlDialect::Sqlite) {
            configureSqlite(session);
        }
        return session;
    } catch (...) {
        m_slots.release();
        throw;
    }
}

void Database::release()
{
    m_slots.release();
}

void Database::read(const std::function<void(Poco::Data::Session&)>& work)
{
    Poco::Data::Session session = acquire();
    try {
        work(session);
    } catch (...) {
        release();
        throw;
    }
    release();
}

void Database::write(const std::function<void(Poco::Data::Session&)>& work)
{
    if (m_url.dialect == SqlDialect::Sqlite) {
        std::lock_guard lock(m_writerMutex);
        Poco::Data::Session& session = *m_sqliteWriter;
        session << "BEGIN IMMEDIATE", now;
        try {
            work(session);
            session << "COMMIT", now;
        } catch (...) {
            try {
                session << "ROLLBACK", now;
            } catch (const Poco::Exception&) {
                // The connection already ended the transaction; the original error matters more.
            }
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
    return {m_pool->used(), m_pool->idle(), m_pool->capacity()};
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
