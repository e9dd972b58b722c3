#include "AdminSession.h"
#include "FreshDatabase.h"
#include "LoopbackSmtpServer.h"
#include "ServerProcess.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <Poco/JSON/Parser.h>

using namespace castellan;
using namespace castellan::test;

/// The portal's sign-in flow in headless Chromium (tests/browser/login-flow.mjs), in English and Turkish, each
/// page checked by axe-core at phone and desktop sizes in the light and dark colour schemes (0 violations):
/// a second sign-in within 30 s of the last e-mail code, the second step kept across a language change with its
/// prompts translated and the resend link, the show-password toggle, "forgot password" asked twice (one answer
/// for known and unknown names), and a wrong first code on the authenticator page.
class TestPortalLoginFlow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<LoopbackSmtpServer> m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    static constexpr const char* kPassword = "Portal-Password-1";
    static constexpr const char* kNewPassword = "Brand-New-Password-2";

    /// Runs a scenario of login-flow.mjs for `user` in `language`, handing it `codes` mailed codes.
    Poco::JSON::Object::Ptr scenario(const QString& name, const QString& language, const QString& user, int codes)
    {
        const QString codeFile = m_state->filePath("code-" + name + language + ".txt");
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PORTAL_URL", "https://localhost:" + QString::number(m_server->httpsPort()));
        env.insert("PORTAL_USER", user);
        env.insert("UNKNOWN_USER", "nobody." + language);
        env.insert("PORTAL_PASSWORD", kPassword);
        env.insert("NEW_PASSWORD", kNewPassword);
        env.insert("LANG_CODE", language);
        env.insert("CODE_FILE", codeFile);
        env.insert("SCREENSHOTS", qEnvironmentVariable("CASTELLAN_SCREENSHOTS"));
        node.setProcessEnvironment(env);
        node.setWorkingDirectory(qEnvironmentVariable("CASTELLAN_BROWSER_DIR"));
        node.start("node", {"login-flow.mjs", name});
        for (int i = 0; i < codes; ++i) {
            auto mail = m_smtp->waitForMessage(std::chrono::seconds(60));
            if (!mail) {
                break;
            }
            const auto match = QRegularExpression("\\b(\\d{6})\\b").match(QString::fromStdString(mail->body));
            QFile file(codeFile);
            file.open(QIODevice::WriteOnly);
            file.write(match.captured(1).toUtf8());
        }
        node.waitForFinished(240000);
        const QString out = QString::fromUtf8(node.readAllStandardOutput()).trimmed();
        const QString lastLine = out.section('\n', -1);
        if (node.exitCode() != 0) {
            qWarning("scenario %s (%s) failed: %s\n%s", qPrintable(name), qPrintable(language), qPrintable(lastLine),
                     qPrintable(QString::fromUtf8(node.readAllStandardError())));
            return {};
        }
        auto result = Poco::JSON::Parser().parse(lastLine.toStdString()).extract<Poco::JSON::Object::Ptr>();
        std::ostringstream violations;
        result->getArray("violations")->stringify(violations);
        if (result->getArray("violations")->size() != 0 || result->getArray("checked")->size() == 0) {
            qWarning("axe-core violations: %s", violations.str().c_str());
            return {};
        }
        return result;
    }

    void createEmailUser(const std::string& username)
    {
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", username},
                                             {"email", username + "@example.com"},
                                             {"password", kPassword},
                                             {"password_confirmation", kPassword}}));
        const std::string id = std::to_string(user.json()->getValue<std::int64_t>("id"));
        if (user.status != 201 ||
            m_admin->send("POST", "/api/v1/users/" + id + "/factors", R"({"type":"email"})").status != 201) {
            throw std::runtime_error("user setup failed: " + user.body);
        }
    }

    static bool contains(const Poco::JSON::Object::Ptr& r, const char* field, const std::string& part)
    {
        return r->getValue<std::string>(field).find(part) != std::string::npos;
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(qEnvironmentVariable("CASTELLAN_SCREENSHOTS"));
        LoopbackSmtpServer::Options plain;
        plain.offerStartTls = false;
        plain.requireTls = false;
        plain.offerAuth = false;
        m_smtp = std::make_unique<LoopbackSmtpServer>(plain);
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(
            m_state->path(),
            QStringList{"--set", QString::fromStdString("db.url=" + m_db->url()), "--set", "smtp.host=127.0.0.1",
                        "--set", "smtp.port=" + QString::number(m_smtp->port()), "--set", "smtp.starttls=false",
                        "--set", "smtp.from=Castellan <mfa@example.com>"});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/applications",
                            R"({"name":"Portal","type":"registration","allowed_factors":["email","totp"]})")
                     .status,
                 201);
        for (const char* scenario : {"again", "language", "toggle", "reset", "authenticator"}) {
            for (const char* language : {"en", "tr"}) {
                createEmailUser(std::string(scenario) + "." + language);
            }
        }
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        if (m_server) {
            QCOMPARE(m_server->stop(), 0);
        }
        m_server.reset();
    }

    void testSignInAgainWithinThirtySecondsContinuesWithTheCodeAlreadySent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "en"
                            << "moments ago";
        QTest::newRow("tr") << "tr"
                            << "az önce";
    }
    void testSignInAgainWithinThirtySecondsContinuesWithTheCodeAlreadySent()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        auto r = scenario("again", language, "again." + language, 1);
        QVERIFY(r);
        QVERIFY2(contains(r, "againPrompt", expected.toStdString()), r->getValue<std::string>("againPrompt").c_str());
        QVERIFY(contains(r, "againPrompt", "a***@example.com"));
        QCOMPARE(r->getValue<int>("againNotice"), 0); // no error: not a wrong password
        QVERIFY(r->getValue<bool>("signedIn"));
        const std::string audit =
            m_admin->get("/api/v1/audit?event=auth.validate&user=again." + language.toStdString()).body;
        QVERIFY2(audit.find("wrong password") == std::string::npos && audit.find("missing") == std::string::npos,
                 audit.c_str());
    }

    void testLanguageChangeKeepsTheSecondStep_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("otherTitle");
        QTest::addColumn<QString>("otherPrompt");
        QTest::newRow("en to tr") << "en"
                                  << "İkinci adım"
                                  << "adresine gönderilen kodu girin";
        QTest::newRow("tr to en") << "tr"
                                  << "Second step"
                                  << "Enter the code sent to";
    }
    void testLanguageChangeKeepsTheSecondStep()
    {
        QFETCH(QString, language);
        QFETCH(QString, otherTitle);
        QFETCH(QString, otherPrompt);
        auto r = scenario("language", language, "language." + language, 1);
        QVERIFY(r);
        QCOMPARE(r->getValue<std::string>("pathAfterSwitch"), std::string("/portal/verify"));
        QCOMPARE(QString::fromStdString(r->getValue<std::string>("titleAfterSwitch")), otherTitle);
        QVERIFY2(contains(r, "promptAfterSwitch", otherPrompt.toStdString()),
                 r->getValue<std::string>("promptAfterSwitch").c_str());
        // Every label and button of the step is in the new language (none of the English texts in Turkish).
        std::ostringstream labels;
        r->getArray("labels")->stringify(labels);
        if (language == "en") {
            for (const char* english : {"Verify", "Send a new code", "Cancel", "Code\""}) {
                QVERIFY2(labels.str().find(english) == std::string::npos, labels.str().c_str());
            }
        }
        // Resend within 30 s: the truth, and the login goes on with the code already sent.
        QVERIFY2(contains(r, "resendPrompt", language == "en" ? "az önce" : "moments ago"),
                 r->getValue<std::string>("resendPrompt").c_str());
        QVERIFY(contains(r, "wrongCodeNotice", language == "en" ? "Kod" : "code"));
        QVERIFY(contains(r, "promptAfterWrong", otherPrompt.toStdString()));
        QVERIFY(r->getValue<bool>("signedIn"));
    }

    void testShowPasswordToggle_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::newRow("en") << "en"
                            << "Show password";
        QTest::newRow("tr") << "tr"
                            << "Parolayı göster";
    }
    void testShowPasswordToggle()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        auto r = scenario("toggle", language, "toggle." + language, 0);
        QVERIFY(r);
        QCOMPARE(QString::fromStdString(r->getValue<std::string>("toggleName")).trimmed(), name);
        QCOMPARE(r->getValue<std::string>("pressedBefore"), std::string("false"));
        QCOMPARE(r->getValue<std::string>("pressedAfter"), std::string("true"));
        QCOMPARE(r->getValue<std::string>("typeAfter"), std::string("text"));
        QCOMPARE(r->getValue<std::string>("typeBack"), std::string("password"));
        QCOMPARE(r->getValue<std::string>("typeAfterSubmit"), std::string("password"));
        QCOMPARE(r->getValue<std::string>("autocomplete"), std::string("current-password"));
    }

    void testForgotPasswordTwiceGivesOneTruthfulAnswer_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "en"
                            << "less than N seconds ago";
        QTest::newRow("tr") << "tr"
                            << "N saniyeden kısa süre önce";
    }
    void testForgotPasswordTwiceGivesOneTruthfulAnswer()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        auto r = scenario("reset", language, "reset." + language, 1);
        QVERIFY(r);
        QVERIFY2(contains(r, "knownAnswer", expected.toStdString()), r->getValue<std::string>("knownAnswer").c_str());
        QCOMPARE(r->getValue<std::string>("knownAnswer"), r->getValue<std::string>("unknownAnswer"));
        QVERIFY(!r->getValue<std::string>("resetNotice").empty());
        const std::string audit =
            m_admin->get("/api/v1/audit?event=user.password.set&user=reset." + language.toStdString()).body;
        QVERIFY2(audit.find("reset") != std::string::npos, audit.c_str());
    }

    void testWrongFirstAuthenticatorCodeKeepsQrCodeAndSecret_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("tr") << "tr";
    }
    void testWrongFirstAuthenticatorCodeKeepsQrCodeAndSecret()
    {
        QFETCH(QString, language);
        auto r = scenario("authenticator", language, "authenticator." + language, 1);
        QVERIFY(r);
        QVERIFY(r->getValue<bool>("sameSecret"));
        QVERIFY(r->getValue<bool>("sameQr"));
        QCOMPARE(r->getValue<int>("qrShown"), 1);
        QVERIFY(!r->getValue<std::string>("codeError").empty());
        QCOMPARE(r->getValue<std::string>("describedBy"), std::string("code-error"));
        QVERIFY(r->getValue<bool>("registered"));
    }
};

QTEST_GUILESS_MAIN(TestPortalLoginFlow)
#include "TestPortalLoginFlow.moc"
