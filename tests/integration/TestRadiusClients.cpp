#include "RadiusServerFixture.h"

#include <Poco/Data/Session.h>

#include <QtTest>

using namespace castellan;
using namespace castellan::test;
using namespace Poco::Data::Keywords;

/// `/radius-clients` and the RADIUS fields of radius profiles over the real REST API: validation naming each field,
/// the write-only secret sealed at rest, audited changes that apply to the RADIUS server at once.
class TestRadiusClients : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kSecret = "rest-client-secret-0123456789";
    RadiusServerFixture m_fixture;
    std::int64_t m_vpn = 0;

    HttpReply post(const std::string& body) { return m_fixture.admin().send("POST", "/api/v1/radius-clients", body); }
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
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.server().stderrText()));
        m_vpn = m_fixture.createProfile(R"({"name":"VPN","type":"radius","allowed_factors":["totp"]})");
        QVERIFY(m_vpn > 0);
    }
    void cleanupTestCase() { m_fixture.stop(); }

    void testCreateAnswersTheClientWithoutItsSecret()
    {
        HttpReply created = post(json({{"name", "Core VPN"}, {"source", "10.20.0.0/16"}, {"secret", kSecret}}));
        QCOMPARE(created.status, 201);
        Poco::JSON::Object::Ptr c = created.json();
        QCOMPARE(c->getValue<std::string>("source"), std::string("10.20.0.0/16"));
        QCOMPARE(c->getValue<bool>("require_message_authenticator"), true);
        QCOMPARE(c->getValue<bool>("enabled"), true);
        QVERIFY(c->isNull("application_id"));
        QVERIFY(!c->has("secret"));
        QVERIFY(created.body.find(kSecret) == std::string::npos);
        const std::string id = std::to_string(c->getValue<std::int64_t>("id"));
        HttpReply listed = m_fixture.admin().get("/api/v1/radius-clients?q=core");
        QCOMPARE(listed.json()->getValue<int>("total"), 1);
        QVERIFY(listed.body.find(kSecret) == std::string::npos);
        QVERIFY(m_fixture.audit("", "radius_client.create").find("Core VPN") != std::string::npos);
        QVERIFY(m_fixture.audit("", "radius_client.create").find(kSecret) == std::string::npos);
    }

    void testSecretIsSealedAtRest()
    {
        Database& db = m_fixture.database().open(false);
        std::string stored;
        db.read([&](Poco::Data::Session& s) {
            s << "SELECT secret FROM radius_clients WHERE name_key = 'core vpn'", into(stored), now;
        });
        m_fixture.database().close();
        QVERIFY(!stored.empty());
        QVERIFY(stored.find(kSecret) == std::string::npos);
        QVERIFY(stored.size() > std::string(kSecret).size() * 4 / 3 + 40); // AES-256-GCM: header, nonce, tag
    }

    void testBadFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("source text") << R"({"name":"a","source":"vpn.example","secret":"0123456789abcdef"})"
                                     << "source";
        QTest::newRow("host bits") << R"({"name":"a","source":"10.0.0.1/8","secret":"0123456789abcdef"})"
                                   << "source";
        QTest::newRow("prefix") << R"({"name":"a","source":"2001:db8::/129","secret":"0123456789abcdef"})"
                                << "source";
        QTest::newRow("short secret") << R"({"name":"a","source":"10.0.0.1","secret":"short"})"
                                      << "secret";
        QTest::newRow("no secret") << R"({"name":"a","source":"10.0.0.1"})"
                                   << "secret";
        QTest::newRow("blank name") << R"({"name":"  ","source":"10.0.0.1","secret":"0123456789abcdef"})"
                                    << "name";
        QTest::newRow("taken name") << R"({"name":"core vpn","source":"10.9.0.1","secret":"0123456789abcdef"})"
                                    << "name";
        QTest::newRow("taken source") << R"({"name":"b","source":"10.20.0.0/16","secret":"0123456789abcdef"})"
                                      << "source";
        QTest::newRow("flag") << R"({"name":"a","source":"10.0.0.1","secret":"0123456789abcdef",)"
                                 R"("require_message_authenticator":"yes"})"
                              << "require_message_authenticator";
        QTest::newRow("application") << R"({"name":"a","source":"10.0.0.1","secret":"0123456789abcdef",)"
                                        R"("application_id":999999})"
                                     << "application_id";
    }
    void testBadFieldsAreNamed()
    {
        QFETCH(QString, body);
        QFETCH(QString, field);
        HttpReply refused = post(body.toStdString());
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.contentType, std::string("application/problem+json"));
        QVERIFY2(fields(refused).count(field.toStdString()), refused.body.c_str());
    }

    void testPatchRotatesTheSecretForTheRadiusServerAtOnce()
    {
        m_fixture.createUser("rotation.user");
        HttpReply created = post(json({{"name", "Loopback"},
                                       {"source", "127.0.0.1"},
                                       {"secret", kSecret},
                                       {"application_id", "=" + std::to_string(m_vpn)}}));
        QCOMPARE(created.status, 201);
        const std::string path = "/api/v1/radius-clients/" + std::to_string(created.json()->getValue<int>("id"));
        const QString request = QString("User-Name = \"rotation.user\"\nUser-Password = \"%1\"\n"
                                        "Message-Authenticator = 0x00\n")
                                    .arg(RadiusServerFixture::kPassword);
        QVERIFY(RadiusPeers::radclient("auth", m_fixture.authAddress(), kSecret, request).received("Access-Challenge"));

        const std::string rotated = "rotated-secret-9876543210";
        HttpReply patched = m_fixture.admin().send("PATCH", path, json({{"secret", rotated}}),
                                                   {{"If-Match", created.headers.at("ETag")}});
        QCOMPARE(patched.status, 200);
        QVERIFY(RadiusPeers::radclient("auth", m_fixture.authAddress(), kSecret, request)
                    .out.contains("No reply from server"));
        QVERIFY(RadiusPeers::radclient("auth", m_fixture.authAddress(), QString::fromStdString(rotated), request)
                    .received("Access-Challenge"));
        QVERIFY(m_fixture.audit("", "radius_client.update_secret").find("Loopback") != std::string::npos);

        // Disabled: the address is unknown again. Deleted: gone, and deleting again is fine.
        QCOMPARE(m_fixture.admin().send("PATCH", path, R"({"enabled":false})").status, 200);
        QVERIFY(RadiusPeers::radclient("auth", m_fixture.authAddress(), QString::fromStdString(rotated), request)
                    .out.contains("No reply from server"));
        QVERIFY(m_fixture.logContains("(unknown client)"));
        QCOMPARE(m_fixture.admin().send("DELETE", path, "").status, 204);
        QCOMPARE(m_fixture.admin().send("DELETE", path, "").status, 204);
        QCOMPARE(m_fixture.admin().get(path).status, 404);
        QVERIFY(m_fixture.audit("", "radius_client.delete").find("Loopback") != std::string::npos);
    }

    void testActivityCountsEachClientsRequestsAndAnswers()
    {
        m_fixture.createUser("counted.user");
        HttpReply created = post(json({{"name", "Counted"},
                                       {"source", "127.0.0.1"},
                                       {"secret", kSecret},
                                       {"application_id", "=" + std::to_string(m_vpn)}}));
        QCOMPARE(created.status, 201);
        Poco::JSON::Object::Ptr fresh = created.json()->getObject("activity");
        QVERIFY(fresh->isNull("last_request_at"));
        QCOMPARE(fresh->getValue<int>("requests"), 0);
        QVERIFY(!fresh->getValue<std::string>("counting_since").empty());
        QCOMPARE(created.json()->getValue<std::string>("application_name"), std::string("VPN"));
        const std::string path = "/api/v1/radius-clients/" + std::to_string(created.json()->getValue<int>("id"));
        const QString challenged = QString("User-Name = \"counted.user\"\nUser-Password = \"%1\"\n"
                                           "Message-Authenticator = 0x00\n")
                                       .arg(RadiusServerFixture::kPassword);
        const QString rejected = "User-Name = \"counted.user\"\nUser-Password = \"wrong\"\n"
                                 "Message-Authenticator = 0x00\n";
        QVERIFY(
            RadiusPeers::radclient("auth", m_fixture.authAddress(), kSecret, challenged).received("Access-Challenge"));
        QVERIFY(RadiusPeers::radclient("auth", m_fixture.authAddress(), kSecret, rejected).received("Access-Reject"));

        Poco::JSON::Object::Ptr counted = m_fixture.admin().get(path).json()->getObject("activity");
        QCOMPARE(counted->getValue<int>("requests"), 2);
        QCOMPARE(counted->getValue<int>("challenges"), 1);
        QCOMPARE(counted->getValue<int>("rejects"), 1);
        QCOMPARE(counted->getValue<int>("accepts"), 0);
        QVERIFY(!counted->isNull("last_request_at"));
        HttpReply listed = m_fixture.admin().get("/api/v1/radius-clients?q=counted");
        QCOMPARE(listed.json()->getArray("items")->getObject(0)->getObject("activity")->getValue<int>("requests"), 2);
        QCOMPARE(m_fixture.admin().send("DELETE", path, "").status, 204);
    }

    void testListsSortByTheDocumentedFields()
    {
        QCOMPARE(post(json({{"name", "Alpha NAS"}, {"source", "10.30.0.1"}, {"secret", kSecret}})).status, 201);
        QCOMPARE(post(json({{"name", "Zulu NAS"}, {"source", "10.30.0.2"}, {"secret", kSecret}})).status, 201);
        HttpReply down = m_fixture.admin().get("/api/v1/radius-clients?q=nas&sort=-name");
        QCOMPARE(down.status, 200);
        QCOMPARE(down.json()->getArray("items")->getObject(0)->getValue<std::string>("name"), std::string("Zulu NAS"));
        QCOMPARE(m_fixture.admin().get("/api/v1/radius-clients?sort=secret").status, 422);
        HttpReply apps = m_fixture.admin().get("/api/v1/applications?sort=-type");
        QCOMPARE(apps.status, 200);
        QCOMPARE(m_fixture.admin().get("/api/v1/applications?sort=bogus").status, 422);
    }

    void testDictionaryListsTheAttributesAProfileMaySet()
    {
        HttpReply dictionary = m_fixture.admin().get("/api/v1/radius-dictionary");
        QCOMPARE(dictionary.status, 200);
        std::map<std::string, Poco::JSON::Object::Ptr> byName;
        Poco::JSON::Array::Ptr items = dictionary.json()->getArray("items");
        QCOMPARE(dictionary.json()->getValue<std::size_t>("total"), items->size());
        for (unsigned i = 0; i < items->size(); ++i) {
            byName[items->getObject(i)->getValue<std::string>("name")] = items->getObject(i);
        }
        QVERIFY(byName.count("Filter-Id"));
        QVERIFY(byName["Filter-Id"]->isNull("vendor"));
        QCOMPARE(byName["Filter-Id"]->getValue<std::string>("data_type"), std::string("string"));
        QCOMPARE(byName["Cisco-AVPair"]->getValue<std::string>("vendor"), std::string("Cisco"));
        QVERIFY(byName["Service-Type"]->getArray("values")->size() > 0);
        QCOMPARE(byName["Framed-IP-Address"]->getValue<std::string>("data_type"), std::string("ipaddr"));
        for (const char* owned : {"User-Password", "State", "Message-Authenticator", "Acct-Status-Type"}) {
            QVERIFY2(!byName.count(owned), owned);
        }
    }

    void testDeletingAProfileInUseNamesItsUsers()
    {
        const std::int64_t busy =
            m_fixture.createProfile(R"({"name":"Busy","type":"radius","allowed_factors":["totp"]})");
        QVERIFY(busy > 0);
        HttpReply client = post(json({{"name", "Busy NAS"},
                                      {"source", "10.40.0.0/24"},
                                      {"secret", kSecret},
                                      {"application_id", "=" + std::to_string(busy)}}));
        QCOMPARE(client.status, 201);
        const std::string profile = "/api/v1/applications/" + std::to_string(busy);
        Poco::JSON::Object::Ptr usedBy = m_fixture.admin().get(profile).json()->getObject("used_by");
        QCOMPARE(usedBy->getArray("radius_clients")->size(), std::size_t(1));
        QCOMPARE(usedBy->getArray("radius_clients")->getObject(0)->getValue<std::string>("name"),
                 std::string("Busy NAS"));
        QCOMPARE(usedBy->getArray("service_providers")->size(), std::size_t(0));
        HttpReply listed = m_fixture.admin().get("/api/v1/applications?q=busy");
        QCOMPARE(
            listed.json()->getArray("items")->getObject(0)->getObject("used_by")->getArray("radius_clients")->size(),
            std::size_t(1));

        HttpReply refused = m_fixture.admin().send("DELETE", profile, "");
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.contentType, std::string("application/problem+json"));
        QVERIFY2(refused.json()->getValue<std::string>("detail").find("Busy NAS") != std::string::npos,
                 refused.body.c_str());
        QCOMPARE(refused.json()
                     ->getObject("used_by")
                     ->getArray("radius_clients")
                     ->getObject(0)
                     ->getValue<std::string>("name"),
                 std::string("Busy NAS"));
        QCOMPARE(m_fixture.admin().get(profile).status, 200);

        const std::string clientPath = "/api/v1/radius-clients/" + std::to_string(client.json()->getValue<int>("id"));
        QCOMPARE(m_fixture.admin().send("PATCH", clientPath, R"({"application_id":null})").status, 200);
        QCOMPARE(m_fixture.admin().send("DELETE", profile, "").status, 204);
        QCOMPARE(m_fixture.admin().get(profile).status, 404);
    }

    void testRadiusProfileFieldsAreValidated_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        const QString base = R"({"name":"P","type":"radius","allowed_factors":["totp"],)";
        QTest::newRow("unknown attribute") << base + R"("reply_attributes":[{"attribute":"No-Such","value":"x"}]})"
                                           << "reply_attributes[0]";
        QTest::newRow("reserved attribute")
            << base + R"("reply_attributes":[{"attribute":"Message-Authenticator","value":"0x00"}]})"
            << "reply_attributes[0]";
        QTest::newRow("bad value") << base + R"("reply_attributes":[{"attribute":"Session-Timeout","value":"soon"}]})"
                                   << "reply_attributes[0]";
        QTest::newRow("unknown field") << base + R"("reply_attributes":[{"attribute":"Filter-Id","value":"x"},)"
                                                 R"({"attribute":"Class","value":"{password}"}]})"
                                       << "reply_attributes[1]";
        QTest::newRow("not an array") << base + R"("reply_attributes":"Filter-Id=x"})"
                                      << "reply_attributes";
        QTest::newRow("otp length") << base + R"("appended_otp_length":4})"
                                    << "appended_otp_length";
        QTest::newRow("other type") << R"({"name":"P","type":"api","allowed_factors":["totp"],"appended_otp_length":6})"
                                    << "appended_otp_length";
    }
    void testRadiusProfileFieldsAreValidated()
    {
        QFETCH(QString, body);
        QFETCH(QString, field);
        HttpReply refused = m_fixture.admin().send("POST", "/api/v1/applications", body.toStdString());
        QCOMPARE(refused.status, 422);
        QVERIFY2(fields(refused).count(field.toStdString()), refused.body.c_str());
    }

    void testRadiusProfileFieldsRoundTrip()
    {
        HttpReply created = m_fixture.admin().send(
            "POST", "/api/v1/applications",
            R"({"name":"Wi-Fi","type":"radius","allowed_factors":["totp"],"appended_otp_length":8,)"
            R"("reply_attributes":[{"attribute":"Tunnel-Private-Group-Id","value":"42"},)"
            R"({"attribute":"Framed-IP-Address","value":"{framed_ip}"}]})");
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json()->getValue<int>("appended_otp_length"), 8);
        QCOMPARE(created.json()->getArray("reply_attributes")->size(), std::size_t(2));
        const std::string path = "/api/v1/applications/" + std::to_string(created.json()->getValue<int>("id"));
        HttpReply patched = m_fixture.admin().send("PATCH", path, R"({"appended_otp_length":0})");
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json()->getValue<int>("appended_otp_length"), 0);
        QCOMPARE(patched.json()->getArray("reply_attributes")->getObject(0)->getValue<std::string>("attribute"),
                 std::string("Tunnel-Private-Group-Id"));
        HttpReply api = m_fixture.admin().send("POST", "/api/v1/applications",
                                               R"({"name":"Agents","type":"api","allowed_factors":["totp"]})");
        QVERIFY(!api.json()->has("reply_attributes"));
    }
};

QTEST_GUILESS_MAIN(TestRadiusClients)
#include "TestRadiusClients.moc"
