#include "FreshDatabase.h"
#include "store/UserRepository.h"

#include <QtTest>

using namespace castellan;

namespace {

constexpr std::int64_t kNow = 1'760'000'000;

} // namespace

/// UserRepository's list on SQLite and PostgreSQL: each sort field in both directions, the same on both.
class TestUserRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FreshDatabase> m_fresh;
    std::unique_ptr<UserRepository> m_users;

    void add(const std::string& username, const std::string& firstName, std::optional<std::int64_t> expiresAt,
             std::int64_t createdAt)
    {
        UserRecord u;
        u.username = username;
        u.usernameKey = QString::fromStdString(username).toLower().toStdString();
        u.firstName = firstName;
        u.email = u.usernameKey + "@example.test";
        u.expiresAt = expiresAt;
        u.createdAt = u.updatedAt = createdAt;
        m_users->create(u);
    }

    std::string usernames(const SortOrder& sort)
    {
        UserQuery q;
        q.sort = sort;
        std::int64_t total = 0;
        std::string seen;
        for (const UserRecord& u : m_users->list(q, kNow, total)) {
            seen += (seen.empty() ? "" : ",") + u.username;
        }
        return seen;
    }

private slots:
    void initTestCase()
    {
        m_fresh = std::make_unique<test::FreshDatabase>();
        m_users = std::make_unique<UserRepository>(m_fresh->open());
        add("Mert", "ali", kNow + 86'400, 300);
        add("ayse", "Zeynep", std::nullopt, 100);
        add("bora", "Cem", kNow + 3'600, 200);
    }

    void cleanupTestCase()
    {
        m_users.reset();
        m_fresh.reset();
    }

    void testDefaultIsByUsernameIgnoringCase()
    {
        QCOMPARE(usernames({}), std::string("ayse,bora,Mert"));
        QCOMPARE(usernames({"username", true}), std::string("Mert,bora,ayse"));
    }

    void testNamesSortIgnoringCase()
    {
        QCOMPARE(usernames({"first_name"}), std::string("Mert,bora,ayse"));
        QCOMPARE(usernames({"email", true}), std::string("Mert,bora,ayse"));
        QCOMPARE(usernames({"created_at"}), std::string("ayse,bora,Mert"));
    }

    void testNeverExpiringSortsLastOnBothDatabases()
    {
        QCOMPARE(usernames({"expires_at"}), std::string("bora,Mert,ayse"));
        QCOMPARE(usernames({"expires_at", true}), std::string("ayse,Mert,bora"));
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "TestUserRepository.moc"
