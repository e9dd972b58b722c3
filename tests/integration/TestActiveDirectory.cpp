#include "AdminSession.h"
#include "DirectoryFixture.h"
#include "DirectorySignIn.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include "rest/JsonBody.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <QElapsedTimer>
#include <QTcpServer>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

namespace {

/// The Samba AD fixture (tests/support/samba-ad-fixture.sh), alice's objectGUID as Samba writes it, and where its
/// sample entries are.
struct AdFixture : DirectoryFixture
{
    std::string aliceGuid;

    static AdFixture load()
    {
        AdFixture f{DirectoryFixture::fromEnvironment("CASTELLAN_AD_DIR")};
        f.aliceGuid = f.file("alice_guid");
        return f;
    }
    /// The fixture's users and groups all live in CN=Users.
    std::string entry(const std::string& cn) const { return "CN=" + cn + ",CN=Users," + baseDn; }
};

bool sameDn(const std::string& a, const std::string& b)
{
    return QString::fromStdString(a).compare(QString::fromStdString(b), Qt::CaseInsensitive) == 0;
}

} // namespace

/// Directories of kind active_directory against a real Samba AD domain controller (the samba_ad fixture), driven
/// through `POST /directories/{id}/test`: the kind's defaults suit AD, LDAPS and StartTLS verify the test CA and a
/// plain bind is refused, users are found by sAMAccountName or UPN as one account (objectGUID, canonical name), nested
/// groups match through the in-chain rule only when nested_groups is on, the account state (disabled, expired,
/// locked) and the framed IP integer are read, passwords are checked, and a dead first server is passed over.
class TestActiveDirectory : public QObject
{
    Q_OBJECT
private:
    AdFixture m_ad;
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    int m_created = 0;

    /// An Active Directory directory of the fixture over LDAPS with the test CA and the kind's defaults, with
    /// `changes` applied on top.
    Poco::JSON::Object::Ptr directory(std::initializer_list<std::pair<std::string, Poco::Dynamic::Var>> changes = {})
    {
        Poco::JSON::Object::Ptr o = directoryBody(m_ad, "Samba AD " + std::to_string(++m_created), "active_directory",
                                                  m_ad.ldapsUrl, {{"ca_pem", m_ad.caPem}});
        for (const auto& [key, value] : changes) {
            o->set(key, value);
        }
        return o;
    }
    std::string create(const Poco::JSON::Object::Ptr& body) { return createDirectory(*m_admin, body); }
    HttpReply test(const std::string& path, const std::string& username = {}, const std::string& password = {})
    {
        return testDirectory(*m_admin, path, username, password);
    }
    /// The user the test endpoint found for `login`; null (and a warning) when it failed.
    Poco::JSON::Object::Ptr user(const std::string& path, const std::string& login)
    {
        HttpReply tested = test(path, login);
        if (tested.status != 200) {
            qWarning("test %s: %d %s", login.c_str(), tested.status, tested.body.c_str());
            return nullptr;
        }
        return tested.json()->getObject("user");
    }

private slots:
    void initTestCase()
    {
        m_ad = AdFixture::load();
        QVERIFY2(!m_ad.url.empty() && !m_ad.caPem.empty(), "the Samba AD fixture did not run (CASTELLAN_AD_DIR)");
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

    void testTheKindsDefaultsCountTheDomainsUsersOverLdaps()
    {
        const std::string path = create(directory());
        QVERIFY(!path.empty());
        HttpReply tested = test(path);
        QVERIFY2(tested.status == 200, tested.body.c_str());
        Poco::JSON::Object::Ptr connection = tested.json()->getObject("connection");
        QCOMPARE(connection->getValue<std::string>("url"), m_ad.ldapsUrl);
        QCOMPARE(connection->getValue<std::string>("security"), std::string("ldaps"));
        // Administrator, Guest, krbtgt, the provisioning's dns account, the service account and the six sample users:
        // (&(objectCategory=person)(objectClass=user)) sees people only, and the domain root's referrals are no error.
        QVERIFY2(tested.json()->getValue<int>("users") >= 10, tested.body.c_str());
    }

    void testStartTlsVerifiesTheCaAndAPlainBindIsRefused()
    {
        const std::string startTls = create(directory({{"urls", jsonStrings({m_ad.url})}, {"start_tls", true}}));
        HttpReply viaStartTls = test(startTls, "alice");
        QVERIFY2(viaStartTls.status == 200, viaStartTls.body.c_str());
        QCOMPARE(viaStartTls.json()->getObject("connection")->getValue<std::string>("security"),
                 std::string("start_tls"));

        // Active Directory refuses a simple bind without TLS: the service account is never sent in clear, and the
        // administrator reads why.
        const std::string plain = create(directory({{"urls", jsonStrings({m_ad.url})}}));
        HttpReply refused = test(plain);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()->getValue<std::string>("step"), std::string("bind"));
        const std::string detail = refused.json()->getValue<std::string>("detail");
        QVERIFY2(detail.find("Strong(er) authentication required") != std::string::npos, detail.c_str());
        QVERIFY2(detail.find(m_ad.url) != std::string::npos, detail.c_str());

        // Without the test CA the system's CAs do not vouch for the domain controller.
        Poco::JSON::Object::Ptr withoutCa = directory({{"urls", jsonStrings({m_ad.url})}, {"start_tls", true}});
        withoutCa->remove("ca_pem");
        Poco::JSON::Object::Ptr ldapsWithoutCa = directory();
        ldapsWithoutCa->remove("ca_pem");
        for (const std::string& path : {create(withoutCa), create(ldapsWithoutCa)}) {
            HttpReply unverified = test(path);
            QCOMPARE(unverified.status, 422);
            QCOMPARE(unverified.json()->getValue<std::string>("step"), std::string("connect"));
        }
    }

    void testSamAccountNameAndUpnFindTheSameAccount()
    {
        const std::string path = create(directory());
        std::string uniqueId;
        for (const std::string login : {"alice", "alice@castellan.test", "ALICE", "Alice@CASTELLAN.TEST"}) {
            Poco::JSON::Object::Ptr alice = user(path, login);
            QVERIFY(alice);
            QVERIFY(sameDn(alice->getValue<std::string>("dn"), m_ad.entry("alice")));
            QCOMPARE(alice->getValue<std::string>("username"), std::string("alice"));
            // objectGUID as Samba itself writes it ([MS-DTYP] 2.3.4.3), the same whatever name was typed.
            QCOMPARE(alice->getValue<std::string>("unique_id"), m_ad.aliceGuid);
            Poco::JSON::Object::Ptr fields = alice->getObject("fields");
            QCOMPARE(fields->getValue<std::string>("first_name"), std::string("Alice"));
            QCOMPARE(fields->getValue<std::string>("last_name"), std::string("Archer"));
            QCOMPARE(fields->getValue<std::string>("email"), std::string("alice@castellan.test"));
            QCOMPARE(fields->getValue<std::string>("phone"), std::string("+90 555 000 0001"));
            // msRADIUSFramedIPAddress holds the address as a signed integer (-1062731510).
            QCOMPARE(fields->getValue<std::string>("framed_ip"), std::string("192.168.1.10"));
            QCOMPARE(alice->getValue<bool>("allowed"), true); // no groups required
        }
        Poco::JSON::Object::Ptr bob = user(path, "bob");
        QVERIFY(bob);
        QVERIFY(!bob->getObject("fields")->has("framed_ip"));
        HttpReply unknown = test(path, "nobody");
        QCOMPARE(unknown.status, 422);
        QCOMPARE(unknown.json()->getValue<std::string>("step"), std::string("user"));
        HttpReply injected = test(path, "*");
        QCOMPARE(injected.status, 422);
        QCOMPARE(injected.json()->getValue<std::string>("step"), std::string("user"));
    }

    void testNestedMembershipMatchesThroughTheInChainRule()
    {
        const std::string vpnUsers = m_ad.entry("vpn-users");
        const std::string path = create(directory({{"groups", jsonStrings({vpnUsers})}}));
        Poco::JSON::Object::Ptr bob = user(path, "bob");
        QVERIFY(bob);
        // bob is in engineers, and engineers in vpn-users: memberOf names the direct group only.
        const auto groups = stringsOf(bob->getArray("groups"));
        QCOMPARE(groups.size(), std::size_t(1));
        QVERIFY(sameDn(groups.front(), m_ad.entry("engineers")));
        QCOMPARE(stringsOf(bob->getArray("matched_groups")), std::vector<std::string>{vpnUsers});
        QCOMPARE(bob->getValue<bool>("allowed"), true);

        Poco::JSON::Object::Ptr alice = user(path, "alice");
        QVERIFY(alice);
        QCOMPARE(alice->getValue<bool>("allowed"), true);
        for (const std::string outsider : {"carol", "frank"}) {
            Poco::JSON::Object::Ptr other = user(path, outsider);
            QVERIFY(other);
            QCOMPARE(other->getArray("matched_groups")->size(), std::size_t(0));
            QCOMPARE(other->getValue<bool>("allowed"), false);
        }
    }

    void testNestedMembershipIsIgnoredWhenNestedGroupsIsOff()
    {
        const std::string path =
            create(directory({{"nested_groups", false}, {"groups", jsonStrings({m_ad.entry("vpn-users")})}}));
        Poco::JSON::Object::Ptr bob = user(path, "bob");
        QVERIFY(bob);
        QCOMPARE(bob->getValue<bool>("allowed"), false);
        Poco::JSON::Object::Ptr alice = user(path, "alice");
        QVERIFY(alice);
        QCOMPARE(alice->getValue<bool>("allowed"), true); // a direct member still is one
    }

    void testAccountStateShowsDisabledExpiredAndLockedAccounts_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("disabled");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<bool>("locked");
        QTest::newRow("alice") << "alice" << false << false << false;
        QTest::newRow("dave (disabled)") << "dave" << true << false << false;
        QTest::newRow("erin (expired)") << "erin" << false << true << false;
        QTest::newRow("grace (locked out)") << "grace" << false << false << true;
    }
    void testAccountStateShowsDisabledExpiredAndLockedAccounts()
    {
        QFETCH(QString, login);
        QFETCH(bool, disabled);
        QFETCH(bool, expired);
        QFETCH(bool, locked);
        Poco::JSON::Object::Ptr found = user(create(directory()), login.toStdString());
        QVERIFY(found);
        Poco::JSON::Object::Ptr state = found->getObject("account_state");
        QVERIFY(state);
        QCOMPARE(state->getValue<bool>("disabled"), disabled);
        QCOMPARE(state->getValue<bool>("expired"), expired);
        QCOMPARE(state->getValue<bool>("locked"), locked);
    }

    void testPasswordIsCheckedByABindAsTheUser()
    {
        for (const std::string& path :
             {create(directory()), create(directory({{"urls", jsonStrings({m_ad.url})}, {"start_tls", true}}))}) {
            HttpReply right = test(path, "alice@castellan.test", m_ad.userPassword);
            QVERIFY2(right.status == 200, right.body.c_str());
            QCOMPARE(right.json()->getValue<bool>("password_accepted"), true);
            HttpReply wrong = test(path, "alice", "wrong-password");
            QVERIFY2(wrong.status == 200, wrong.body.c_str());
            QCOMPARE(wrong.json()->getValue<bool>("password_accepted"), false);
        }
        // A disabled account's right password does not bind either (49, "data 533").
        HttpReply dave = test(create(directory()), "dave", m_ad.userPassword);
        QVERIFY2(dave.status == 200, dave.body.c_str());
        QCOMPARE(dave.json()->getValue<bool>("password_accepted"), false);
    }

    void testFailsOverFromADeadFirstUrlWithinTheTimeout()
    {
        QTcpServer closed; // a port known to be free: listened on, then closed
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const std::string dead = "ldaps://127.0.0.1:" + std::to_string(closed.serverPort());
        closed.close();
        const std::string path =
            create(directory({{"urls", jsonStrings({dead, m_ad.ldapsUrl})}, {"timeout_seconds", 3}}));
        QElapsedTimer timer;
        timer.start();
        HttpReply tested = test(path, "bob");
        QVERIFY2(tested.status == 200, tested.body.c_str());
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        Poco::JSON::Object::Ptr connection = tested.json()->getObject("connection");
        QCOMPARE(connection->getValue<std::string>("url"), m_ad.ldapsUrl);
        Poco::JSON::Array::Ptr attempts = connection->getArray("attempts");
        QCOMPARE(attempts->size(), std::size_t(2));
        QCOMPARE(attempts->getObject(0)->getValue<std::string>("url"), dead);
        QVERIFY(!attempts->getObject(0)->isNull("error"));
        QVERIFY(attempts->getObject(1)->isNull("error"));
        QCOMPARE(tested.json()->getObject("user")->getValue<std::string>("username"), std::string("bob"));
    }
};

QTEST_GUILESS_MAIN(TestActiveDirectory)
#include "TestActiveDirectory.moc"
