#pragma once

#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>
#include <string>

namespace castellan::test {

/// A fresh, empty database of the kind the test run asks for (env CASTELLAN_TEST_DB: sqlite, the default,
/// or postgresql). PostgreSQL databases are created on the fixture server and dropped afterwards.
class FreshDatabase
{
public:
    FreshDatabase();
    ~FreshDatabase();

    /// "sqlite" or "postgresql".
    static std::string kind();
    /// The `db.url` a server process should use for this database.
    const std::string& url() const { return m_url; }
    /// Opens (and keeps) a Database on it; migrated when `migrate` is true.
    Database& open(bool migrate = true);
    /// Closes the opened Database (e.g. before a server process uses the file).
    void close();

private:
    QTemporaryDir m_dir;
    std::string m_url;
    std::string m_adminUrl;
    std::string m_pgName;
    std::unique_ptr<Database> m_database;
};

} // namespace castellan::test
