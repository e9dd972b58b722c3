#include "FreshDatabase.h"
#include "store/LockoutRepository.h"

#include <QtTest>

using namespace castellan;

namespace {

constexpr std::int64_t kNow = 1'760'000'000;

} // namespace

/// LockoutRepository's list of blocks in force on SQLite and PostgreSQL: the username search and every sort field.
class TestLockoutRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FreshDatabase> m_fresh;
    std::unique_ptr<LockoutRepository> m_lockout;

    void block(const std::string& username, std::int64_t blockedAt, std::optional<std::int64_t> expiresAt,
               const std::string& reason, const std::string& by)
    {
        BlockRow b;
        b.username = username;
        b.usernameKey = QString::fromStdString(username).toLower().toStdString();
        b.reason = reason;
        b.blockedAt = blockedAt;
        b.expiresAt = expiresAt;
        b.blockedBy = by;
        QVERIFY(m_lockout->block(b, blockedAt, 600));
    }

    std::string usernames(const SortOrder& sort, const std::string& text = "")
    {
        std::int64_t total = 0;
        std::string seen;
        for (const BlockRow& b : m_lockout->listActive({text, sort, 0, 50}, kNow, total)) {
            seen += (seen.empty() ? "" : ",") + b.username;
        }
        return seen;
    }

private slots:
    void initTestCase()
    {
        m_fresh = std::make_unique<test::FreshDatabase>();
        m_lockout = std::make_unique<LockoutRepository>(m_fresh->open());
        block("Carol", kNow - 30, kNow + 600, "too many failed attempts", "system");
        block("alice", kNow - 20, std::nullopt, "left the company", "admin:root");
        block("bob", kNow - 10, kNow + 60, "Suspicious sign-ins", "admin:ops");
        block("dave", kNow - 900, kNow - 1, "too many failed attempts", "system"); // over: not listed
    }

    void cleanupTestCase()
    {
        m_lockout.reset();
        m_fresh.reset();
    }

    void testDefaultIsNewestFirst()
    {
        QCOMPARE(usernames({}), std::string("bob,alice,Carol"));
        QCOMPARE(usernames({"blocked_at"}), std::string("Carol,alice,bob"));
    }

    void testSortsByUsernameReasonAndAuthorIgnoringCase()
    {
        QCOMPARE(usernames({"username"}), std::string("alice,bob,Carol"));
        QCOMPARE(usernames({"username", true}), std::string("Carol,bob,alice"));
        QCOMPARE(usernames({"reason"}), std::string("alice,bob,Carol"));
        QCOMPARE(usernames({"blocked_by", true}), std::string("Carol,alice,bob"));
    }

    void testPermanentBlocksSortAsTheLongestRemaining()
    {
        QCOMPARE(usernames({"remaining_seconds"}), std::string("bob,Carol,alice"));
        QCOMPARE(usernames({"remaining_seconds", true}), std::string("alice,Carol,bob"));
    }

    void testSearchMatchesPartOfTheUsernameIgnoringCase()
    {
        QCOMPARE(usernames({}, "AL"), std::string("alice"));
        QCOMPARE(usernames({"username"}, "o"), std::string("bob,Carol"));
        QCOMPARE(usernames({}, "dave"), std::string()); // only blocks in force
        std::int64_t total = 0;
        QCOMPARE(m_lockout->listActive({"", {"username"}, 1, 1}, kNow, total).front().username, std::string("bob"));
        QCOMPARE(total, std::int64_t(3));
    }
};

QTEST_GUILESS_MAIN(TestLockoutRepository)
#include "TestLockoutRepository.moc"
