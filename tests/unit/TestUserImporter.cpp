#include "FreshDatabase.h"
#include "auth/AccountLockout.h"
#include "auth/UserImporter.h"
#include "crypto/PasswordHasher.h"
#include "store/AuditLog.h"
#include "store/SecuritySettingsRepository.h"
#include "store/UserAliasRepository.h"
#include "store/UserRepository.h"

#include <Poco/Data/DataException.h>

#include <QtTest>

using namespace castellan;

namespace {

constexpr const char* kPassword = "Correct-Horse-77";

PasswordHasher::Options fastHashes(std::ptrdiff_t slotCount = 0,
                                   std::chrono::milliseconds wait = std::chrono::seconds(2))
{
    PasswordHasher::Options options;
    options.parameters = {.memoryKiB = 64, .iterations = 1, .parallelism = 1, .allowBelowMinimum = true};
    options.maxConcurrent = slotCount;
    options.slotWait = wait;
    return options;
}

/// An importer over a fresh database, with what the tests look at.
struct Fixture
{
    explicit Fixture(PasswordHasher::Options options = fastHashes())
        : database(fresh.open()), users(database), aliases(database), audit(database), hasher(options),
          lockout(database, audit), importer(database, users, aliases, audit, hasher, lockout)
    {}

    std::int64_t userCount()
    {
        std::int64_t total = 0;
        (void)users.list(UserQuery{}, 0, total);
        return total;
    }
    std::vector<AuditRecord> importEvents() { return audit.query({.event = "user.import"}).items; }

    ImportReport run(const std::string& csv, ImportMode mode = ImportMode::AllOrNothing, bool dryRun = false)
    {
        auto report = importer.run(csv, {.dryRun = dryRun, .mode = mode, .actor = "admin:test"});
        if (!report) {
            qFatal("import failed: %s", report.error().message.c_str());
        }
        return *report;
    }

    test::FreshDatabase fresh;
    Database& database;
    UserRepository users;
    UserAliasRepository aliases;
    AuditLog audit;
    PasswordHasher hasher;
    AccountLockout lockout;
    UserImporter importer;
};

QString counts(const ImportReport& r)
{
    return QStringLiteral("total %1 valid %2 imported %3 skipped %4 errors %5 refused %6")
        .arg(r.totalRows)
        .arg(r.validRows)
        .arg(r.imported)
        .arg(r.skipped)
        .arg(r.issues.size())
        .arg(r.refused ? "yes" : "no");
}

const std::string kMixedFile = "username,email,password\n"
                               "alice,alice@example.com," +
                               std::string(kPassword) +
                               "\n"
                               "bob,bob@,\n"
                               "carol,,\n";

} // namespace

/// UserImporter against SQLite and PostgreSQL: what is stored, hashed and audited in each mode.
class TestUserImporter : public QObject
{
    Q_OBJECT
private slots:
    void testValidFileIsStoredWithOneAuditEvent()
    {
        Fixture f;
        const ImportReport r = f.run("username,first_name,password,enabled\n"
                                     "alice,Alice," +
                                     std::string(kPassword) +
                                     ",true\n"
                                     "bob,Bob,,false\n");
        QCOMPARE(counts(r), QStringLiteral("total 2 valid 2 imported 2 skipped 0 errors 0 refused no"));
        auto alice = f.users.findByUsername("ALICE", 0);
        QVERIFY(alice);
        QCOMPARE(alice->firstName, std::string("Alice"));
        QVERIFY(alice->enabled);
        QVERIFY(!alice->mustChangePassword);
        QVERIFY(f.hasher.verify(kPassword, alice->passwordHash).value());
        QVERIFY(alice->createdAt > 0);
        auto bob = f.users.findByUsername("bob", 0);
        QVERIFY(bob);
        QVERIFY(bob->passwordHash.empty()); // no password column value: no password at all
        QVERIFY(!bob->enabled);
        const auto events = f.importEvents();
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].event.result, std::string("success"));
        QCOMPARE(events[0].event.actor, std::string("admin:test"));
        QVERIFY2(events[0].event.details.find("\"imported\":2") != std::string::npos, events[0].event.details.c_str());
    }

    void testDryRunStoresAndAuditsNothing()
    {
        Fixture f;
        const ImportReport r = f.run(kMixedFile, ImportMode::SkipInvalid, true);
        QCOMPARE(counts(r), QStringLiteral("total 3 valid 2 imported 0 skipped 1 errors 1 refused no"));
        QVERIFY(r.dryRun);
        QCOMPARE(f.userCount(), std::int64_t(0));
        QVERIFY(f.importEvents().empty());
        const ImportReport strict = f.run(kMixedFile, ImportMode::AllOrNothing, true);
        QCOMPARE(counts(strict), QStringLiteral("total 3 valid 2 imported 0 skipped 3 errors 1 refused yes"));
    }

    void testAllOrNothingStoresNothingWhenARowIsBad()
    {
        Fixture f;
        const ImportReport r = f.run(kMixedFile);
        QCOMPARE(counts(r), QStringLiteral("total 3 valid 2 imported 0 skipped 3 errors 1 refused yes"));
        QCOMPARE(r.issues.at(0), (ImportIssue{3, "email", "must have a domain name such as example.com after the @"}));
        QCOMPARE(f.userCount(), std::int64_t(0));
        const auto events = f.importEvents();
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].event.result, std::string("failure"));
    }

    void testSkipInvalidStoresTheValidRows()
    {
        Fixture f;
        const ImportReport r = f.run(kMixedFile, ImportMode::SkipInvalid);
        QCOMPARE(counts(r), QStringLiteral("total 3 valid 2 imported 2 skipped 1 errors 1 refused no"));
        QVERIFY(f.users.findByUsername("alice", 0));
        QVERIFY(!f.users.findByUsername("bob", 0));
        QVERIFY(f.users.findByUsername("carol", 0));
    }

    void testStoredUsernamesAreReportedAsTaken()
    {
        Fixture f;
        UserRecord existing;
        existing.username = "Carol";
        existing.usernameKey = "carol";
        (void)f.users.create(existing);
        const ImportReport r = f.run("username\nalice\nCAROL\ndave\n", ImportMode::SkipInvalid);
        QCOMPARE(counts(r), QStringLiteral("total 3 valid 2 imported 2 skipped 1 errors 1 refused no"));
        QCOMPARE(r.issues.at(0), (ImportIssue{3, "username", "is already taken"}));
        QCOMPARE(f.userCount(), std::int64_t(3));
    }

    void testFileProblemsRefuseEvenWhenSkippingInvalidRows()
    {
        Fixture f;
        const ImportReport r = f.run("username,department\nalice,IT\n", ImportMode::SkipInvalid);
        QVERIFY(r.refused);
        QCOMPARE(r.imported, std::size_t(0));
        QCOMPARE(f.userCount(), std::int64_t(0));
    }

    void testPasswordsAreHashedOnSeveralThreads()
    {
        Fixture f;
        std::string csv = "username,password\n";
        for (int i = 0; i < 40; ++i) {
            csv += "user" + std::to_string(i) + ",Password-Number-" + std::to_string(i) + "\n";
        }
        QCOMPARE(f.run(csv).imported, std::size_t(40));
        for (int i = 0; i < 40; i += 13) {
            auto u = f.users.findByUsername("user" + std::to_string(i), 0);
            QVERIFY(f.hasher.verify("Password-Number-" + std::to_string(i), u->passwordHash).value());
        }
    }

    void testBusyHasherRefusesTheImportAndStoresNothing()
    {
        Fixture f(fastHashes(1, std::chrono::milliseconds(20)));
        auto slot = f.hasher.tryAcquireSlot(std::chrono::milliseconds(0)); // every slot taken (by logins, say)
        QVERIFY(slot);
        const auto r = f.importer.run("username,password\nalice," + std::string(kPassword) + "\n", {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::RateLimited);
        QCOMPARE(f.userCount(), std::int64_t(0));
    }

    void testPasswordPolicyFollowsTheSecuritySettings()
    {
        Fixture f;
        SecuritySettingsRepository settings(f.database);
        SecuritySettings s = settings.load();
        s.passwordMinLength = 20;
        QVERIFY(settings.save(s, s.version, 1));
        f.lockout.invalidateSettings();
        const ImportReport r = f.run("username,password\nalice," + std::string(kPassword) + "\n");
        QCOMPARE(r.issues.at(0), (ImportIssue{2, "password", "must be 20 characters or longer"}));
    }

    void testManyUsersAreInsertedInSeveralStatements()
    {
        Fixture f;
        std::vector<UserRecord> users(1000); // three statements of at most 400 rows
        for (std::size_t i = 0; i < users.size(); ++i) {
            users[i].username = users[i].usernameKey = "user" + std::to_string(i);
            users[i].expiresAt = i % 2 ? std::optional<std::int64_t>(1'900'000'000) : std::nullopt;
        }
        f.database.write([&](Poco::Data::Session& s) { f.users.insertMany(s, users); });
        QCOMPARE(f.userCount(), std::int64_t(1000));
        QCOMPARE(f.users.findByUsername("user999", 0)->expiresAt, std::optional<std::int64_t>(1'900'000'000));
    }

    void testInsertFailurePartWayLeavesNothing()
    {
        Fixture f;
        std::vector<UserRecord> users(1000);
        for (std::size_t i = 0; i < users.size(); ++i) {
            users[i].username = users[i].usernameKey = "user" + std::to_string(i);
        }
        users.back().usernameKey = "user0"; // the unique key fails in the third statement
        QVERIFY_THROWS_EXCEPTION(Poco::Data::DataException,
                                 f.database.write([&](Poco::Data::Session& s) { f.users.insertMany(s, users); }));
        QCOMPARE(f.userCount(), std::int64_t(0));
    }

    void testAliasesAreStoredWithTheirUsers()
    {
        Fixture f;
        const ImportReport r = f.run("username,aliases\n"
                                     "alice,\"alice.work  A.Smith\"\n"
                                     "bob,\n");
        QCOMPARE(counts(r), QStringLiteral("total 2 valid 2 imported 2 skipped 0 errors 0 refused no"));
        const auto alice = f.users.findByUsername("alice", 0);
        QVERIFY(alice);
        QCOMPARE(f.aliases.userOf("a.smith"), std::optional<std::int64_t>(alice->id));
        QCOMPARE(f.aliases.userOf("ALICE.WORK"), std::optional<std::int64_t>(alice->id));
        QCOMPARE(f.aliases.ofUser(alice->id).size(), std::size_t(2));
    }

    void testAliasCollisionsAreRefusedWithTheirLines()
    {
        Fixture f;
        QVERIFY(f.users.create({.username = "stored", .usernameKey = "stored"}));
        const auto stored = f.users.findByUsername("stored", 0);
        QVERIFY(stored);
        QCOMPARE(f.aliases.add(stored->id, "stored.alias", 1, [](Poco::Data::Session&) {}),
                 UserAliasRepository::Added::Added);
        const ImportReport r = f.run("username,aliases\n"
                                     "alice,STORED\n"      // line 2: an existing username
                                     "bob,Stored.Alias\n"  // line 3: an existing alias
                                     "carol,c1 c1\n"       // line 4: twice in its own row
                                     "dave,carol\n"        // line 5: another row's username
                                     "c1,\n"               // line 6: a username that is line 4's alias
                                     "erin,\"bad name\"\n" // line 7: fine, two aliases
                                     "frank,x/y\n"         // line 8: not a valid name
                                     "Stored.Alias,\n");   // line 9: line 3's alias as a username
        QStringList problems;
        for (const ImportIssue& issue : r.issues) {
            problems << QStringLiteral("%1 %2: %3")
                            .arg(issue.line)
                            .arg(QString::fromStdString(issue.field), QString::fromStdString(issue.message));
        }
        QCOMPARE(problems.size(), 7);
        QCOMPARE(problems.mid(0, 5),
                 QStringList({"2 aliases: 'STORED' is already taken by a username or an alias",
                              "3 aliases: 'Stored.Alias' is already taken by a username or an alias",
                              "4 aliases: 'c1' repeats a name of this row",
                              "5 aliases: 'carol' repeats a username or alias of line 4",
                              "6 username: repeats a username or alias of line 4"}));
        QVERIFY2(problems[5].startsWith("8 aliases: 'x/y' "), qPrintable(problems[5]));
        QCOMPARE(problems[6], QStringLiteral("9 username: repeats a username or alias of line 3"));
        QVERIFY(r.refused); // all or nothing: erin and the rest are not stored either
        QCOMPARE(f.userCount(), std::int64_t(1));
        QVERIFY(!f.aliases.userOf("bad"));
    }

    void testModeNames()
    {
        QCOMPARE(UserImporter::modeFromName("all_or_nothing"), std::optional(ImportMode::AllOrNothing));
        QCOMPARE(UserImporter::modeFromName("skip_invalid"), std::optional(ImportMode::SkipInvalid));
        QVERIFY(!UserImporter::modeFromName("ALL_OR_NOTHING"));
        QCOMPARE(UserImporter::modeName(ImportMode::SkipInvalid), std::string_view("skip_invalid"));
    }
};

QTEST_GUILESS_MAIN(TestUserImporter)
#include "TestUserImporter.moc"
