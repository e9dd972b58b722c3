#include "AdminSession.h"
#include "DirectoryFixture.h"
#include "DirectorySignIn.h"
#include "FreshDatabase.h"
#include "PortalBrowser.h"
#include "ServerProcess.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QThread>
#include <QtTest>

#include <chrono>
#include <csignal>
#include <sys/types.h>

using namespace castellan::test;

/// Directory users signing in (issue 17) against real OpenLDAP servers: the shared slapd fixture, and a private one
/// this test starts, pauses (a hung directory), changes and resumes. Through POST /auth/validate, which runs the same
/// AuthEngine pipeline as RADIUS, the portal and SAML: local users first, then directories by priority; passwords
/// checked by binding as the user over TLS; any login attribute names the same user, counted once by the license
/// under the canonical username; groups (nested) required; wrong passwords counted toward the lockout of the
/// canonical name; factors enrolled before the first sign-in; directory-owned fields refused; failover; an outage
/// that never delays local users, is audited and in /metrics, and heals by itself.
class TestDirectoryUsers : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kLocalPassword = "Local-User-Pass1";
    DirectoryFixture m_ldap;
    DirectoryFixture m_private; ///< started by this test: paused, changed and resumed
    QTemporaryDir m_privateDir;
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_agent;
    std::unique_ptr<DirectorySignIn> m_signIn;
    std::string m_directory; ///< /api/v1/directories/N of the shared fixture
    std::string m_branch;    ///< ... of the private one

    static bool fixture(const QString& action, const QString& directory)
    {
        QProcess p;
        p.start(qEnvironmentVariable("CASTELLAN_SOURCE_DIR") + "/tests/support/slapd-fixture.sh", {action, directory});
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }
    static void signal(const DirectoryFixture& f, int number)
    {
        QFile pidFile(QString::fromStdString(f.file("pid_file")));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        ::kill(static_cast<pid_t>(pidFile.readAll().trimmed().toLongLong()), number);
    }
    /// Applies an LDIF change to the private directory as its root.
    static bool ldapmodify(const DirectoryFixture& f, const std::string& ldif)
    {
        QProcess p;
        p.start("ldapmodify",
                {"-x", "-H", QString::fromStdString(f.url), "-D", QString::fromStdString(f.file("root_dn")), "-w",
                 QString::fromStdString(f.file("root_password"))});
        p.waitForStarted();
        p.write(QByteArray::fromStdString(ldif));
        p.closeWriteChannel();
        return p.waitForFinished(10000) && p.exitCode() == 0;
    }
    static std::string quoted(const std::string& s) { return "\"" + s + "\""; }
    /// A directory of `f` over StartTLS, signing in by uid or mail, with `extra` JSON members.
    std::string createDirectory(const DirectoryFixture& f, const std::string& name, const std::string& extra = {})
    {
        return m_signIn->createDirectory(f, name, "ldap",
                                         R"("login_attributes": ["uid", "mail"], "timeout_seconds": 2)" +
                                             (extra.empty() ? std::string() : ", " + extra));
    }
    HttpReply validate(const std::string& username, const std::string& password, const std::string& application,
                       const std::string& otp = {})
    {
        return m_signIn->validate(username, password, application, otp);
    }
    std::int64_t userIdOf(const std::string& username)
    {
        HttpReply list = m_admin->get("/api/v1/users?q=" + username);
        Poco::JSON::Array::Ptr items = list.json()->getArray("items");
        for (unsigned i = 0; items && i < items->size(); ++i) {
            if (items->getObject(i)->getValue<std::string>("username") == username) {
                return items->getObject(i)->getValue<std::int64_t>("id");
            }
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        m_ldap = DirectoryFixture::fromEnvironment("CASTELLAN_LDAP_DIR");
        QVERIFY2(m_ldap.running(), "the slapd fixture did not run (CASTELLAN_LDAP_DIR)");
        QVERIFY(fixture("start", m_privateDir.path()));
        m_private = DirectoryFixture::load(m_privateDir.path());
        QVERIFY(m_private.running());

        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(
            m_state->path(), QStringList{"--set", QString::fromStdString("db.url=" + m_db->url()), "--set",
                                         "directory.cache_seconds=1", "--set", "directory.retry_seconds=2"});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        m_agent = m_admin->createClientToken("agent", "VPN");
        m_signIn = std::make_unique<DirectorySignIn>(*m_admin, m_agent);
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/applications",
                            R"({"name":"Wiki","type":"api","allowed_factors":["totp"],"second_factor_required":false})")
                     .status,
                 201);
        QCOMPARE(
            m_admin->send("POST", "/api/v1/applications", R"({"name":"VPN","type":"api","allowed_factors":["totp"]})")
                .status,
            201);
        QCOMPARE(
            m_admin
                ->send("POST", "/api/v1/applications",
                       R"({"name":"Portal","type":"registration","allowed_factors":[],"second_factor_required":false})")
                .status,
            201);
        m_directory = createDirectory(m_ldap, "Head Office");
        QVERIFY(!m_directory.empty());
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
        fixture("stop", m_privateDir.path());
    }

    void testAnyLoginNameSignsInTheSameUserCountedOnce()
    {
        HttpReply byUid = validate("alice", m_ldap.userPassword, "Wiki");
        QCOMPARE(DirectorySignIn::result(byUid), std::string("accept"));
        HttpReply byMail = validate("Alice@Castellan.Test", m_ldap.userPassword, "Wiki");
        QCOMPARE(DirectorySignIn::result(byMail), std::string("accept"));
        QCOMPARE(m_signIn->lastReason("alice"), std::string("password"));

        // One local record, named by the canonical username (the first login attribute), with the mapped fields.
        HttpReply users = m_admin->get("/api/v1/users?source=directory&q=alice");
        QCOMPARE(users.json()->getValue<int>("total"), 1);
        Poco::JSON::Object::Ptr alice = users.json()->getArray("items")->getObject(0);
        QCOMPARE(alice->getValue<std::string>("username"), std::string("alice"));
        QCOMPARE(alice->getValue<std::string>("directory_name"), std::string("Head Office"));
        QCOMPARE(alice->getValue<std::string>("first_name"), std::string("Alice"));
        QCOMPARE(alice->getValue<std::string>("email"), std::string("alice@castellan.test"));
        QCOMPARE(alice->getValue<bool>("has_password"), false);
        QCOMPARE(m_admin->get("/api/v1/users?source=local&q=alice").json()->getValue<int>("total"), 0);

        // The license counts her once, under the canonical username.
        const std::string usage = m_admin->get("/api/v1/license/usage").body;
        QVERIFY2(usage.find("\"alice\"") != std::string::npos, usage.c_str());
        QVERIFY2(usage.find("castellan.test") == std::string::npos, usage.c_str());
    }

    void testThePortalSignsDirectoryUsersInButLeavesTheirPasswordToTheDirectory()
    {
        PortalBrowser browser(m_server->httpsPort());
        browser.get("/portal/login");
        browser.postForm("/portal/login", {{"username", "Alice@castellan.test"}, {"password", m_ldap.userPassword}});
        QVERIFY2(browser.currentPath().rfind("/portal/login", 0) != 0, browser.currentPath().c_str());
        QCOMPARE(m_signIn->lastReason("alice"), std::string("password"));
        browser.get("/portal/password");
        HttpReply refused = browser.postForm(
            "/portal/password",
            {{"current", m_ldap.userPassword}, {"password", "New-Pass-2026!x"}, {"confirmation", "New-Pass-2026!x"}});
        QCOMPARE(refused.status, 409);
        QVERIFY2(refused.body.find("directory (Head Office)") != std::string::npos, refused.body.c_str());
        QCOMPARE(DirectorySignIn::result(validate("alice", m_ldap.userPassword, "Wiki")), std::string("accept"));
    }

    void testWrongPasswordIsRefusedAndNeverAcceptedFromTheCache()
    {
        QCOMPARE(DirectorySignIn::result(validate("bob", m_ldap.userPassword, "Wiki")), std::string("accept"));
        QCOMPARE(DirectorySignIn::result(validate("bob", m_ldap.userPassword + "x", "Wiki")), std::string("reject"));
        QVERIFY(m_signIn->lastReason("bob").find("wrong password (directory 'Head Office')") != std::string::npos);
        QCOMPARE(DirectorySignIn::result(validate("bob", "", "Wiki")), std::string("reject"));
        QCOMPARE(DirectorySignIn::result(validate("nobody.here", m_ldap.userPassword, "Wiki")), std::string("reject"));
        QCOMPARE(m_signIn->lastReason("nobody.here"), std::string("unknown user"));
    }

    void testWrongPasswordsCountTowardTheLockoutOfTheCanonicalName()
    {
        const std::string before = m_admin->get("/api/v1/settings/security").body;
        QCOMPARE(
            m_admin
                ->send("PUT", "/api/v1/settings/security",
                       R"({"failed_attempt_limit":3,"window_seconds":600,"block_seconds":600,"permanent_block":false})")
                .status,
            200);
        // Three wrong passwords under two of carol's names block carol: the right password is refused after.
        validate("carol", "wrong-1", "Wiki");
        validate("carol@castellan.test", "wrong-2", "Wiki");
        validate("CAROL", "wrong-3", "Wiki");
        QCOMPARE(DirectorySignIn::result(validate("carol@castellan.test", m_ldap.userPassword, "Wiki")),
                 std::string("reject"));
        QCOMPARE(m_signIn->lastReason("carol"), std::string("user blocked"));
        QCOMPARE(m_admin->send("DELETE", "/api/v1/blocks/carol", "").status, 204);
        QCOMPARE(DirectorySignIn::result(validate("carol", m_ldap.userPassword, "Wiki")), std::string("accept"));
        m_admin->send("PUT", "/api/v1/settings/security", before);
    }

    void testGroupsAreRequiredWithNestedMembership()
    {
        const std::string vpnUsers = "cn=vpn-users,ou=groups," + m_ldap.baseDn;
        QCOMPARE(
            m_signIn->patch(m_directory, "{\"groups\": [" + quoted(vpnUsers) + "], \"nested_groups\": true}").status,
            200);
        QCOMPARE(DirectorySignIn::result(validate("alice", m_ldap.userPassword, "Wiki")), std::string("accept"));
        QCOMPARE(DirectorySignIn::result(validate("bob", m_ldap.userPassword, "Wiki")),
                 std::string("accept")); // via engineers
        QCOMPARE(DirectorySignIn::result(validate("carol", m_ldap.userPassword, "Wiki")), std::string("reject"));
        QVERIFY(m_signIn->lastReason("carol").find("not a member of the groups directory 'Head Office' requires") !=
                std::string::npos);
        QCOMPARE(DirectorySignIn::result(validate("user007", m_ldap.userPassword, "Wiki")), std::string("reject"));
        QCOMPARE(userIdOf("user007"), std::int64_t(0)); // no record for someone who may not sign in

        QCOMPARE(m_signIn->patch(m_directory, "{\"nested_groups\": false}").status, 200);
        QCOMPARE(DirectorySignIn::result(validate("bob", m_ldap.userPassword, "Wiki")), std::string("reject"));
        QCOMPARE(DirectorySignIn::result(validate("alice", m_ldap.userPassword, "Wiki")), std::string("accept"));
        QCOMPARE(m_signIn->patch(m_directory, R"({"groups": [], "nested_groups": true})").status, 200);
        QCOMPARE(DirectorySignIn::result(validate("carol", m_ldap.userPassword, "Wiki")), std::string("accept"));
    }

    void testAnAmbiguousNameIsRefused()
    {
        // Every userNNN has givenName "User": as a login attribute it names 65 entries.
        QCOMPARE(m_signIn->patch(m_directory, R"({"login_attributes": ["uid", "givenName"]})").status, 200);
        QCOMPARE(DirectorySignIn::result(validate("User", m_ldap.userPassword, "Wiki")), std::string("reject"));
        QVERIFY2(m_signIn->lastReason("User").find("ambiguous name") != std::string::npos,
                 m_signIn->lastReason("User").c_str());
        QCOMPARE(m_signIn->patch(m_directory, R"({"login_attributes": ["uid", "mail"]})").status, 200);
    }

    void testTotpEnrolledBeforeTheFirstSignIn()
    {
        HttpReply entries = m_admin->get(m_directory + "/entries?search=user01");
        QCOMPARE(entries.status, 200);
        Poco::JSON::Array::Ptr items = entries.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t(10)); // user010 .. user019
        QVERIFY(items->getObject(0)->isNull("user_id"));

        HttpReply added = m_admin->send("POST", m_directory + "/users", R"({"username": "user012@castellan.test"})");
        QCOMPARE(added.status, 201);
        const std::int64_t id = added.json()->getValue<std::int64_t>("id");
        QCOMPARE(added.json()->getValue<std::string>("username"), std::string("user012"));
        QCOMPARE(added.json()->getValue<std::string>("last_name"), std::string("Number 012"));
        QCOMPARE(m_admin->send("POST", m_directory + "/users", R"({"username": "user012"})").status, 200);
        QCOMPARE(m_admin->get(m_directory + "/entries?search=user012")
                     .json()
                     ->getArray("items")
                     ->getObject(0)
                     ->getValue<std::int64_t>("user_id"),
                 id);
        HttpReply missing = m_admin->send("POST", m_directory + "/users", R"({"username": "no.such.user"})");
        QCOMPARE(missing.status, 422);
        QVERIFY(missing.body.find("\"username\"") != std::string::npos);

        HttpReply factor =
            m_admin->send("POST", "/api/v1/users/" + std::to_string(id) + "/factors", R"({"type":"totp"})");
        QCOMPARE(factor.status, 201);
        const std::string secret = factor.json()->getValue<std::string>("secret");
        // The challenge is answered under another of the user's names (RADIUS repeats what the user typed).
        HttpReply challenge = validate("user012@castellan.test", m_ldap.userPassword, "VPN");
        QCOMPARE(DirectorySignIn::result(challenge), std::string("challenge"));
        const std::string code = DirectorySignIn::totp(secret);
        HttpReply answered =
            m_signIn->answer("USER012", challenge.json()->getValue<std::string>("transaction_id"), code);
        QCOMPARE(DirectorySignIn::result(answered), std::string("accept"));
        QCOMPARE(DirectorySignIn::result(validate("user012", m_ldap.userPassword, "VPN", code)),
                 std::string("reject")); // replayed
        // Password and code in one request, under the mail name.
        QCOMPARE(DirectorySignIn::result(validate("user012@castellan.test", m_ldap.userPassword, "VPN",
                                                  DirectorySignIn::totp(secret, "now + 30 seconds"))),
                 std::string("accept"));
        QCOMPARE(DirectorySignIn::result(validate("user012", m_ldap.userPassword + "!", "VPN",
                                                  DirectorySignIn::totp(secret, "now - 30 seconds"))),
                 std::string("reject"));
        QVERIFY(m_signIn->lastReason("user012").find("wrong password") != std::string::npos);
    }

    void testTheDirectoryOwnsItsUsersFields()
    {
        const std::string user = "/api/v1/users/" + std::to_string(userIdOf("alice"));
        HttpReply renamed = m_signIn->patch(user, R"({"first_name": "Alicia", "email": "a@example.com"})");
        QCOMPARE(renamed.status, 409);
        QVERIFY(renamed.body.find("\"first_name\"") != std::string::npos);
        QVERIFY(renamed.body.find("\"email\"") != std::string::npos);
        QCOMPARE(m_signIn->patch(user, R"({"description": "VPN since 2026"})").status, 200);
        QCOMPARE(m_admin->send("POST", user + "/password", R"({"generate": true})").status, 409);
        // The directory's record is not dropped while users have local records.
        HttpReply removed = m_admin->send("DELETE", m_directory, "");
        QCOMPARE(removed.status, 409);
        QVERIFY(removed.json()->getValue<int>("users") >= 3);
    }

    void testFailoverFromADeadFirstUrl()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        QCOMPARE(m_signIn
                     ->patch(m_directory, "{\"urls\": [\"ldap://127.0.0.1:" + std::to_string(port) + "\", " +
                                              quoted(m_ldap.url) + "]}")
                     .status,
                 200);
        QCOMPARE(DirectorySignIn::result(validate("bob", m_ldap.userPassword, "Wiki")), std::string("accept"));
        QCOMPARE(DirectorySignIn::result(validate("bob", m_ldap.userPassword, "Wiki")),
                 std::string("accept")); // dead URL skipped
        QCOMPARE(m_signIn->patch(m_directory, "{\"urls\": [" + quoted(m_ldap.url) + "]}").status, 200);
    }

    void testAUserRemovedFromTheGroupsIsRefusedOnceTheCacheExpires()
    {
        QCOMPARE(m_signIn->patch(m_directory, R"({"enabled": false})").status, 200);
        const std::string vpnUsers = "cn=vpn-users,ou=groups," + m_private.baseDn;
        m_branch = createDirectory(m_private, "Branch", "\"groups\": [" + quoted(vpnUsers) + "]");
        QVERIFY(!m_branch.empty());
        // The private directory has an alice too, but "alice" is the Head Office user's: never merged, refused.
        QCOMPARE(DirectorySignIn::result(validate("alice", m_private.userPassword, "Wiki")), std::string("reject"));
        QVERIFY2(m_signIn->lastReason("alice").find("belongs to another user") != std::string::npos,
                 m_signIn->lastReason("alice").c_str());

        const std::string member = "member: uid=user033,ou=people," + m_private.baseDn + "\n";
        QCOMPARE(DirectorySignIn::result(validate("user033", m_private.userPassword, "Wiki")), std::string("reject"));
        QVERIFY(ldapmodify(m_private, "dn: " + vpnUsers + "\nchangetype: modify\nadd: member\n" + member));
        QThread::msleep(1200); // directory.cache_seconds=1
        QCOMPARE(DirectorySignIn::result(validate("user033", m_private.userPassword, "Wiki")), std::string("accept"));
        QVERIFY(ldapmodify(m_private, "dn: " + vpnUsers + "\nchangetype: modify\ndelete: member\n" + member));
        QThread::msleep(1200);
        QCOMPARE(DirectorySignIn::result(validate("user033", m_private.userPassword, "Wiki")), std::string("reject"));
        QVERIFY(m_signIn->lastReason("user033").find("not a member of the groups directory 'Branch'") !=
                std::string::npos);
        QVERIFY(ldapmodify(m_private, "dn: " + vpnUsers + "\nchangetype: modify\nadd: member\n" + member));
        QThread::msleep(1200);
        QCOMPARE(DirectorySignIn::result(validate("user033", m_private.userPassword, "Wiki")), std::string("accept"));
    }

    void testARenamedUserKeepsTheirRecord()
    {
        QCOMPARE(m_signIn->patch(m_branch, R"({"groups": []})").status, 200);
        QCOMPARE(DirectorySignIn::result(validate("user040", m_private.userPassword, "Wiki")), std::string("accept"));
        const std::int64_t id = userIdOf("user040");
        QVERIFY(id != 0);
        QVERIFY(ldapmodify(m_private, "dn: uid=user040,ou=people," + m_private.baseDn +
                                          "\nchangetype: modrdn\nnewrdn: uid=user940\ndeleteoldrdn: 1\n"));
        QThread::msleep(1200);
        QCOMPARE(DirectorySignIn::result(validate("user940", m_private.userPassword, "Wiki")), std::string("accept"));
        QCOMPARE(userIdOf("user940"), id); // found again by entryUUID: factors, blocks and history stay
        QCOMPARE(userIdOf("user040"), std::int64_t(0));
        QCOMPARE(DirectorySignIn::result(validate("user040", m_private.userPassword, "Wiki")), std::string("reject"));
    }

    void testAnOutageNeverDelaysLocalUsersAndHealsByItself()
    {
        HttpReply local =
            m_admin->send("POST", "/api/v1/users",
                          std::string("{\"username\": \"local.user\", \"password\": \"") + kLocalPassword +
                              "\", \"password_confirmation\": \"" + kLocalPassword + "\"}");
        QCOMPARE(local.status, 201);
        QCOMPARE(DirectorySignIn::result(validate("user033", m_private.userPassword, "Wiki")), std::string("accept"));

        signal(m_private, SIGSTOP); // the directory hangs: connections open, nothing answers
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(DirectorySignIn::result(validate("local.user", kLocalPassword, "Wiki")), std::string("accept"));
        QVERIFY2(timer.elapsed() < 1500, "a local user waited for the directory"); // its timeout is 2 s

        QThread::msleep(1100); // past the cached lookup
        QCOMPARE(DirectorySignIn::result(validate("user033", m_private.userPassword, "Wiki")), std::string("reject"));
        const std::string reason = m_signIn->lastReason("user033");
        QVERIFY2(reason.find("directory unavailable: directory 'Branch'") != std::string::npos, reason.c_str());
        // Within directory.retry_seconds the hung server is not waited for again.
        timer.restart();
        QCOMPARE(DirectorySignIn::result(validate("user033", m_private.userPassword, "Wiki")), std::string("reject"));
        QVERIFY2(m_signIn->lastReason("user033").find("skipped") != std::string::npos,
                 m_signIn->lastReason("user033").c_str());
        QVERIFY2(timer.elapsed() < 1500, "the open circuit still waited for the directory");
        QCOMPARE(DirectorySignIn::result(validate("local.user", kLocalPassword, "Wiki")), std::string("accept"));

        HttpReply metrics = m_admin->client().get("/metrics");
        QCOMPARE(metrics.status, 200);
        QVERIFY2(metrics.body.find("castellan_directory_up{directory=\"Branch\"") != std::string::npos,
                 metrics.body.c_str());
        QVERIFY(metrics.body.find("castellan_directory_failures_total{directory=\"Branch\"} 0") == std::string::npos);

        signal(m_private, SIGCONT);
        QThread::msleep(2200); // directory.retry_seconds=2
        QCOMPARE(DirectorySignIn::result(validate("user033", m_private.userPassword, "Wiki")), std::string("accept"));
        metrics = m_admin->client().get("/metrics");
        QVERIFY(metrics.body.find("castellan_directory_up{directory=\"Branch\",error=\"\"} 1") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryUsers)
#include "TestDirectoryUsers.moc"
