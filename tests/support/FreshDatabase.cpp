#include "FreshDatabase.h"

#include "store/Migrator.h"

#include <Poco/Data/Session.h>

#include <QFile>
#include <QUuid>

#include <stdexcept>

using namespace Poco::Data::Keywords;

namespace castellan::test {
namespace {

std::string fixtureUrl()
{
    QFile file(qEnvironmentVariable("CASTELLAN_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("PostgreSQL fixture URL file missing: " + file.fileName().toStdString() +
                                 " (run the test through ctest so the postgres fixture starts)");
    }
    return file.readAll().trimmed().toStdString();
}

void execOnAdmin(const std::string& adminUrl, const std::string& sql)
{
    auto url = DatabaseUrl::parse(adminUrl);
    try {
        Poco::Data::Session session(url->connector, url->connectionString);
        session << sql, now;
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(sql + ": " + e.displayText());
    }
}

} // namespace

std::string FreshDatabase::kind()
{
    const QString k = qEnvironmentVariable("CASTELLAN_TEST_DB", "sqlite");
    return k.toStdString();
}

FreshDatabase::FreshDatabase()
{
    Database::registerConnectors();
    if (kind() == "postgresql") {
        m_adminUrl = fixtureUrl();
        m_pgName = "castellan_t_" + QUuid::createUuid().toString(QUuid::Id128).left(16).toStdString();
        execOnAdmin(m_adminUrl, "CREATE DATABASE " + m_pgName);
        m_url = m_adminUrl.substr(0, m_adminUrl.rfind('/') + 1) + m_pgName;
    } else {
        m_url = "sqlite:" + m_dir.filePath("castellan.db").toStdString();
    }
}

FreshDatabase::~FreshDatabase()
{
    close();
    if (!m_pgName.empty()) {
        try {
            execOnAdmin(m_adminUrl, "DROP DATABASE IF EXISTS " + m_pgName + " WITH (FORCE)");
        } catch (...) {
            // The fixture server is torn down at the end of the run anyway.
        }
    }
}

Database& FreshDatabase::open(bool migrate)
{
    if (!m_database) {
        auto opened = Database::open(DatabaseUrl::parse(m_url).value(), {});
        if (!opened) {
            throw std::runtime_error(opened.error().message);
        }
        m_database = std::move(opened.value());
        if (migrate) {
            auto version = Migrator(*m_database).migrate();
            if (!version) {
                throw std::runtime_error(version.error().message);
            }
        }
    }
    return *m_database;
}

void FreshDatabase::close()
{
    m_database.reset();
}

} // namespace castellan::test
