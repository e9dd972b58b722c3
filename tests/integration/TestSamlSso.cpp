#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// Single sign-on across several SPs, each a real pysaml2 client (tests/integration/saml/sso_scenarios.py), on
/// SQLite and PostgreSQL: single logout propagated to the session's other SPs over both bindings (SP-initiated and
/// from the portal's sign-out), the SP's own application profile deciding the factors (a stronger sign-in when the
/// SSO session does not satisfy it, none when it does), ForceAuthn and IsPassive.
class TestSamlSso : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kPassword = "Sso-User-Passw0rd!";

    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_base;
    QString m_idpMetadataFile;
    std::string m_totpSecret;
    int m_plainProfile = 0;
    int m_strongProfile = 0;

    Poco::JSON::Object::Ptr parse(const std::string& text)
    {
        return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
    }

    static std::string text(const Poco::JSON::Object::Ptr& o)
    {
        std::ostringstream out;
        o->stringify(out);
        return out.str();
    }

    Poco::JSON::Object::Ptr run(const QString& command, const QStringList& extra = {})
    {
        QProcess p;
        QStringList args{QString::fromLocal8Bit(qgetenv("CASTELLAN_SOURCE_DIR")) +
                             "/tests/integration/saml/sso_scenarios.py",
                         command,
                         "--base",
                         QString::fromStdString(m_base),
                         "--state",
                         m_state->path(),
                         "--idp-metadata",
                         m_idpMetadataFile};
        p.start("/usr/bin/python3", args + extra);
        if (!p.waitForFinished(180000) || p.exitCode() != 0) {
            qWarning().noquote() << p.readAllStandardError();
            return nullptr;
        }
        return parse(p.readAllStandardOutput().toStdString());
    }

    int createUser(const std::string& name)
    {
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", name},
                                             {"email", name + "@example.test"},
                                             {"password", kPassword},
                                             {"password_confirmation", kPassword},
                                             {"must_change_password", "false"}}));
        return user.status == 201 ? parse(user.body)->getValue<int>("id") : 0;
    }

    int createApplication(const std::string& body)
    {
        HttpReply app = m_admin->send("POST", "/api/v1/applications", body);
        return app.status == 201 ? parse(app.body)->getValue<int>("id") : 0;
    }

    /// Registers SP `name` (sp-a, sp-b, sp-strong) from the metadata pysaml2 makes for it.
    Poco::JSON::Object::Ptr registerSp(const QString& name, const QString& sloBinding, int profile)
    {
        auto metadata = run("metadata", {"--name", name, "--slo-binding", sloBinding});
        if (!metadata) {
            return nullptr;
        }
        Poco::JSON::Object body;
        body.set("metadata", metadata->getValue<std::string>("metadata"));
        body.set("name", name == "sp-a" ? "SP A" : name == "sp-b" ? "SP B" : "Strong SP");
        body.set("application_id", profile);
        std::ostringstream out;
        body.stringify(out);
        HttpReply created = m_admin->send("POST", "/api/v1/service-providers", out.str());
        if (created.status != 201) {
            qWarning() << created.body.c_str();
            return nullptr;
        }
        return parse(created.body);
    }

    QStringList user(const std::string& name) const
    {
        return {"--user", QString::fromStdString(name), "--password", kPassword};
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
        QVERIFY(createApplication("{\"name\":\"Portal\",\"type\":\"registration\",\"allowed_factors\":[],"
                                  "\"second_factor_required\":false}"));
        m_plainProfile = createApplication("{\"name\":\"Web apps\",\"type\":\"saml\",\"allowed_factors\":[],"
                                           "\"second_factor_required\":false}");
        m_strongProfile = createApplication("{\"name\":\"Finance\",\"type\":\"saml\",\"allowed_factors\":[\"totp\"],"
                                            "\"second_factor_required\":true}");
        QVERIFY(m_plainProfile && m_strongProfile);
        HttpReply metadata = m_admin->client().get("/saml/metadata");
        QCOMPARE(metadata.status, 200);
        m_idpMetadataFile = m_state->filePath("idp-metadata.xml");
        QFile file(m_idpMetadataFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(metadata.body));
        file.close();
        for (const char* name : {"erin", "frank", "grace", "heidi", "ivan"}) {
            QVERIFY(createUser(name));
        }
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testServiceProvidersNameTheirProfileAndLogoutBinding()
    {
        // The profile must be a saml one.
        auto metadata = run("metadata", {"--name", "sp-x"});
        QVERIFY(metadata);
        Poco::JSON::Object body;
        body.set("metadata", metadata->getValue<std::string>("metadata"));
        body.set("application_id", 1); // the registration profile
        std::ostringstream out;
        body.stringify(out);
        HttpReply wrong = m_admin->send("POST", "/api/v1/service-providers", out.str());
        QCOMPARE(wrong.status, 422);
        QVERIFY(wrong.body.find("\"field\":\"application_id\"") != std::string::npos);

        auto a = registerSp("sp-a", "redirect", m_plainProfile);
        auto b = registerSp("sp-b", "post", m_plainProfile);
        auto strong = registerSp("sp-strong", "redirect", m_strongProfile);
        QVERIFY(a && b && strong);
        QCOMPARE(a->getValue<int>("application_id"), m_plainProfile);
        QCOMPARE(strong->getValue<int>("application_id"), m_strongProfile);
        QCOMPARE(a->getValue<std::string>("single_logout_binding"),
                 std::string("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"));
        QCOMPARE(b->getValue<std::string>("single_logout_binding"),
                 std::string("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"));
        QCOMPARE(b->getValue<std::string>("single_logout_url"), std::string("https://sp-b.example.test/slo"));
    }

    void testSpInitiatedLogoutReachesTheOtherSpsOfTheSession_data()
    {
        QTest::addColumn<QString>("binding");
        QTest::addColumn<bool>("withoutSessionIndex");
        QTest::newRow("LogoutRequest over HTTP-Redirect") << "redirect" << false;
        QTest::newRow("LogoutRequest over HTTP-POST") << "post" << false;
        // SAML core 3.7.3.2: without SessionIndex every session of the NameID in which the SP takes part ends; the
        // browser must sign in again, never get an assertion from a session the SP was told had ended.
        QTest::newRow("LogoutRequest without SessionIndex") << "redirect" << true;
    }
    void testSpInitiatedLogoutReachesTheOtherSpsOfTheSession()
    {
        QFETCH(QString, binding);
        QFETCH(bool, withoutSessionIndex);
        QStringList args = user("erin") + QStringList{"--origin-binding", binding};
        if (withoutSessionIndex) {
            args << "--no-session-index";
        }
        auto r = run("slo-sp", args);
        QVERIFY(r);
        const std::string all = text(r);
        QVERIFY2(!r->has("error"), all.c_str());
        QVERIFY2(r->getValue<bool>("a_asked_login") && !r->getValue<bool>("b_asked_login"), all.c_str());
        // B hears of it over its HTTP-POST binding, the LogoutRequest signed (xmlsec1 against the metadata cert).
        QCOMPARE(r->getValue<std::string>("b_binding"), std::string("post"));
        QVERIFY2(r->getValue<bool>("b_signature_verified"), all.c_str());
        QVERIFY2(r->getValue<bool>("b_destination_ok"), all.c_str());
        QVERIFY2(r->getValue<bool>("b_sp_logged_out"), all.c_str());
        // A gets the final LogoutResponse over HTTP-Redirect, signed, with its RelayState, Success and complete.
        QVERIFY2(r->getValue<bool>("final_to_a"), all.c_str());
        QVERIFY2(r->getValue<bool>("final_signature_verified"), all.c_str());
        QCOMPARE(r->getValue<std::string>("final_relay_state"), std::string("from-a"));
        QVERIFY2(r->getValue<bool>("final_success"), all.c_str());
        QVERIFY2(!r->getValue<bool>("final_partial"), all.c_str());
        QVERIFY2(r->getValue<bool>("a_login_again") && r->getValue<bool>("b_login_again"), all.c_str());
        QVERIFY(m_admin->get("/api/v1/sso-sessions?user=erin").body.find("\"total\":0") != std::string::npos);
        const std::string audit = m_admin->get("/api/v1/audit?event=saml.slo").body;
        QVERIFY(audit.find("ended at the SP's request") != std::string::npos);
        QVERIFY(audit.find("LogoutResponse urn:oasis:names:tc:SAML:2.0:status:Success") != std::string::npos);
    }

    void testPortalSignOutLogsOutOfEverySp()
    {
        auto r = run("slo-idp", user("frank"));
        QVERIFY(r);
        const std::string all = text(r);
        QVERIFY2(!r->has("error"), all.c_str());
        QCOMPARE(r->getArray("sessions_page_lists")->size(), size_t(2)); // the portal's sessions page names them
        QCOMPARE(r->getValue<std::string>("a_binding"), std::string("redirect"));
        QVERIFY2(r->getValue<bool>("a_signature_verified") && r->getValue<bool>("a_sp_logged_out"), all.c_str());
        QCOMPARE(r->getValue<std::string>("b_binding"), std::string("post"));
        QVERIFY2(r->getValue<bool>("b_signature_verified") && r->getValue<bool>("b_sp_logged_out"), all.c_str());
        QVERIFY2(r->getValue<bool>("ends_on_portal"), all.c_str());
        const std::string page = r->getValue<std::string>("signed_out_page");
        QVERIFY2(page.find("SP A : signed out") != std::string::npos, page.c_str());
        QVERIFY2(page.find("SP B : signed out") != std::string::npos, page.c_str());
        QVERIFY(r->getValue<bool>("portal_signed_out"));
        QVERIFY(m_admin->get("/api/v1/sso-sessions?user=frank").body.find("\"total\":0") != std::string::npos);
    }

    void testAnSpWithAStrongerProfileAsksForMoreFactors()
    {
        HttpReply user = m_admin->get("/api/v1/users?q=grace");
        const int id = parse(user.body)->getArray("items")->getObject(0)->getValue<int>("id");
        HttpReply factor =
            m_admin->send("POST", "/api/v1/users/" + std::to_string(id) + "/factors", json({{"type", "totp"}}));
        QCOMPARE(factor.status, 201);
        const std::string secret = parse(factor.body)->getValue<std::string>("secret");
        auto r = run("step-up", this->user("grace") + QStringList{"--totp-secret", QString::fromStdString(secret)});
        QVERIFY(r);
        const std::string all = text(r);
        QVERIFY2(r->getValue<bool>("a_asked_login"), all.c_str());
        QCOMPARE(r->getValue<std::string>("a_context"),
                 std::string("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"));
        QVERIFY2(r->getValue<bool>("strong_asked_login"), all.c_str());
        QVERIFY2(r->getValue<bool>("username_filled_in"), all.c_str());
        QCOMPARE(r->getValue<std::string>("strong_context"), std::string("https://refeds.org/profile/mfa"));
        QCOMPARE(r->getValue<std::string>("strong_name_id"), std::string("grace"));
        QVERIFY2(r->getValue<bool>("a_again_without_login"), all.c_str());
        // One browser, one SSO session: the stronger sign-in carried it over, with both SPs in it.
        auto sessions = parse(m_admin->get("/api/v1/sso-sessions?user=grace").body);
        QCOMPARE(sessions->getValue<int>("total"), 1);
        QCOMPARE(sessions->getArray("items")->getObject(0)->getArray("service_providers")->size(), size_t(2));
    }

    void testSessionsEndedWithoutTheBrowserAreSentOverTheBackChannel()
    {
        QTcpServer probe; // a free loopback port for the SP's SOAP endpoint
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        auto metadata = run("metadata", {"--name", "sp-soap", "--soap-port", port});
        QVERIFY(metadata);
        Poco::JSON::Object body;
        body.set("metadata", metadata->getValue<std::string>("metadata"));
        body.set("name", "SOAP SP");
        body.set("application_id", m_plainProfile);
        std::ostringstream out;
        body.stringify(out);
        HttpReply created = m_admin->send("POST", "/api/v1/service-providers", out.str());
        QVERIFY2(created.status == 201, created.body.c_str());
        QCOMPARE(parse(created.body)->getValue<std::string>("back_channel_logout_url"),
                 "http://127.0.0.1:" + port.toStdString() + "/soap");

        auto r = run("back-channel", user("ivan") + QStringList{"--soap-port", port, "--admin-token",
                                                                QString::fromStdString(m_admin->token())});
        QVERIFY(r);
        const std::string all = text(r);
        QVERIFY2(!r->has("error"), all.c_str());
        // An administrator ends the session: the SP gets a signed LogoutRequest over SOAP and logs the user out.
        QCOMPARE(r->getValue<int>("delete_status"), 204);
        QCOMPARE(r->getValue<int>("admin_soap_received"), 1);
        QVERIFY2(r->getValue<bool>("admin_soap_signature_verified"), all.c_str());
        QVERIFY2(r->getValue<bool>("admin_sp_logged_out"), all.c_str());
        // The user signs out everywhere else from another browser: the same.
        QVERIFY2(r->getValue<bool>("signed_in_again"), all.c_str());
        QCOMPARE(r->getValue<int>("user_soap_received"), 1);
        QVERIFY2(r->getValue<bool>("user_sp_logged_out"), all.c_str());
        const std::string audit = m_admin->get("/api/v1/audit?event=saml.slo&limit=50").body;

        QVERIFY(audit.find("back-channel (SOAP) logout: LogoutResponse urn:oasis:names:tc:SAML:2.0:status:Success") !=
                std::string::npos);
        QVERIFY2(audit.find("back-channel (SOAP) logout: No message") == std::string::npos, audit.c_str());
        QCOMPARE(r->getArray("sp_answers")->size(), size_t(2));
    }

    void testForceAuthnAndIsPassive()
    {
        auto r = run("force-passive", user("heidi"));
        QVERIFY(r);
        const std::string all = text(r);
        QVERIFY2(r->getValue<bool>("passive_sent") && !r->getValue<bool>("passive_shows_login"), all.c_str());
        QVERIFY2(r->getValue<bool>("no_passive"), all.c_str());
        QCOMPARE(r->getValue<std::string>("passive_relay_state"), std::string("passive"));
        QVERIFY2(r->getValue<bool>("signed_in") && r->getValue<bool>("passive_with_session"), all.c_str());
        QVERIFY2(r->getValue<bool>("force_sent") && r->getValue<bool>("force_asks_login"), all.c_str());
        QVERIFY2(r->getValue<bool>("force_answered"), all.c_str());
    }
};

QTEST_GUILESS_MAIN(TestSamlSso)
#include "TestSamlSso.moc"
