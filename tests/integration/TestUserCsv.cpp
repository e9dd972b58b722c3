#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

namespace {

constexpr const char* kPassword = "Correct-Horse-77";
constexpr int kBulkRows = 100'000;

/// A server on a fresh database (of the kind the test run asks for) with a logged-in administrator.
struct RunningServer
{
    RunningServer()
        : state(std::make_unique<QTemporaryDir>()),
          server(std::make_unique<ServerProcess>(state->path(),
                                                 QStringList{"--set", QString::fromStdString("db.url=" + db.url()),
                                                             "--set", "auth.password_only_without_profile=true"}))
    {}
    bool start()
    {
        if (!server->start()) {
            return false;
        }
        admin = std::make_unique<AdminSession>(*server);
        return true;
    }

    FreshDatabase db;
    std::unique_ptr<QTemporaryDir> state;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<AdminSession> admin;
};

/// Each entry of a report's `errors` as "line field: message" (field "-" when null).
QStringList errorTexts(const HttpReply& reply)
{
    QStringList texts;
    auto errors = reply.json()->getArray("errors");
    for (std::size_t i = 0; errors && i < errors->size(); ++i) {
        auto e = errors->getObject(static_cast<unsigned>(i));
        texts << QStringLiteral("%1 %2: %3")
                     .arg(e->getValue<int>("line"))
                     .arg(QString::fromStdString(e->isNull("field") ? "-" : e->getValue<std::string>("field")),
                          QString::fromStdString(e->getValue<std::string>("message")));
    }
    return texts;
}

/// The report's counts as one comparable line.
QString counts(const HttpReply& reply)
{
    auto o = reply.json();
    return QStringLiteral("dry_run %1 mode %2 total %3 valid %4 imported %5 skipped %6")
        .arg(o->getValue<bool>("dry_run") ? "true" : "false", QString::fromStdString(o->getValue<std::string>("mode")))
        .arg(o->getValue<int>("total_rows"))
        .arg(o->getValue<int>("valid_rows"))
        .arg(o->getValue<int>("imported"))
        .arg(o->getValue<int>("skipped"));
}

// One bad line of each kind between good ones; line 6 holds a quoted cell over two lines.
const std::string kMixedFile = "username,email,phone,password,enabled\n"
                               "mixed.good1,good1@example.com,,,\n"
                               "mixed bad,,,,\n"
                               "mixed.phone,,+0123,,\n"
                               "mixed.short,,,short,\n"
                               "\"mixed.quoted\",\"x@example.com\",\"\",\"\",\"\n\"\n"
                               "mixed.enabled,,,,maybe\n"
                               "mixed.good2,,,,false\n";

} // namespace

/// `POST /users/import` and `GET /users/export` over HTTPS against the real server, on SQLite and PostgreSQL.
class TestUserCsv : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<RunningServer> m_server;
    RunningServer& m_main() { return *m_server; }
    std::string m_agentToken;

    HttpReply importCsv(const std::string& csv, const std::string& query = {},
                        const std::string& contentType = "text/csv; charset=utf-8")
    {
        return m_main().admin->client().send("POST", "/api/v1/users/import" + query, csv, contentType,
                                             {{"Authorization", "Bearer " + m_main().admin->token()}});
    }
    int userTotal(const std::string& query)
    {
        return m_main().admin->get("/api/v1/users?limit=1&q=" + query).json()->getValue<int>("total");
    }
    std::string validate(const std::string& username, const std::string& password)
    {
        HttpReply r = m_main().admin->client().send("POST", "/api/v1/auth/validate",
                                                    json({{"username", username}, {"password", password}}),
                                                    "application/json", {{"Authorization", "Bearer " + m_agentToken}});
        return r.status == 200 ? r.json()->getValue<std::string>("result") : "HTTP " + std::to_string(r.status);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<RunningServer>();
        QVERIFY2(m_main().start(), qPrintable(m_main().server->stderrText()));
        m_agentToken = m_main().admin->createClientToken("agent", "VPN");
    }
    void cleanupTestCase() { m_server.reset(); }

    void testDryRunReportsEveryBadLineWithItsNumber()
    {
        HttpReply r = importCsv(kMixedFile, "?dry_run=true&mode=skip_invalid");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, std::string("application/json"));
        QCOMPARE(counts(r), QStringLiteral("dry_run true mode skip_invalid total 7 valid 3 imported 0 skipped 4"));
        QCOMPARE(errorTexts(r),
                 QStringList({"3 username: may contain only Latin letters, digits and _ - @ ! # % + . $",
                              "4 phone: must have 8 to 15 digits after the +",
                              "5 password: must be 12 characters or longer", "8 enabled: must be true or false"}));
        QCOMPARE(userTotal("mixed"), 0);
    }

    void testAllOrNothingRefusesTheWholeFile()
    {
        HttpReply r = importCsv(kMixedFile);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.contentType, std::string("application/problem+json"));
        QCOMPARE(counts(r), QStringLiteral("dry_run false mode all_or_nothing total 7 valid 3 imported 0 skipped 7"));
        QCOMPARE(errorTexts(r).size(), 4);
        QCOMPARE(r.json()->getValue<int>("status"), 422);
        QVERIFY(r.json()->has("type"));
        QCOMPARE(userTotal("mixed"), 0);
    }

    void testSkipInvalidImportsTheValidRows()
    {
        HttpReply r = importCsv(kMixedFile, "?mode=skip_invalid");
        QCOMPARE(r.status, 200);
        QCOMPARE(counts(r), QStringLiteral("dry_run false mode skip_invalid total 7 valid 3 imported 3 skipped 4"));
        QCOMPARE(userTotal("mixed"), 3);
        auto good2 = m_main().admin->get("/api/v1/users?q=mixed.good2").json()->getArray("items")->getObject(0);
        QCOMPARE(good2->getValue<std::string>("status"), std::string("disabled"));
        QCOMPARE(good2->getValue<bool>("has_password"), false);
        QCOMPARE(good2->getValue<bool>("must_change_password"), false);
    }

    void testDuplicatesInTheFileAndStoredUsernamesAreReported()
    {
        QCOMPARE(
            m_main()
                .admin
                ->send(
                    "POST", "/api/v1/users",
                    json({{"username", "Stored.User"}, {"password", kPassword}, {"password_confirmation", kPassword}}))
                .status,
            201);
        HttpReply r = importCsv("username\ndup.alice\ndup.bob\nDUP.ALICE\nstored.user\ndup.carol\n",
                                "?dry_run=true&mode=all_or_nothing");
        QCOMPARE(r.status, 200);
        QCOMPARE(counts(r), QStringLiteral("dry_run true mode all_or_nothing total 5 valid 3 imported 0 skipped 5"));
        QCOMPARE(errorTexts(r),
                 QStringList({"4 username: repeats a username or alias of line 2", "5 username: is already taken"}));
    }

    void testExcelFileWithByteOrderMarkAndSemicolons()
    {
        const std::string csv = "\xEF\xBB\xBF"
                                "User Name;First Name;Last Name;E-mail;Mobile;Expiration Date;Enabled\r\n"
                                "excel.ayse;Ayşe;Yılmaz;ayse@Example.COM;0555 444 33 22;2030-06-30;Evet\r\n"
                                ";;;;;;\r\n"
                                "excel.veli;Veli;Şahin;;;;hayır\r\n";
        HttpReply r = importCsv(csv, {}, "application/vnd.ms-excel");
        QCOMPARE(r.status, 200);
        QCOMPARE(counts(r), QStringLiteral("dry_run false mode all_or_nothing total 2 valid 2 imported 2 skipped 0"));
        auto ayse = m_main().admin->get("/api/v1/users?q=excel.ayse").json()->getArray("items")->getObject(0);
        QCOMPARE(ayse->getValue<std::string>("first_name"), std::string("Ayşe"));
        QCOMPARE(ayse->getValue<std::string>("email"), std::string("ayse@example.com"));
        QCOMPARE(ayse->getValue<std::string>("phone"), std::string("+905554443322"));
        QCOMPARE(ayse->getValue<std::string>("expires_at"), std::string("2030-06-30T23:59:59Z"));
        auto veli = m_main().admin->get("/api/v1/users?q=excel.veli").json()->getArray("items")->getObject(0);
        QCOMPARE(veli->getValue<std::string>("status"), std::string("disabled"));
    }

    void testImportedPasswordsAreHashedAndWork()
    {
        HttpReply r = importCsv("username,password\npw.one," + std::string(kPassword) + "\npw.two,\n");
        QCOMPARE(r.status, 200);
        QCOMPARE(validate("pw.one", kPassword), std::string("accept"));
        QCOMPARE(validate("pw.one", "Wrong-Horse-77"), std::string("reject"));
        auto two = m_main().admin->get("/api/v1/users?q=pw.two").json()->getArray("items")->getObject(0);
        QCOMPARE(two->getValue<bool>("has_password"), false);
    }

    void testImportedAliasesSignInAndCollisionsAreRefusedByLine()
    {
        QCOMPARE(
            m_main()
                .admin
                ->send("POST", "/api/v1/users",
                       json({{"username", "al.stored"}, {"password", kPassword}, {"password_confirmation", kPassword}}))
                .status,
            201);
        auto stored = m_main().admin->get("/api/v1/users?q=al.stored").json()->getArray("items")->getObject(0);
        const std::string storedPath = "/api/v1/users/" + std::to_string(stored->getValue<int>("id")) + "/aliases";
        QCOMPARE(m_main().admin->send("POST", storedPath, json({{"alias", "al.taken"}})).status, 201);

        HttpReply refused = importCsv("username,password,aliases\n"
                                      "al.one," +
                                      std::string(kPassword) +
                                      ",\"al.first AL.Second\"\n"
                                      "al.two,,AL.STORED\n"
                                      "al.three,,al.taken\n"
                                      "al.four,,al.first\n"
                                      "al.second,,\n");
        QCOMPARE(refused.status, 422); // all or nothing: refused whole
        QCOMPARE(counts(refused),
                 QStringLiteral("dry_run false mode all_or_nothing total 5 valid 1 imported 0 skipped 5"));
        QCOMPARE(errorTexts(refused), QStringList({"3 aliases: 'AL.STORED' is already taken by a username or an alias",
                                                   "4 aliases: 'al.taken' is already taken by a username or an alias",
                                                   "5 aliases: 'al.first' repeats a username or alias of line 2",
                                                   "6 username: repeats a username or alias of line 2"}));
        QCOMPARE(userTotal("al.one"), 0); // all or nothing

        HttpReply imported =
            importCsv("username,password,aliases\nal.one," + std::string(kPassword) + ",\"al.first AL.Second\"\n");
        QCOMPARE(imported.status, 200);
        QCOMPARE(counts(imported),
                 QStringLiteral("dry_run false mode all_or_nothing total 1 valid 1 imported 1 skipped 0"));
        QCOMPARE(validate("al.second", kPassword), std::string("accept"));
        QCOMPARE(validate("AL.FIRST", kPassword), std::string("accept"));
        QCOMPARE(validate("al.first", "Wrong-Horse-77"), std::string("reject"));
        auto one = m_main().admin->get("/api/v1/users?q=al.one").json()->getArray("items")->getObject(0);
        HttpReply aliases =
            m_main().admin->get("/api/v1/users/" + std::to_string(one->getValue<int>("id")) + "/aliases");
        QCOMPARE(aliases.json()->getArray("items")->size(), std::size_t(2));
        HttpReply exported = m_main().admin->get("/api/v1/users/export?q=al.one");
        QCOMPARE(exported.body, std::string("username,first_name,last_name,email,phone,expires_at,framed_ip,"
                                            "sponsor_name,sponsor_email,description,enabled,aliases\r\n"
                                            "al.one,,,,,,,,,,true,al.first AL.Second\r\n"));
    }

    void testHeaderProblemsAndBrokenSyntaxRefuseTheFile()
    {
        HttpReply unknown = importCsv("username,department\nhdr.alice,IT\n", "?mode=skip_invalid");
        QCOMPARE(unknown.status, 422);
        QCOMPARE(errorTexts(unknown).size(), 1);
        QVERIFY(errorTexts(unknown)[0].startsWith("1 department: is not a known column"));
        HttpReply noUsername = importCsv("first_name\nAlice\n", "?dry_run=true");
        QCOMPARE(noUsername.status, 200);
        QCOMPARE(errorTexts(noUsername), QStringList({"1 username: column is required"}));
        HttpReply broken = importCsv("username,description\nsyn.a,ok\nsyn.b,\"open\nsyn.c,x\n", "?mode=skip_invalid");
        QCOMPARE(broken.status, 422);
        QCOMPARE(errorTexts(broken), QStringList({"3 -: a quoted field is not closed"}));
        QCOMPARE(userTotal("hdr."), 0);
        QCOMPARE(userTotal("syn."), 0);
    }

    void testQueryAndMediaTypeAreChecked()
    {
        HttpReply bad = importCsv("username\nq.a\n", "?dry_run=maybe&mode=best_effort");
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.body.find("\"dry_run\"") != std::string::npos);
        QVERIFY(bad.body.find("\"mode\"") != std::string::npos);
        QCOMPARE(importCsv(R"({"username":"q.a"})", {}, "application/json").status, 415);
        QCOMPARE(importCsv("username\nq.a\n", {}, "text/csv; charset=windows-1254").status, 415);
        QCOMPARE(userTotal("q.a"), 0);
    }

    void testImportAndExportNeedTheAdminScope()
    {
        const std::map<std::string, std::string> agent = {{"Authorization", "Bearer " + m_agentToken}};
        QCOMPARE(m_main()
                     .admin->client()
                     .send("POST", "/api/v1/users/import", "username\nscope.a\n", "text/csv", agent)
                     .status,
                 403);
        QCOMPARE(m_main().admin->client().get("/api/v1/users/export", agent).status, 403);
        QCOMPARE(m_main().admin->client().get("/api/v1/users/export").status, 401);
    }

    void testOversizedBodyIsRefusedWith413()
    {
        std::string big = "username\n";
        big.resize(64 * 1024 * 1024 + 1, 'a');
        HttpReply r = importCsv(big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.contentType, std::string("application/problem+json"));
        // A body over the default 1 MiB is only accepted from callers the route admits.
        std::string medium = "username\n";
        medium.resize(2 * 1024 * 1024, 'a');
        QCOMPARE(m_main().admin->client().send("POST", "/api/v1/users/import", medium, "text/csv").status, 401);
        // Other routes keep the 1 MiB limit.
        QCOMPARE(m_main()
                     .admin->send("POST", "/api/v1/users", "{\"username\":\"" + std::string(1024 * 1024, 'a') + "\"}")
                     .status,
                 413);
        QCOMPARE(m_main().admin->get("/api/v1/health").status, 200); // and the server is fine
    }

    void testExportIsACsvAttachmentWithoutPasswords()
    {
        HttpReply r = m_main().admin->get("/api/v1/users/export?q=pw.");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, std::string("text/csv; charset=utf-8"));
        QCOMPARE(r.headers["Content-Disposition"], std::string("attachment; filename=\"users.csv\""));
        QCOMPARE(r.body, std::string("username,first_name,last_name,email,phone,expires_at,framed_ip,sponsor_name,"
                                     "sponsor_email,description,enabled,aliases\r\n"
                                     "pw.one,,,,,,,,,,true,\r\n"
                                     "pw.two,,,,,,,,,,true,\r\n"));
        HttpReply disabled = m_main().admin->get("/api/v1/users/export?status=disabled");
        QVERIFY(disabled.body.find("mixed.good2") != std::string::npos);
        QVERIFY(disabled.body.find("pw.one") == std::string::npos);
        QCOMPARE(m_main().admin->get("/api/v1/users/export?status=asleep").status, 422);
        HttpReply audit = m_main().admin->get("/api/v1/audit?event=user.export");
        QVERIFY(audit.json()->getValue<int>("total") >= 2);
    }

    void testHundredThousandUsersImportInOneRequest()
    {
        std::string csv = "username,first_name,last_name,email,phone,expires_at,framed_ip,description,enabled\n";
        csv.reserve(12 * 1024 * 1024);
        for (int i = 0; i < kBulkRows; ++i) {
            const std::string n = std::to_string(1'000'000 + i).substr(1);
            csv += "bulk" + n + ",Çağrı,Yılmaz,bulk" + n + "@example.com,+90555" + std::to_string(1'000'000 + i) +
                   ",2030-01-31,10.1." + std::to_string(i / 256 % 256) + "." + std::to_string(i % 256) +
                   ",\"Imported, batch " + std::to_string(i / 1000) + "\"," + (i % 10 ? "true" : "false") + "\n";
        }
        const int importsBefore = m_main().admin->get("/api/v1/audit?event=user.import").json()->getValue<int>("total");
        QElapsedTimer timer;
        timer.start();
        HttpReply r = importCsv(csv);
        const qint64 elapsed = timer.elapsed();
        qInfo("%s: %d users (%.1f MiB) imported in %lld ms", qPrintable(QString::fromStdString(FreshDatabase::kind())),
              kBulkRows, static_cast<double>(csv.size()) / (1024 * 1024), static_cast<long long>(elapsed));
        QCOMPARE(r.status, 200);
        QCOMPARE(counts(r), QStringLiteral("dry_run false mode all_or_nothing total 100000 valid 100000 imported "
                                           "100000 skipped 0"));
        QCOMPARE(userTotal("bulk"), kBulkRows);
        QCOMPARE(m_main().admin->get("/api/v1/users?limit=1&q=bulk&status=disabled").json()->getValue<int>("total"),
                 kBulkRows / 10);
        // One audit event for the whole import, not one per user.
        QCOMPARE(m_main().admin->get("/api/v1/audit?event=user.import").json()->getValue<int>("total"),
                 importsBefore + 1);
        QVERIFY2(elapsed < 120'000, "a 100,000-row import should take well under two minutes");
    }

    void testExportImportedIntoASecondServerRecreatesTheUsers()
    {
        QElapsedTimer timer;
        timer.start();
        HttpReply exported = m_main().admin->get("/api/v1/users/export");
        QCOMPARE(exported.status, 200);
        qInfo("exported %d users in %lld ms", userTotal(""), static_cast<long long>(timer.elapsed()));

        RunningServer second;
        QVERIFY2(second.start(), qPrintable(second.server->stderrText()));
        timer.restart();
        HttpReply imported = second.admin->client().send("POST", "/api/v1/users/import", exported.body, "text/csv",
                                                         {{"Authorization", "Bearer " + second.admin->token()}});
        qInfo("imported the export into a second server in %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(imported.status, 200);
        QCOMPARE(imported.json()->getValue<int>("imported"), userTotal(""));
        HttpReply again = second.admin->get("/api/v1/users/export");
        QCOMPARE(again.status, 200);
        QVERIFY2(again.body == exported.body, "the second server's export differs from the first's");
    }
};

QTEST_GUILESS_MAIN(TestUserCsv)
#include "TestUserCsv.moc"
