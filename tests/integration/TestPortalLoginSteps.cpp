#include "AdminSession.h"
#include "FreshDatabase.h"
#include "LoopbackSmtpServer.h"
#include "PortalBrowser.h"
#include "ServerProcess.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// The portal's sign-in steps as the server answers them (issue 19), with PortalBrowser (no script): a second
/// sign-in of an e-mail-only user within 30 s of the last code, before and after that code was used, is never told
/// the password is wrong; the second step survives a language link; the resend button answers truthfully; and
/// "forgot password" asked twice answers the same for a known and an unknown name.
class TestPortalLoginSteps : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<LoopbackSmtpServer> m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    static constexpr const char* kPassword = "Portal-Password-1";
    static constexpr const char* kWrongPassword = "The username or password is not correct";

    void createEmailUser(const std::string& username)
    {
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", username},
                                             {"email", username + "@example.com"},
                                             {"password", kPassword},
                                             {"password_confirmation", kPassword}}));
        const std::string id = std::to_string(user.json()->getValue<std::int64_t>("id"));
        QCOMPARE(user.status, 201);
        QCOMPARE(m_admin->send("POST", "/api/v1/users/" + id + "/factors", R"({"type":"email"})").status, 201);
    }

    std::string nextCode()
    {
        auto mail = m_smtp->waitForMessage(std::chrono::seconds(30));
        if (!mail) {
            return {};
        }
        return QRegularExpression("\\b(\\d{6})\\b").match(QString::fromStdString(mail->body)).captured(1).toStdString();
    }

    static HttpReply signIn(PortalBrowser& browser, const std::string& username, const std::string& lang = "en")
    {
        browser.get("/portal/login?lang=" + lang);
        return browser.postForm("/portal/login", {{"username", username}, {"password", kPassword}});
    }

    static bool has(const HttpReply& page, const std::string& text)
    {
        return page.body.find(text) != std::string::npos;
    }

private slots:
    void initTestCase()
    {
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
                            R"({"name":"Portal","type":"registration","allowed_factors":["email"]})")
                     .status,
                 201);
        createEmailUser("again.user");
        createEmailUser("used.user");
        createEmailUser("lang.user");
        createEmailUser("reset.known");
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        if (m_server) {
            QCOMPARE(m_server->stop(), 0);
        }
        m_server.reset();
    }

    void testSecondSignInWithinThirtySecondsUsesTheCodeAlreadySent()
    {
        PortalBrowser first(m_server->httpsPort());
        QVERIFY(has(signIn(first, "again.user"), "Enter the code sent to a***@example.com"));
        const std::string code = nextCode();
        QVERIFY(!code.empty());
        PortalBrowser second(m_server->httpsPort());
        HttpReply step = signIn(second, "again.user", "tr");
        QVERIFY2(!has(step, "Kullanıcı adı veya parola") && has(step, "az önce bir kod gönderildi"), step.body.c_str());
        QVERIFY(has(step, "id=\"resend\""));
        second.postForm("/portal/verify", {{"otp", code}});
        QCOMPARE(second.currentPath(), std::string("/portal/home"));
        const std::string audit = m_admin->get("/api/v1/audit?event=auth.validate&user=again.user").body;
        QVERIFY2(audit.find("wrong password") == std::string::npos && audit.find("missing") == std::string::npos,
                 audit.c_str());
    }

    void testSignInAgainAfterUsingTheCodeSaysWhenANewOneCanBeSent()
    {
        PortalBrowser first(m_server->httpsPort());
        signIn(first, "used.user");
        first.postForm("/portal/verify", {{"otp", nextCode()}});
        QCOMPARE(first.currentPath(), std::string("/portal/home"));
        PortalBrowser second(m_server->httpsPort());
        HttpReply step = signIn(second, "used.user");
        QVERIFY2(!has(step, kWrongPassword) && has(step, "no new one can be sent yet"), step.body.c_str());
        // Asking again at once: the same truth, and the step goes on.
        HttpReply resent = second.postForm("/portal/verify", {{"factor", "email"}});
        QVERIFY2(has(resent, "no new one can be sent yet") && has(resent, "id=\"otp\""), resent.body.c_str());
    }

    void testLanguageLinkKeepsTheSecondStep()
    {
        PortalBrowser browser(m_server->httpsPort());
        QVERIFY(has(signIn(browser, "lang.user"), "Second step"));
        // The page after the password is /portal/login: its language link lands there and must keep the step.
        HttpReply turkish = browser.get("/portal/login?lang=tr");
        QCOMPARE(browser.currentPath(), std::string("/portal/verify"));
        QVERIFY2(has(turkish, "İkinci adım") && has(turkish, "adresine gönderilen kodu girin") &&
                     has(turkish, "Yeni kod gönder") && !has(turkish, "Enter the code"),
                 turkish.body.c_str());
        browser.postForm("/portal/verify", {{"otp", nextCode()}});
        QCOMPARE(browser.currentPath(), std::string("/portal/home"));
    }

    void testForgotPasswordTwiceAnswersTheSameForKnownAndUnknownNames()
    {
        std::map<std::string, std::string> answers;
        for (const std::string name : {"reset.known", "nobody.here"}) {
            PortalBrowser browser(m_server->httpsPort());
            for (int i = 0; i < 2; ++i) {
                browser.get("/portal/reset?lang=en");
                answers[name] = browser.postForm("/portal/reset", {{"username", name}}).body;
            }
            // The notice, with its numbers (seconds) left out: the rest of the page carries the session's token.
            const auto notice = QRegularExpression("<p class=\"notice[^>]*>([^<]*)</p>")
                                    .match(QString::fromStdString(answers[name]))
                                    .captured(1);
            answers[name] = QString(notice).replace(QRegularExpression("\\d+"), "N").toStdString();
        }
        QVERIFY2(answers["reset.known"].find("less than N seconds ago") != std::string::npos,
                 answers["reset.known"].c_str());
        QCOMPARE(answers["reset.known"], answers["nobody.here"]);
        QVERIFY(!nextCode().empty()); // the known user's first request sent one code, the second none
        QVERIFY(!m_smtp->waitForMessage(std::chrono::seconds(2)));
    }
};

QTEST_GUILESS_MAIN(TestPortalLoginSteps)
#include "TestPortalLoginSteps.moc"
