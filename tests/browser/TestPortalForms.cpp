#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"
#include "portal/PortalText.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// The portal over plain HTTPS on SQLite and PostgreSQL: the page when no registration profile exists, CSRF
/// tokens refused when missing, wrong or from another session, the session cookie's attributes, language
/// choice, pages that need a sign-in, and complete catalogs in both languages.
class TestPortalForms : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;

    struct Page
    {
        HttpReply reply;
        std::string cookie; ///< castellan_portal=...
        std::string csrf;
    };

    Page loginPage(const std::map<std::string, std::string>& headers = {})
    {
        Page p;
        p.reply = m_admin->client().get("/portal/login", headers);
        const auto set = p.reply.headers.find("Set-Cookie");
        if (set != p.reply.headers.end()) {
            p.cookie = set->second.substr(0, set->second.find(';'));
        }
        const auto match =
            QRegularExpression("name=\"csrf\" value=\"([^\"]+)\"").match(QString::fromStdString(p.reply.body));
        p.csrf = match.captured(1).toStdString();
        return p;
    }

    HttpReply post(const std::string& path, const std::string& body, const std::string& cookie)
    {
        std::map<std::string, std::string> headers;
        if (!cookie.empty()) {
            headers["Cookie"] = cookie;
        }
        return m_admin->client().send("POST", path, body, "application/x-www-form-urlencoded", headers);
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

    void testPortalSaysSoWhenNoRegistrationProfileExists()
    {
        Page p = loginPage();
        QCOMPARE(p.reply.status, 503);
        QVERIFY(p.reply.body.find("registration") != std::string::npos);
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/applications",
                            R"({"name":"Portal","type":"registration","allowed_factors":["totp"]})")
                     .status,
                 201);
        QCOMPARE(loginPage().reply.status, 200);
    }

    void testSessionCookieIsSecureHttpOnlyAndStrict()
    {
        Page p = loginPage();
        const std::string set = p.reply.headers["Set-Cookie"];
        QVERIFY(set.find("Secure") != std::string::npos);
        QVERIFY(set.find("HttpOnly") != std::string::npos);
        QVERIFY(set.find("SameSite=Strict") != std::string::npos);
        QVERIFY(p.reply.headers["Content-Security-Policy"].find("frame-ancestors 'none'") != std::string::npos);
        QCOMPARE(p.csrf.size(), size_t(43));
    }

    void testFormsWithoutTheSessionsCsrfTokenAreRefused()
    {
        Page p = loginPage();
        Page other = loginPage();
        const std::string credentials = "username=nobody&password=whatever";
        HttpReply missing = post("/portal/login", credentials, p.cookie);
        QCOMPARE(missing.status, 403);
        QVERIFY(missing.body.find("The form expired") != std::string::npos);
        QCOMPARE(post("/portal/login", credentials + "&csrf=" + other.csrf, p.cookie).status, 403);
        QCOMPARE(post("/portal/login", credentials + "&csrf=" + p.csrf, "").status, 403); // no session
        QCOMPARE(post("/portal/logout", "csrf=x", p.cookie).status, 303);
        // With its own token the form is taken: the answer is about the credentials now.
        HttpReply taken = post("/portal/login", credentials + "&csrf=" + p.csrf, p.cookie);
        QCOMPARE(taken.status, 401);
        QVERIFY(taken.body.find("username or password is not correct") != std::string::npos);
        QVERIFY(taken.headers["Set-Cookie"].find("castellan_portal=ps_") != std::string::npos); // a new session
    }

    void testLanguageFollowsTheBrowserAndTheSwitcher()
    {
        QVERIFY(loginPage({{"Accept-Language", "tr-TR,tr;q=0.9,en;q=0.8"}}).reply.body.find("Giriş yap") !=
                std::string::npos);
        QVERIFY(loginPage({{"Accept-Language", "de-DE"}}).reply.body.find("Sign in") != std::string::npos);
        HttpReply switched = m_admin->client().get("/portal/login?lang=tr");
        QVERIFY(switched.body.find("lang=\"tr\"") != std::string::npos);
    }

    void testAccountPagesNeedASignIn()
    {
        for (const char* path : {"/portal/home", "/portal/authenticator", "/portal/sessions", "/portal/password"}) {
            HttpReply r = m_admin->client().get(path);
            QCOMPARE(r.status, 303);
            QCOMPARE(r.headers["Location"], std::string("/portal/login"));
        }
    }

    void testBothCatalogsHaveEveryText()
    {
        const auto& en = PortalText::instance().catalog("en");
        const auto& tr = PortalText::instance().catalog("tr");
        QVERIFY(en.size() > 50);
        for (const auto& [key, text] : en) {
            QVERIFY2(tr.count(key), key.c_str());
            QVERIFY2(!tr.at(key).empty(), key.c_str());
        }
        QCOMPARE(tr.size(), en.size());
    }
};

QTEST_GUILESS_MAIN(TestPortalForms)
#include "TestPortalForms.moc"
