#include "FreshDatabase.h"
#include "auth/AccountLockout.h"
#include "auth/UserExport.h"
#include "auth/UserImporter.h"
#include "crypto/PasswordHasher.h"
#include "csv/CsvReader.h"
#include "store/AuditLog.h"
#include "store/UserAliasRepository.h"
#include "store/UserRepository.h"

#include <QtTest>

using namespace castellan;

namespace {

constexpr std::int64_t kNow = 1'800'000'000;

UserRecord user(const std::string& name)
{
    UserRecord u;
    u.username = name;
    u.usernameKey = Poco::toLower(name);
    u.createdAt = u.updatedAt = kNow;
    return u;
}

/// Every row of a CSV text, header first.
std::vector<std::vector<std::string>> rowsOf(const std::string& csv)
{
    std::vector<std::vector<std::string>> rows;
    CsvReader reader(csv);
    if (!reader.readHeader()) {
        return rows;
    }
    rows.push_back(reader.header());
    CsvRecord record;
    for (auto more = reader.next(record); more && *more; more = reader.next(record)) {
        rows.push_back(record.fields);
    }
    return rows;
}

/// The fields an export and an import must carry over, as one comparable line.
std::string fieldsOf(const UserRecord& u)
{
    std::string text;
    for (const std::string& cell : UserExport::row(u)) {
        text += cell + "|";
    }
    return text;
}

} // namespace

/// UserExport against SQLite and PostgreSQL: the CSV written, the filters, and the round trip through an import.
class TestUserExport : public QObject
{
    Q_OBJECT
private slots:
    void testHeaderAndOneRowPerUserInUsernameOrder()
    {
        test::FreshDatabase fresh;
        Database& database = fresh.open();
        UserRepository users(database);
        UserAliasRepository aliases(database);
        UserRecord ayse = user("ayse.yilmaz");
        ayse.firstName = "Ayşe";
        ayse.lastName = "Yılmaz, Jr.";
        ayse.email = "ayse@example.com";
        ayse.phone = "+905554443322";
        ayse.expiresAt = 1'924'991'999; // 2030-12-31T23:59:59Z
        ayse.framedIp = "10.0.0.5";
        ayse.sponsorName = "Mehmet";
        ayse.sponsorEmail = "mehmet@example.com";
        ayse.description = "line one\nline \"two\"";
        ayse.passwordHash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
        UserRecord bob = user("Bob");
        bob.enabled = false;
        (void)users.create(bob);
        (void)users.create(ayse);
        const auto stored = users.findByUsername("ayse.yilmaz", kNow);
        QVERIFY(stored);
        for (const char* alias : {"ayse.work", "A.Yilmaz"}) {
            QCOMPARE(aliases.add(stored->id, alias, kNow, [](Poco::Data::Session&) {}),
                     UserAliasRepository::Added::Added);
        }

        const UserExport::Document document = UserExport(users, aliases).write({}, kNow);
        QCOMPARE(document.users, std::size_t(2));
        QVERIFY(document.csv.find("argon2") == std::string::npos);
        const auto rows = rowsOf(document.csv);
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0], (std::vector<std::string>{"username", "first_name", "last_name", "email", "phone",
                                                    "expires_at", "framed_ip", "sponsor_name", "sponsor_email",
                                                    "description", "enabled", "aliases"}));
        QCOMPARE(rows[1],
                 (std::vector<std::string>{"ayse.yilmaz", "Ayşe", "Yılmaz, Jr.", "ayse@example.com", "+905554443322",
                                           "2030-12-31T23:59:59Z", "10.0.0.5", "Mehmet", "mehmet@example.com",
                                           "line one\nline \"two\"", "true", "A.Yilmaz ayse.work"}));
        QCOMPARE(rows[2], (std::vector<std::string>{"Bob", "", "", "", "", "", "", "", "", "", "false", ""}));
    }

    void testFiltersLikeTheUserList()
    {
        test::FreshDatabase fresh;
        Database& database = fresh.open();
        UserRepository users(database);
        UserAliasRepository aliases(database);
        UserRecord expired = user("expired.one");
        expired.expiresAt = kNow - 1;
        UserRecord disabled = user("disabled.one");
        disabled.enabled = false;
        UserRecord active = user("active.one");
        active.email = "someone@findme.example";
        for (const UserRecord& u : {expired, disabled, active}) {
            (void)users.create(u);
        }
        UserExport exporter(users, aliases);
        QCOMPARE(exporter.write({.status = "expired"}, kNow).users, std::size_t(1));
        QCOMPARE(exporter.write({.status = "disabled"}, kNow).users, std::size_t(1));
        QCOMPARE(exporter.write({.status = "active"}, kNow).users, std::size_t(1));
        const auto found = exporter.write({.text = "FINDME"}, kNow);
        QCOMPARE(found.users, std::size_t(1));
        QCOMPARE(rowsOf(found.csv).at(1).at(0), std::string("active.one"));
    }

    void testEveryUserIsVisitedOnceAcrossChunks()
    {
        test::FreshDatabase fresh;
        Database& database = fresh.open();
        UserRepository users(database);
        std::vector<UserRecord> many;
        for (int i = 0; i < 50; ++i) {
            many.push_back(user("user" + std::to_string(1000 + i)));
        }
        database.write([&](Poco::Data::Session& s) { users.insertMany(s, many); });
        std::vector<std::string> seen;
        users.forEach(
            {}, kNow, [&](const UserRecord& u) { seen.push_back(u.username); }, 7);
        QCOMPARE(seen.size(), std::size_t(50));
        QCOMPARE(seen.front(), std::string("user1000"));
        QCOMPARE(seen.back(), std::string("user1049"));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }

    void testFormulaLikeTextIsProtected()
    {
        UserRecord u = user("alice");
        u.description = "=HYPERLINK(\"http://evil.example\")";
        u.phone = "+905554443322";
        const std::vector<std::string> cells = UserExport::row(u);
        QCOMPARE(cells.at(9), std::string("'=HYPERLINK(\"http://evil.example\")"));
        QCOMPARE(cells.at(4), std::string("+905554443322"));
    }

    void testExportImportedIntoAnEmptyDatabaseGivesTheSameUsers()
    {
        test::FreshDatabase source;
        Database& sourceDatabase = source.open();
        UserRepository sourceUsers(sourceDatabase);
        UserAliasRepository sourceAliases(sourceDatabase);
        UserRecord full = user("Full.User");
        full.firstName = "Çağrı";
        full.lastName = "Öztürk";
        full.email = "cagri@example.com.tr";
        full.phone = "+905554443322";
        full.expiresAt = 1'924'991'999;
        full.framedIp = "192.168.1.20";
        full.sponsorName = "-Sponsor-";
        full.sponsorEmail = "sponsor@example.com";
        full.description = "=1+1, \"quoted\"\nsecond line";
        UserRecord disabled = user("disabled@example.com");
        disabled.enabled = false;
        for (const UserRecord& u : {full, disabled, user("plain")}) {
            (void)sourceUsers.create(u);
        }
        const auto fullStored = sourceUsers.findByUsername("Full.User", kNow);
        QVERIFY(fullStored);
        QCOMPARE(sourceAliases.add(fullStored->id, "full.alias", kNow, [](Poco::Data::Session&) {}),
                 UserAliasRepository::Added::Added);
        const std::string csv = UserExport(sourceUsers, sourceAliases).write({}, kNow).csv;

        test::FreshDatabase target;
        Database& database = target.open();
        UserRepository targetUsers(database);
        UserAliasRepository targetAliases(database);
        AuditLog audit(database);
        PasswordHasher hasher;
        AccountLockout lockout(database, audit);
        const auto report = UserImporter(database, targetUsers, targetAliases, audit, hasher, lockout).run(csv, {});
        QVERIFY(report);
        QVERIFY2(report->issues.empty(), report->issues.empty() ? "" : report->issues[0].message.c_str());
        QCOMPARE(report->imported, std::size_t(3));

        std::vector<std::string> before, after;
        sourceUsers.forEach({}, kNow, [&](const UserRecord& u) { before.push_back(fieldsOf(u)); });
        targetUsers.forEach({}, kNow, [&](const UserRecord& u) { after.push_back(fieldsOf(u)); });
        QCOMPARE(after, before);
        QCOMPARE(UserExport(targetUsers, targetAliases).write({}, kNow).csv, csv);
    }
};

QTEST_GUILESS_MAIN(TestUserExport)
#include "TestUserExport.moc"
