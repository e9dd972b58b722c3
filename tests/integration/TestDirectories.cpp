#include "AdminSession.h"
#include "DirectoryFixture.h"
#include "DirectorySignIn.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include "rest/JsonBody.h"

#include <Poco/Data/Session.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QElapsedTimer>
#include <QTcpServer>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;
using namespace Poco::Data::Keywords;

namespace {

/// The slapd fixture (tests/support/slapd-fixture.sh) and where its sample entries are.
struct LdapFixture : DirectoryFixture
{
    static LdapFixture load() { return {DirectoryFixture::fromEnvironment("CASTELLAN_LDAP_DIR")}; }
    std::string group(const std::string& name) const { return "cn=" + name + ",ou=groups," + baseDn; }
    std::string person(const std::string& uid) const { return "uid=" + uid + ",ou=people," + baseDn; }
};

bool contains(const std::vector<std::string>& values, const std::string& value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace

/// `/directories` against a real OpenLDAP (the slapd fixture): the resource's fields, defaults, ETags and audit, the
/// sealed write-only bind password, and `POST /directories/{id}/test`: failover, StartTLS and LDAPS verified against
/// the directory's CA, the service account refused with the server's reason, users found by any login attribute
/// with their mapped fields and nested groups, passwords checked only over TLS, and a paged count that sees every
/// user although the directory's size limit is lower.
class TestDirectories : public QObject
{
    Q_OBJECT
private:
    LdapFixture m_ldap;
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    int m_created = 0;

    /// A directory of the fixture reachable over plain ldap://, with `changes` applied on top.
    Poco::JSON::Object::Ptr directory(std::initializer_list<std::pair<std::string, Poco::Dynamic::Var>> changes = {})
    {
        return directoryBody(m_ldap, "OpenLDAP " + std::to_string(++m_created), "ldap", m_ldap.url, changes);
    }
    HttpReply post(const Poco::JSON::Object::Ptr& body)
    {
        return m_admin->send("POST", "/api/v1/directories", toJson(body));
    }
    std::string create(const Poco::JSON::Object::Ptr& body) { return createDirectory(*m_admin, body); }
    HttpReply test(const std::string& path, const std::string& username = {}, const std::string& password = {})
    {
        return testDirectory(*m_admin, path, username, password);
    }
    std::string audit(const std::string& event) { return m_admin->get("/api/v1/audit?limit=500&event=" + event).body; }
    static std::set<std::string> fields(const HttpReply& reply)
    {
        std::set<std::string> names;
        Poco::JSON::Array::Ptr errors = reply.json()->getArray("errors");
        for (unsigned i = 0; errors && i < errors->size(); ++i) {
            names.insert(errors->getObject(i)->getValue<std::string>("field"));
        }
        return names;
    }

private slots:
    void initTestCase()
    {
        m_ldap = LdapFixture::load();
        QVERIFY2(!m_ldap.url.empty() && !m_ldap.caPem.empty(), "the slapd fixture did not run (CASTELLAN_LDAP_DIR)");
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(
            m_state->path(), QStringList{"--set", QString::fromStdString("db.url=" + m_db->url())});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testCreateTakesTheKindsDefaultsAndNeverAnswersTheBindPassword()
    {
        HttpReply created = post(directory({{"name", "Head Office"}}));
        QCOMPARE(created.status, 201);
        Poco::JSON::Object::Ptr d = created.json();
        QVERIFY(!d->has("bind_password"));
        QVERIFY(created.body.find(m_ldap.bindPassword) == std::string::npos);
        QCOMPARE(d->getValue<bool>("has_bind_password"), true);
        QCOMPARE(stringsOf(d->getArray("login_attributes")), std::vector<std::string>{"uid"});
        QCOMPARE(d->getValue<std::string>("unique_id_attribute"), std::string("entryUUID"));
        QCOMPARE(d->getValue<std::string>("user_filter"), std::string("(objectClass=inetOrgPerson)"));
        QCOMPARE(stringsOf(d->getObject("attributes")->getArray("phone")),
                 (std::vector<std::string>{"mobile", "telephoneNumber"}));
        QCOMPARE(d->getValue<int>("timeout_seconds"), 5);
        QCOMPARE(d->getValue<bool>("nested_groups"), true);
        QCOMPARE(created.headers["Location"], "/api/v1/directories/" + std::to_string(d->getValue<int>("id")));
        QCOMPARE(created.headers["ETag"], std::string("\"v1\""));

        HttpReply ad = post(directory({{"kind", "active_directory"}}));
        QCOMPARE(ad.status, 201);
        QCOMPARE(stringsOf(ad.json()->getArray("login_attributes")),
                 (std::vector<std::string>{"sAMAccountName", "userPrincipalName"}));
        QCOMPARE(ad.json()->getValue<std::string>("unique_id_attribute"), std::string("objectGUID"));

        HttpReply listed = m_admin->get("/api/v1/directories?q=head");
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json()->getValue<int>("total"), 1);
        QVERIFY(listed.body.find(m_ldap.bindPassword) == std::string::npos);
        const std::string audited = audit("directory.create");
        QVERIFY(audited.find("Head Office") != std::string::npos);
        QVERIFY(audited.find(m_ldap.bindPassword) == std::string::npos);
    }

    void testBindPasswordIsSealedAtRest()
    {
        Database& db = m_db->open(false);
        std::string stored;
        db.read([&](Poco::Data::Session& s) {
            s << "SELECT bind_password FROM directories WHERE name_key = 'head office'", into(stored), now;
        });
        m_db->close();
        QVERIFY(!stored.empty());
        QVERIFY(stored.find(m_ldap.bindPassword) == std::string::npos);
        QVERIFY(stored.size() > m_ldap.bindPassword.size() * 4 / 3 + 40); // AES-256-GCM: header, nonce, tag
    }

    void testBadFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("kind") << "kind"
                              << "\"openldap\"";
        QTest::newRow("url scheme") << "urls"
                                    << "[\"http://dc1.example.test\"]";
        QTest::newRow("no url") << "urls"
                                << "[]";
        QTest::newRow("filter") << "user_filter"
                                << "\"objectClass=person\"";
        QTest::newRow("unbalanced filter") << "user_filter"
                                           << "\"(&(objectClass=person)\"";
        QTest::newRow("login attribute") << "login_attributes"
                                         << "[\"given name\"]";
        QTest::newRow("unique id") << "unique_id_attribute"
                                   << "\"entry;UUID\"";
        QTest::newRow("unknown field") << "attributes.nickname"
                                       << "{\"nickname\": [\"displayName\"]}";
        QTest::newRow("timeout") << "timeout_seconds"
                                 << "0";
        QTest::newRow("priority") << "priority"
                                  << "1001";
        QTest::newRow("ca") << "ca_pem"
                            << "\"not a certificate\"";
        QTest::newRow("base") << "base_dn"
                              << "\"\"";
        QTest::newRow("taken name") << "name"
                                    << "\"head OFFICE\"";
    }
    void testBadFieldsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Poco::JSON::Object::Ptr body = directory();
        const std::string key = field.startsWith("attributes.") ? "attributes" : field.toStdString();
        // Poco's parser takes an object or an array only: the value is read as a member of one.
        const auto wrapped = Poco::JSON::Parser().parse("{\"v\": " + value.toStdString() + "}");
        body->set(key, wrapped.extract<Poco::JSON::Object::Ptr>()->get("v"));
        HttpReply refused = post(body);
        QCOMPARE(refused.status, 422);
        QVERIFY2(fields(refused).count(field.toStdString()), refused.body.c_str());
    }

    void testBindDnWithoutPasswordIsRefused()
    {
        Poco::JSON::Object::Ptr body = directory();
        body->remove("bind_password");
        HttpReply refused = post(body);
        QCOMPARE(refused.status, 422);
        QVERIFY2(fields(refused).count("bind_password"), refused.body.c_str());
    }

    void testPatchNeedsTheCurrentETagAndKeepsUnnamedAttributes()
    {
        const std::string path = create(directory());
        QVERIFY(!path.empty());
        HttpReply stale = m_admin->send("PATCH", path, R"({"priority": 5})", {{"If-Match", "\"v7\""}});
        QCOMPARE(stale.status, 412);
        HttpReply patched = m_admin->send(
            "PATCH", path, R"({"priority": 5, "attributes": {"phone": "telephoneNumber"}})", {{"If-Match", "\"v1\""}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.headers["ETag"], std::string("\"v2\""));
        QCOMPARE(patched.json()->getValue<int>("priority"), 5);
        QCOMPARE(stringsOf(patched.json()->getObject("attributes")->getArray("phone")),
                 std::vector<std::string>{"telephoneNumber"});
        QCOMPARE(stringsOf(patched.json()->getObject("attributes")->getArray("email")),
                 std::vector<std::string>{"mail"});
        // The stored fields are the entry's details, JSON text inside the audit JSON.
        QVERIFY(audit("directory.update").find("\\\"priority\\\":5") != std::string::npos);

        HttpReply rotated = m_admin->send("PATCH", path, toJson(directory({{"name", "Rotated"}})));
        QCOMPARE(rotated.status, 200);
        QVERIFY(rotated.body.find(m_ldap.bindPassword) == std::string::npos);
        QVERIFY(audit("directory.update_bind_password").find("Rotated") != std::string::npos);
    }

    void testConnectionCountsEveryUserWithAPagedSearch()
    {
        const std::string path = create(directory());
        HttpReply tested = test(path);
        QCOMPARE(tested.status, 200);
        Poco::JSON::Object::Ptr connection = tested.json()->getObject("connection");
        QCOMPARE(connection->getValue<std::string>("url"), m_ldap.url);
        QCOMPARE(connection->getValue<std::string>("security"), std::string("none"));
        // The fixture holds 68 users and answers a search at most 50: only the paged search sees them all.
        QCOMPARE(tested.json()->getValue<int>("users"), 68);
        QVERIFY(audit("directory.test").find("connected to") != std::string::npos);
    }

    void testUserIsFoundByAnyLoginAttributeWithFieldsAndNestedGroups()
    {
        const std::string path = create(directory({{"login_attributes", jsonStrings({"uid", "mail"})},
                                                   {"groups", jsonStrings({m_ldap.group("vpn-users")})}}));
        for (const std::string login : {"bob", "bob@castellan.test", "BOB"}) {
            HttpReply tested = test(path, login);
            QVERIFY2(tested.status == 200, tested.body.c_str());
            Poco::JSON::Object::Ptr user = tested.json()->getObject("user");
            QCOMPARE(user->getValue<std::string>("dn"), m_ldap.person("bob"));
            QCOMPARE(user->getValue<std::string>("username"), std::string("bob"));
            QVERIFY(user->getValue<std::string>("unique_id").size() == 36); // entryUUID
            Poco::JSON::Object::Ptr mapped = user->getObject("fields");
            QCOMPARE(mapped->getValue<std::string>("first_name"), std::string("Bob"));
            QCOMPARE(mapped->getValue<std::string>("last_name"), std::string("Builder"));
            QCOMPARE(mapped->getValue<std::string>("email"), std::string("bob@castellan.test"));
            QCOMPARE(mapped->getValue<std::string>("phone"), std::string("+90 555 000 0002"));
            // bob is in engineers, and engineers in vpn-users: a nested member.
            const auto groups = stringsOf(user->getArray("groups"));
            QVERIFY(contains(groups, m_ldap.group("engineers")));
            QVERIFY(contains(groups, m_ldap.group("vpn-users")));
            QCOMPARE(stringsOf(user->getArray("matched_groups")), std::vector<std::string>{m_ldap.group("vpn-users")});
            QCOMPARE(user->getValue<bool>("allowed"), true);
        }
        HttpReply carol = test(path, "carol");
        QCOMPARE(carol.status, 200);
        QCOMPARE(carol.json()->getObject("user")->getValue<bool>("allowed"), false);

        HttpReply injected = test(path, "*");
        QCOMPARE(injected.status, 422);
        QCOMPARE(injected.json()->getValue<std::string>("step"), std::string("user"));
        HttpReply unknown = test(path, "nobody");
        QCOMPARE(unknown.status, 422);
        QCOMPARE(unknown.json()->getValue<std::string>("step"), std::string("user"));
    }

    void testNestedGroupsCanBeTurnedOff()
    {
        const std::string path =
            create(directory({{"nested_groups", false}, {"groups", jsonStrings({m_ldap.group("vpn-users")})}}));
        HttpReply tested = test(path, "bob");
        QCOMPARE(tested.status, 200);
        QCOMPARE(tested.json()->getObject("user")->getValue<bool>("allowed"), false);
    }

    void testWrongServicePasswordIsRefusedWithTheLdapReason()
    {
        const std::string path = create(directory({{"bind_password", "not-the-password"}}));
        HttpReply tested = test(path);
        QCOMPARE(tested.status, 422);
        QCOMPARE(tested.contentType, std::string("application/problem+json"));
        QCOMPARE(tested.json()->getValue<std::string>("step"), std::string("bind"));
        const std::string detail = tested.json()->getValue<std::string>("detail");
        QVERIFY2(detail.find("Invalid credentials") != std::string::npos, detail.c_str());
        QVERIFY2(detail.find(m_ldap.url) != std::string::npos, detail.c_str());
        QVERIFY(audit("directory.test").find("Invalid credentials") != std::string::npos);
    }

    void testFailsOverFromADeadFirstUrl()
    {
        const std::string dead = "ldap://127.0.0.1:1";
        const std::string path = create(directory({{"urls", jsonStrings({dead, m_ldap.url})}}));
        HttpReply tested = test(path, "alice");
        QVERIFY2(tested.status == 200, tested.body.c_str());
        Poco::JSON::Object::Ptr connection = tested.json()->getObject("connection");
        QCOMPARE(connection->getValue<std::string>("url"), m_ldap.url);
        Poco::JSON::Array::Ptr attempts = connection->getArray("attempts");
        QCOMPARE(attempts->size(), std::size_t(2));
        QCOMPARE(attempts->getObject(0)->getValue<std::string>("url"), dead);
        QVERIFY(!attempts->getObject(0)->isNull("error"));
        QVERIFY(attempts->getObject(1)->isNull("error"));

        const std::string allDead = create(directory({{"urls", jsonStrings({dead})}}));
        HttpReply refused = test(allDead);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()->getValue<std::string>("step"), std::string("connect"));
        QVERIFY(refused.json()->getValue<std::string>("detail").find(dead) != std::string::npos);
    }

    void testAServerThatNeverAnswersTakesOnlyItsShareOfTheTimeout()
    {
        // Listening but never accepting: the kernel completes the TCP handshake, and no LDAP answer ever comes.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const std::string silentUrl = "ldap://127.0.0.1:" + std::to_string(silent.serverPort());
        const std::string path =
            create(directory({{"urls", jsonStrings({silentUrl, m_ldap.url})}, {"timeout_seconds", 2}}));
        QElapsedTimer timer;
        timer.start();
        HttpReply tested = test(path);
        QVERIFY2(tested.status == 200, tested.body.c_str());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        Poco::JSON::Object::Ptr connection = tested.json()->getObject("connection");
        QCOMPARE(connection->getValue<std::string>("url"), m_ldap.url);
        const std::string error = connection->getArray("attempts")->getObject(0)->getValue<std::string>("error");
        QVERIFY2(error.find(silentUrl) != std::string::npos, error.c_str());
    }

    void testStartTlsAndLdapsVerifyTheDirectorysCa()
    {
        const std::string startTls = create(directory({{"start_tls", true}, {"ca_pem", m_ldap.caPem}}));
        HttpReply viaStartTls = test(startTls);
        QVERIFY2(viaStartTls.status == 200, viaStartTls.body.c_str());
        QCOMPARE(viaStartTls.json()->getObject("connection")->getValue<std::string>("security"),
                 std::string("start_tls"));
        const std::string ldaps =
            create(directory({{"urls", jsonStrings({m_ldap.ldapsUrl})}, {"ca_pem", m_ldap.caPem}}));
        HttpReply viaLdaps = test(ldaps);
        QVERIFY2(viaLdaps.status == 200, viaLdaps.body.c_str());
        QCOMPARE(viaLdaps.json()->getObject("connection")->getValue<std::string>("security"), std::string("ldaps"));

        // Without the test CA the system's CAs do not vouch for the directory: refused, never sent in clear.
        for (const std::string& path : {create(directory({{"start_tls", true}})),
                                        create(directory({{"urls", jsonStrings({m_ldap.ldapsUrl})}}))}) {
            HttpReply refused = test(path);
            QCOMPARE(refused.status, 422);
            QCOMPARE(refused.json()->getValue<std::string>("step"), std::string("connect"));
        }
    }

    void testPasswordIsCheckedByABindOnlyOverTls()
    {
        const std::string tls = create(directory({{"start_tls", true}, {"ca_pem", m_ldap.caPem}}));
        HttpReply right = test(tls, "alice", m_ldap.userPassword);
        QVERIFY2(right.status == 200, right.body.c_str());
        QCOMPARE(right.json()->getValue<bool>("password_accepted"), true);
        HttpReply wrong = test(tls, "alice", "wrong-password");
        QCOMPARE(wrong.status, 200);
        QCOMPARE(wrong.json()->getValue<bool>("password_accepted"), false);

        const std::string plain = create(directory());
        HttpReply refused = test(plain, "alice", m_ldap.userPassword);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()->getValue<std::string>("step"), std::string("password"));
    }

    void testDeleteIsIdempotentAndAudited()
    {
        const std::string path = create(directory({{"name", "To Remove"}}));
        QCOMPARE(m_admin->send("DELETE", path, "").status, 204);
        QCOMPARE(m_admin->get(path).status, 404);
        QCOMPARE(m_admin->send("DELETE", path, "").status, 204);
        QVERIFY(audit("directory.delete").find("To Remove") != std::string::npos);
        QCOMPARE(test(path).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestDirectories)
#include "TestDirectories.moc"
