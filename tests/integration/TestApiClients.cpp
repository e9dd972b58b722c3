#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <Poco/Base64Encoder.h>

#include <QtTest>

#include <sstream>

using namespace castellan;
using namespace castellan::test;

/// API clients and the OAuth 2.0 client credentials grant (RFC 6749 §4.4, errors §5.2), over HTTPS.
class TestApiClients : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;

    static std::string basic(const std::string& id, const std::string& secret)
    {
        std::ostringstream out;
        Poco::Base64Encoder encoder(out);
        encoder.rdbuf()->setLineLength(0);
        encoder << id << ":" << secret;
        encoder.close();
        return "Basic " + out.str();
    }
    HttpReply tokenRequest(const std::string& body, const std::map<std::string, std::string>& headers = {})
    {
        return m_admin->client().send("POST", "/api/v1/oauth/token", body, "application/x-www-form-urlencoded",
                                      headers);
    }

private slots:
    void initTestCase()
    {
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

    void testSecretIsShownOnceAndWorksWithBasicAndForm()
    {
        HttpReply created = m_admin->send("POST", "/api/v1/api-clients", json({{"type", "agent"}, {"name", "ADFS"}}));
        QCOMPARE(created.status, 201);
        auto c = created.json();
        const std::string id = c->getValue<std::string>("client_id");
        const std::string secret = c->getValue<std::string>("client_secret");
        QVERIFY(secret.size() >= 43); // 256 bits, base64url
        HttpReply fetched = m_admin->get("/api/v1/api-clients/" + std::to_string(c->getValue<int>("id")));
        QCOMPARE(fetched.status, 200);
        QVERIFY(!fetched.json()->has("client_secret"));
        QVERIFY(!fetched.headers["ETag"].empty());

        HttpReply viaBasic = tokenRequest("grant_type=client_credentials", {{"Authorization", basic(id, secret)}});
        QCOMPARE(viaBasic.status, 200);
        QCOMPARE(viaBasic.json()->getValue<std::string>("token_type"), std::string("Bearer"));
        QCOMPARE(viaBasic.json()->getValue<std::string>("scope"), std::string("agent"));
        QCOMPARE(viaBasic.headers["Cache-Control"], std::string("no-store"));
        HttpReply viaForm =
            tokenRequest("grant_type=client_credentials&scope=agent&client_id=" + id + "&client_secret=" + secret);
        QCOMPARE(viaForm.status, 200);
    }

    void testOAuthErrorsFollowRfc6749_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("useBasic");
        QTest::addColumn<QString>("secretOverride");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong secret basic")
            << "grant_type=client_credentials" << true << "nope" << 401 << "invalid_client";
        QTest::newRow("wrong secret form")
            << "grant_type=client_credentials" << false << "nope" << 401 << "invalid_client";
        QTest::newRow("missing grant") << "" << true << "" << 400 << "invalid_request";
        QTest::newRow("password grant") << "grant_type=password&username=a&password=b" << true << "" << 400
                                        << "unsupported_grant_type";
        QTest::newRow("foreign scope") << "grant_type=client_credentials&scope=admin" << true << "" << 400
                                       << "invalid_scope";
        QTest::newRow("repeated parameter")
            << "grant_type=client_credentials&grant_type=client_credentials" << true << "" << 400 << "invalid_request";
    }
    void testOAuthErrorsFollowRfc6749()
    {
        QFETCH(QString, body);
        QFETCH(bool, useBasic);
        QFETCH(QString, secretOverride);
        QFETCH(int, status);
        QFETCH(QString, error);
        HttpReply created = m_admin->send("POST", "/api/v1/api-clients", json({{"type", "user"}, {"name", "App"}}));
        const std::string id = created.json()->getValue<std::string>("client_id");
        const std::string secret = secretOverride.isEmpty() ? created.json()->getValue<std::string>("client_secret")
                                                            : secretOverride.toStdString();
        HttpReply reply = useBasic ? tokenRequest(body.toStdString(), {{"Authorization", basic(id, secret)}})
                                   : tokenRequest(body.toStdString() + "&client_id=" + id + "&client_secret=" + secret);
        QCOMPARE(reply.status, status);
        QCOMPARE(QString::fromStdString(reply.json()->getValue<std::string>("error")), error);
        if (status == 401) {
            QCOMPARE(reply.headers["WWW-Authenticate"].rfind(useBasic ? "Basic" : "Bearer", 0), size_t(0));
        }
    }

    void testRenameNeedsCurrentETagAndDisableRevokesTokens()
    {
        HttpReply created = m_admin->send("POST", "/api/v1/api-clients", json({{"type", "agent"}, {"name", "PAM"}}));
        const int dbId = created.json()->getValue<int>("id");
        const std::string id = created.json()->getValue<std::string>("client_id");
        const std::string secret = created.json()->getValue<std::string>("client_secret");
        const std::string path = "/api/v1/api-clients/" + std::to_string(dbId);
        const std::string etag = m_admin->get(path).headers["ETag"];

        HttpReply renamed = m_admin->send("PATCH", path, json({{"name", "Linux PAM"}}), {{"If-Match", etag}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json()->getValue<std::string>("name"), std::string("Linux PAM"));
        QCOMPARE(m_admin->send("PATCH", path, json({{"name", "Stale"}}), {{"If-Match", etag}}).status, 412);
        HttpReply readOnly = m_admin->send("PATCH", path, json({{"type", "user"}, {"name", ""}}));
        QCOMPARE(readOnly.status, 422);
        QVERIFY(readOnly.body.find("\"field\":\"type\"") != std::string::npos);
        QVERIFY(readOnly.body.find("\"field\":\"name\"") != std::string::npos);

        const std::string token = tokenRequest("grant_type=client_credentials", {{"Authorization", basic(id, secret)}})
                                      .json()
                                      ->getValue<std::string>("access_token");
        const std::map<std::string, std::string> bearer{{"Authorization", "Bearer " + token}};
        const std::string validate = json({{"username", "nobody"}, {"password", "x"}});
        QCOMPARE(m_admin->client().send("POST", "/api/v1/auth/validate", validate, "application/json", bearer).status,
                 200);
        QCOMPARE(m_admin->send("PATCH", path, json({{"enabled", "false"}})).status, 200);
        QCOMPARE(m_admin->client().send("POST", "/api/v1/auth/validate", validate, "application/json", bearer).status,
                 401);
        QCOMPARE(tokenRequest("grant_type=client_credentials", {{"Authorization", basic(id, secret)}}).status, 401);
    }

    void testRotationReplacesSecretAndDeleteIsIdempotent()
    {
        HttpReply created = m_admin->send("POST", "/api/v1/api-clients", json({{"type", "user"}, {"name", "CRM"}}));
        const int dbId = created.json()->getValue<int>("id");
        const std::string id = created.json()->getValue<std::string>("client_id");
        const std::string oldSecret = created.json()->getValue<std::string>("client_secret");
        const std::string path = "/api/v1/api-clients/" + std::to_string(dbId);
        HttpReply rotated = m_admin->send("POST", path + "/secret", "");
        QCOMPARE(rotated.status, 200);
        const std::string newSecret = rotated.json()->getValue<std::string>("client_secret");
        QVERIFY(newSecret != oldSecret);
        QCOMPARE(tokenRequest("grant_type=client_credentials", {{"Authorization", basic(id, oldSecret)}}).status, 401);
        QCOMPARE(tokenRequest("grant_type=client_credentials", {{"Authorization", basic(id, newSecret)}}).status, 200);
        QCOMPARE(m_admin->send("DELETE", path, "").status, 204);
        QCOMPARE(m_admin->send("DELETE", path, "").status, 204);
        QCOMPARE(m_admin->get(path).status, 404);
        QCOMPARE(tokenRequest("grant_type=client_credentials", {{"Authorization", basic(id, newSecret)}}).status, 401);
    }

    void testCreateValidationAndListPaging()
    {
        HttpReply bad = m_admin->send("POST", "/api/v1/api-clients", json({{"type", "robot"}}));
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.body.find("\"field\":\"type\"") != std::string::npos);
        QVERIFY(bad.body.find("\"field\":\"name\"") != std::string::npos);
        HttpReply page = m_admin->get("/api/v1/api-clients?limit=2&offset=0");
        QCOMPARE(page.status, 200);
        QVERIFY(page.json()->getValue<int>("total") >= 3);
        QCOMPARE(page.json()->getArray("items")->size(), size_t(2));
        QCOMPARE(m_admin->get("/api/v1/api-clients?limit=501").status, 422);
        HttpReply search = m_admin->get("/api/v1/api-clients?q=linux");
        QCOMPARE(search.json()->getValue<int>("total"), 1);
    }

    void testEveryChangeIsAudited()
    {
        HttpReply audit = m_admin->get("/api/v1/audit?limit=500");
        for (const char* event : {"api_client.create", "api_client.update", "api_client.delete",
                                  "api_client.secret.rotate", "oauth.token"}) {
            QVERIFY2(audit.body.find(event) != std::string::npos, event);
        }
    }
};

QTEST_GUILESS_MAIN(TestApiClients)
#include "TestApiClients.moc"
