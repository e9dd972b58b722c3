#include "FreshDatabase.h"
#include "store/ApiClientRepository.h"

#include <QtTest>

using namespace castellan;

/// ApiClientRepository's list on SQLite and PostgreSQL: search, and every sort field in both directions.
class TestApiClientRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FreshDatabase> m_fresh;
    std::unique_ptr<ApiClientRepository> m_clients;

    std::int64_t add(const std::string& name, const std::string& type, std::int64_t createdAt)
    {
        ApiClientRecord c;
        c.type = type;
        c.name = name;
        c.clientId = "cli_" + name;
        c.secretDigest = std::string(64, '0');
        c.createdAt = c.updatedAt = createdAt;
        return m_clients->create(c);
    }

    std::string names(const SortOrder& sort, const std::string& query = "")
    {
        std::int64_t total = 0;
        std::string seen;
        for (const ApiClientRecord& c : m_clients->list(query, sort, 0, 50, total)) {
            seen += (seen.empty() ? "" : ",") + c.name;
        }
        return seen;
    }

private slots:
    void initTestCase()
    {
        m_fresh = std::make_unique<test::FreshDatabase>();
        m_clients = std::make_unique<ApiClientRepository>(m_fresh->open());
        const std::int64_t vpn = add("vpn", "agent", 300);
        add("Adfs", "agent", 100);
        const std::int64_t portal = add("portal", "user", 200);
        m_clients->touch(vpn, 1000);
        m_clients->touch(portal, 2000);
        QVERIFY(m_clients->update(portal, std::nullopt, false, 0, 2000));
    }

    void cleanupTestCase()
    {
        m_clients.reset();
        m_fresh.reset();
    }

    void testDefaultIsByNameIgnoringCase()
    {
        QCOMPARE(names({}), std::string("Adfs,portal,vpn"));
        QCOMPARE(names({"name", true}), std::string("vpn,portal,Adfs"));
    }

    void testSortsByTypeClientIdEnabledAndCreation()
    {
        QCOMPARE(names({"type", true}), std::string("portal,Adfs,vpn")); // user after agent; ties by id, descending
        QCOMPARE(names({"client_id"}), std::string("Adfs,portal,vpn"));
        QCOMPARE(names({"enabled"}), std::string("portal,vpn,Adfs"));
        QCOMPARE(names({"created_at"}), std::string("Adfs,portal,vpn"));
        QCOMPARE(names({"created_at", true}), std::string("vpn,portal,Adfs"));
    }

    void testNeverUsedSortsFirstOnBothDatabases()
    {
        QCOMPARE(names({"last_used_at"}), std::string("Adfs,vpn,portal"));
        QCOMPARE(names({"last_used_at", true}), std::string("portal,vpn,Adfs"));
    }

    void testSearchAndSortTogether()
    {
        QCOMPARE(names({"created_at", true}, "P"), std::string("vpn,portal")); // "vpn" and "portal" contain a p
        std::int64_t total = 0;
        QCOMPARE(m_clients->list("", {"name"}, 1, 1, total).front().name, std::string("portal"));
        QCOMPARE(total, std::int64_t(3));
    }
};

QTEST_GUILESS_MAIN(TestApiClientRepository)
#include "TestApiClientRepository.moc"
