#include "FreshDatabase.h"
#include "store/LicenseRepository.h"

#include <QtTest>

using namespace castellan;

/// LicenseRepository's list of a month's users on SQLite and PostgreSQL, by each sort field.
class TestLicenseRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FreshDatabase> m_fresh;
    std::unique_ptr<LicenseRepository> m_license;

    std::string usernames(const SortOrder& sort)
    {
        std::int64_t total = 0;
        std::string seen;
        for (const UsageRow& row : m_license->usage("2026-11", sort, 0, 50, total)) {
            seen += (seen.empty() ? "" : ",") + row.username;
        }
        return seen;
    }

private slots:
    void initTestCase()
    {
        m_fresh = std::make_unique<test::FreshDatabase>();
        m_license = std::make_unique<LicenseRepository>(m_fresh->open());
        const std::int64_t start = 1'793'000'000;
        for (const auto& [username, at] : std::vector<std::pair<std::string, std::int64_t>>{
                 {"Zeynep", start}, {"ayse", start + 100}, {"mert", start + 200}}) {
            const std::string key = QString::fromStdString(username).toLower().toStdString();
            QCOMPARE(int(m_license->admit("2026-11", key, username, at, 10).admission),
                     int(LicenseRepository::Admission::Counted));
        }
        // Zeynep signs in again later than anyone: last_login moves, first_seen stays.
        m_license->admit("2026-11", "zeynep", "Zeynep", start + 1000, 10);
        m_license->admit("2026-12", "other", "other", start + 5000, 10);
    }

    void cleanupTestCase()
    {
        m_license.reset();
        m_fresh.reset();
    }

    void testDefaultIsByUsernameIgnoringCase()
    {
        QCOMPARE(usernames({}), std::string("ayse,mert,Zeynep"));
        QCOMPARE(usernames({"username", true}), std::string("Zeynep,mert,ayse"));
    }

    void testSortsByFirstSeenAndLastLogin()
    {
        QCOMPARE(usernames({"first_seen"}), std::string("Zeynep,ayse,mert"));
        QCOMPARE(usernames({"first_seen", true}), std::string("mert,ayse,Zeynep"));
        QCOMPARE(usernames({"last_login", true}), std::string("Zeynep,mert,ayse"));
    }

    void testPagingFollowsTheSort()
    {
        std::int64_t total = 0;
        const auto page = m_license->usage("2026-11", {"last_login"}, 2, 1, total);
        QCOMPARE(total, std::int64_t(3));
        QCOMPARE(page.size(), size_t(1));
        QCOMPARE(page.front().username, std::string("Zeynep"));
    }
};

QTEST_GUILESS_MAIN(TestLicenseRepository)
#include "TestLicenseRepository.moc"
