#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// The SAML 2.0 IdP on SQLite and PostgreSQL, with pysaml2 (Debian python3-pysaml2) as a real SP
/// (tests/integration/saml/pysaml2_sp.py): metadata, service providers from metadata XML, SP-initiated login over
/// HTTP-Redirect and HTTP-POST through the real portal login pages, signature checks by pysaml2 and xmlsec1, and
/// the requests the IdP must refuse.
class TestSamlIdp : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kUserPassword = "Saml-User-Passw0rd!";
    static constexpr const char* kSpEntity = "https://sp.example.test/metadata";
    static constexpr const char* kAcs = "https://sp.example.test/acs";

    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_base;
    std::string m_spId;
    std::string m_portalApplicationId;
    QString m_idpMetadataFile;

    Poco::JSON::Object::Ptr parse(const std::string& text)
    {
        return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
    }

    /// Runs the pysaml2 SP with `command`; its JSON answer.
    Poco::JSON::Object::Ptr runSp(const QString& command, const QStringList& extra = {})
    {
        QProcess p;
        QStringList args{QString::fromLocal8Bit(qgetenv("CASTELLAN_SOURCE_DIR")) +
                             "/tests/integration/saml/pysaml2_sp.py",
                         command,
                         "--base",
                         QString::fromStdString(m_base),
                         "--entity",
                         kSpEntity,
                         "--acs",
                         kAcs,
                         "--state",
                         m_state->path(),
                         "--idp-metadata",
                         m_idpMetadataFile};
        p.start("/usr/bin/python3", args + extra);
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning().noquote() << p.readAllStandardError();
            return nullptr;
        }
        return parse(p.readAllStandardOutput().toStdString());
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
        m_base = "https://127.0.0.1:" + std::to_string(m_server->httpsPort());
        // The portal's registration profile asks for the password only (the SP's own saml profile is a later slice).
        HttpReply portal = m_admin->send("POST", "/api/v1/applications",
                                         R"({"name":"Portal","type":"registration","allowed_factors":[],)"
                                         R"("second_factor_required":false})");
        QCOMPARE(portal.status, 201);
        m_portalApplicationId = std::to_string(parse(portal.body)->getValue<int>("id"));
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", "alice"},
                                             {"email", "alice@example.test"},
                                             {"first_name", "Alice"},
                                             {"last_name", "Liddell"},
                                             {"password", kUserPassword},
                                             {"password_confirmation", kUserPassword},
                                             {"must_change_password", "false"}}));
        QVERIFY2(user.status == 201, user.body.c_str());
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testMetadataPublishesEndpointsAndTheSigningCertificate()
    {
        HttpReply r = m_admin->client().get("/saml/metadata");
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers["Content-Type"].find("samlmetadata+xml") != std::string::npos);
        QVERIFY(r.body.find("entityID=\"" + m_base + "/saml/metadata\"") != std::string::npos);
        QVERIFY(r.body.find("<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MII") !=
                std::string::npos);
        for (const char* binding : {"HTTP-Redirect", "HTTP-POST"}) {
            const std::string sso = std::string("<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:"
                                                "bindings:") +
                                    binding + "\" Location=\"" + m_base + "/saml/sso\"/>";
            QVERIFY2(r.body.find(sso) != std::string::npos, sso.c_str());
        }
        QVERIFY(r.body.find("/saml/logout\"/>") != std::string::npos);
        QVERIFY(r.body.find("nameid-format:emailAddress</md:NameIDFormat>") != std::string::npos);
        // One key, kept: the same certificate on every request.
        QCOMPARE(m_admin->client().get("/saml/metadata").body, r.body);
        m_idpMetadataFile = m_state->filePath("idp-metadata.xml");
        QFile file(m_idpMetadataFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(r.body));
    }

    void testServiceProvidersAreCreatedFromTheirMetadata()
    {
        HttpReply bad = m_admin->send("POST", "/api/v1/service-providers",
                                      json({{"metadata", "<md:EntityDescriptor xmlns:md=\"nope\"/>"}}));
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.body.find("\"field\":\"metadata\"") != std::string::npos);
        HttpReply xxe =
            m_admin->send("POST", "/api/v1/service-providers",
                          json({{"metadata", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"}}));
        QCOMPARE(xxe.status, 422);
        QVERIFY(xxe.body.find("root:") == std::string::npos);

        auto sp = runSp("metadata");
        QVERIFY(sp);
        const std::string metadata = sp->getValue<std::string>("metadata");
        Poco::JSON::Object body;
        body.set("metadata", metadata);
        body.set("name", "pysaml2 SP");
        body.set("name_id_format", "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress");
        body.set("name_id_attribute", "email");
        Poco::JSON::Array attributes;
        for (const char* a : {"email", "first_name", "last_name", "username"}) {
            attributes.add(a);
        }
        body.set("attributes", attributes);
        std::ostringstream text;
        body.stringify(text);
        HttpReply created = m_admin->send("POST", "/api/v1/service-providers", text.str());
        QVERIFY2(created.status == 201, created.body.c_str());
        auto o = parse(created.body);
        QCOMPARE(o->getValue<std::string>("entity_id"), std::string(kSpEntity));
        QCOMPARE(o->getArray("assertion_consumer_services")->getObject(0)->getValue<std::string>("location"),
                 std::string(kAcs));
        QCOMPARE(m_admin->send("POST", "/api/v1/service-providers", text.str()).status, 422); // same entityID
        m_spId = std::to_string(o->getValue<int>("id"));
        const std::string path = "/api/v1/service-providers/" + m_spId;
        QCOMPARE(m_admin->get(path).status, 200);
        QVERIFY(m_admin->get("/api/v1/service-providers").body.find(kSpEntity) != std::string::npos);
        HttpReply patched = m_admin->send("PATCH", path, R"({"name":"pysaml2"})");
        QCOMPARE(patched.status, 200);
        QVERIFY(patched.body.find("\"name\":\"pysaml2\"") != std::string::npos);
        QCOMPARE(m_admin->send("PATCH", path, R"({"name_id_attribute":"phone"})").status, 422);
        QVERIFY(m_admin->get("/api/v1/audit?event=service_provider.create").body.find(kSpEntity) != std::string::npos);
    }

    void testSpInitiatedLogin_data()
    {
        QTest::addColumn<QString>("binding");
        QTest::newRow("HTTP-Redirect") << "redirect";
        QTest::newRow("HTTP-POST") << "post";
    }
    void testSpInitiatedLogin()
    {
        QFETCH(QString, binding);
        auto r = runSp("login", {"--binding", binding, "--user", "alice", "--password", kUserPassword});
        QVERIFY(r);
        std::ostringstream text;
        r->stringify(text);
        QVERIFY2(r->has("name_id"), text.str().c_str());
        QCOMPARE(r->getValue<std::string>("name_id"), std::string("alice@example.test"));
        QCOMPARE(r->getValue<std::string>("relay_state"), "relay-" + binding.toStdString());
        QCOMPARE(r->getValue<std::string>("action"), std::string(kAcs));
        QVERIFY(r->getValue<bool>("in_response_to"));
        QVERIFY(r->getValue<bool>("assertion_signed"));
        auto attributes = r->getObject("attributes");
        QCOMPARE(attributes->getArray("first_name")->getElement<std::string>(0), std::string("Alice"));
        QCOMPARE(attributes->getArray("last_name")->getElement<std::string>(0), std::string("Liddell"));
        QCOMPARE(attributes->getArray("username")->getElement<std::string>(0), std::string("alice"));
        QCOMPARE(attributes->getArray("email")->getElement<std::string>(0), std::string("alice@example.test"));
        QCOMPARE(r->getValue<std::string>("authn_context"),
                 std::string("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"));
        QVERIFY2(r->getValue<bool>("xmlsec_verified"), r->getValue<std::string>("xmlsec_output").c_str());
        QVERIFY(r->getValue<bool>("sso_without_login"));
        QCOMPARE(r->getValue<std::string>("sso_name_id"), std::string("alice@example.test"));
    }

    void testRequestsOfAnSpThatSignsThemMustCarryAValidSignature_data()
    {
        QTest::addColumn<QString>("binding");
        QTest::newRow("HTTP-Redirect") << "redirect";
        QTest::newRow("HTTP-POST") << "post";
    }
    void testRequestsOfAnSpThatSignsThemMustCarryAValidSignature()
    {
        QFETCH(QString, binding);
        const QStringList signedSp{"--signed", "--entity", "https://signed.example.test/metadata", "--binding",
                                   binding};
        auto sp = runSp("metadata", signedSp);
        QVERIFY(sp);
        Poco::JSON::Object body;
        body.set("metadata", sp->getValue<std::string>("metadata"));
        std::ostringstream text;
        body.stringify(text);
        if (binding == "redirect") {
            HttpReply created = m_admin->send("POST", "/api/v1/service-providers", text.str());
            QVERIFY2(created.status == 201, created.body.c_str());
            QVERIFY(created.body.find("\"authn_requests_signed\":true") != std::string::npos);
            QVERIFY(created.body.find("\"has_signing_certificate\":true") != std::string::npos);
        }

        auto r = runSp("login", signedSp + QStringList{"--user", "alice", "--password", kUserPassword});
        QVERIFY(r);
        std::ostringstream result;
        r->stringify(result);
        QVERIFY2(r->getValue<bool>("signed"), result.str().c_str());
        QCOMPARE(r->getValue<int>("unsigned_status"), 403);
        QVERIFY(r->getValue<bool>("unsigned_for_signature"));
        QCOMPARE(r->getValue<int>("tampered_status"), 403);
        QVERIFY(r->getValue<bool>("tampered_for_signature"));
        QVERIFY2(r->has("name_id"), result.str().c_str());
        // This SP keeps the defaults: NameID from the username, no attributes released.
        QCOMPARE(r->getValue<std::string>("name_id"), std::string("alice"));
        QCOMPARE(r->getObject("attributes")->size(), size_t(0));
        QVERIFY(r->getValue<bool>("xmlsec_verified"));
    }

    void testSpInitiatedSingleLogout()
    {
        auto r = runSp("login", {"--binding", "redirect", "--user", "alice", "--password", kUserPassword, "--logout"});
        QVERIFY(r);
        std::ostringstream result;
        r->stringify(result);
        QVERIFY2(r->has("slo_status"), result.str().c_str());
        QCOMPARE(r->getValue<int>("slo_status"), 303);
        QVERIFY2(r->getValue<bool>("slo_to_sp"), result.str().c_str());
        QVERIFY2(r->getValue<bool>("slo_signature_verified"), result.str().c_str());
        QCOMPARE(r->getValue<std::string>("slo_relay_state"), std::string("slo"));
        QVERIFY2(r->getValue<bool>("slo_success"), result.str().c_str());
        QVERIFY2(r->getValue<bool>("slo_login_again"), result.str().c_str());
        QVERIFY(m_admin->get("/api/v1/audit?event=saml.slo").body.find("ended at the SP's request") !=
                std::string::npos);
    }

    void testIdpInitiatedSsoForSpsThatAllowIt()
    {
        const std::string path = "/api/v1/service-providers/" + m_spId;
        HttpReply allowed = m_admin->send("PATCH", path, R"({"idp_initiated":true})");
        QCOMPARE(allowed.status, 200);
        QVERIFY(allowed.body.find("\"idp_initiated\":true") != std::string::npos);
        HttpReply list = m_admin->get("/api/v1/service-providers?q=signed.example.test");
        auto signedSp = parse(list.body)->getArray("items")->getObject(0);
        QCOMPARE(signedSp->getValue<bool>("idp_initiated"), false);
        auto r = runSp("idp-initiated", {"--sp-id", QString::fromStdString(m_spId), "--other-sp-id",
                                         QString::number(signedSp->getValue<int>("id")), "--user", "alice",
                                         "--password", kUserPassword});
        QVERIFY(r);
        std::ostringstream result;
        r->stringify(result);
        QCOMPARE(r->getValue<int>("refused_status"), 400);
        QVERIFY2(r->has("name_id"), result.str().c_str());
        QCOMPARE(r->getValue<std::string>("name_id"), std::string("alice@example.test"));
        QVERIFY(!r->getValue<bool>("has_in_response_to"));
        QCOMPARE(r->getValue<std::string>("relay_state"), std::string("from-idp"));
        QVERIFY(r->getValue<bool>("xmlsec_verified"));
    }

    void testAdministratorsListAndEndSsoSessions()
    {
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", "bob"},
                                             {"email", "bob@example.test"},
                                             {"password", kUserPassword},
                                             {"password_confirmation", kUserPassword},
                                             {"must_change_password", "false"}}));
        QVERIFY2(user.status == 201, user.body.c_str());
        auto r = runSp("login", {"--binding", "redirect", "--user", "bob", "--password", kUserPassword, "--admin-token",
                                 QString::fromStdString(m_admin->token())});
        QVERIFY(r);
        std::ostringstream result;
        r->stringify(result);
        QVERIFY2(r->has("sso_sessions"), result.str().c_str());
        auto listed = r->getObject("sso_sessions");
        QCOMPARE(listed->getValue<int>("total"), 1);
        auto session = listed->getArray("items")->getObject(0);
        QCOMPARE(session->getValue<std::string>("username"), std::string("bob"));
        auto providers = session->getArray("service_providers");
        QCOMPARE(providers->size(), size_t(1)); // two sign-ins into one SP: one entry
        QCOMPARE(providers->getObject(0)->getValue<std::string>("entity_id"), std::string(kSpEntity));
        QCOMPARE(providers->getObject(0)->getValue<std::string>("name_id"), std::string("bob@example.test"));
        QCOMPARE(r->getValue<int>("end_status"), 204);
        QVERIFY(r->getValue<bool>("login_again"));
        QVERIFY(m_admin->get("/api/v1/sso-sessions?user=bob").body.find("\"total\":0") != std::string::npos);
        QVERIFY(m_admin->get("/api/v1/sso-sessions?user=alice").body.find(kSpEntity) != std::string::npos);
        QCOMPARE(m_admin->send("DELETE", "/api/v1/sso-sessions/sso_unknown", "").status, 404);
    }

    void testSignInWithASecondFactorGivesTheMultiFactorContext()
    {
        // Last: from here on the portal's registration profile asks for a TOTP code after the password.
        QCOMPARE(m_admin
                     ->send("PATCH", "/api/v1/applications/" + m_portalApplicationId,
                            R"({"allowed_factors":["totp"],"second_factor_required":true})")
                     .status,
                 200);
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", "dave"},
                                             {"email", "dave@example.test"},
                                             {"password", kUserPassword},
                                             {"password_confirmation", kUserPassword},
                                             {"must_change_password", "false"}}));
        QVERIFY2(user.status == 201, user.body.c_str());
        const std::string id = std::to_string(parse(user.body)->getValue<int>("id"));
        HttpReply factor = m_admin->send("POST", "/api/v1/users/" + id + "/factors", json({{"type", "totp"}}));
        QCOMPARE(factor.status, 201);
        const std::string secret = parse(factor.body)->getValue<std::string>("secret");
        auto r = runSp("login", {"--binding", "post", "--user", "dave", "--password", kUserPassword, "--totp-secret",
                                 QString::fromStdString(secret)});
        QVERIFY(r);
        std::ostringstream result;
        r->stringify(result);
        QVERIFY2(r->has("name_id"), result.str().c_str());
        QCOMPARE(r->getValue<std::string>("name_id"), std::string("dave@example.test"));
        QCOMPARE(r->getValue<std::string>("authn_context"), std::string("https://refeds.org/profile/mfa"));
        QVERIFY(r->getValue<bool>("xmlsec_verified"));
    }

    void testBadRequestsAreRefused()
    {
        auto r = runSp("refusals");
        QVERIFY(r);
        std::ostringstream text;
        r->stringify(text);
        qInfo().noquote() << text.str().c_str();
        QCOMPARE(r->getValue<int>("valid"), 303);
        QCOMPARE(r->getValue<int>("unknown_sp"), 400);
        QCOMPARE(r->getValue<int>("wrong_acs"), 400);
        QCOMPARE(r->getValue<int>("expired"), 400);
        QCOMPARE(r->getValue<int>("future"), 400);
        QCOMPARE(r->getValue<int>("replay_first"), 303);
        QCOMPARE(r->getValue<int>("replay_second"), 400);
        QCOMPARE(r->getValue<int>("doctype"), 400);
        QCOMPARE(r->getValue<int>("garbage"), 400);
        QVERIFY(m_admin->get("/api/v1/audit?event=saml.sso").body.find("replayed") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSamlIdp)
#include "TestSamlIdp.moc"
