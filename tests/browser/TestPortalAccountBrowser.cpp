#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <Poco/JSON/Parser.h>

using namespace castellan;
using namespace castellan::test;

/// The signed-in account pages in headless Chromium (tests/browser/account-pages.mjs): "My sign-in methods" on the
/// home page (empty rename said next to the field, removal after a confirmation page, the last method kept) and the
/// sessions page (browser and system, local time, GeoIP location from a MaxMind DB file written by
/// tests/support/mmdb_writer.py), in English and Turkish, at phone and desktop sizes, with axe-core finding nothing.
class TestPortalAccountBrowser : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    static constexpr const char* kUser = "account.user";
    static constexpr const char* kPassword = "Account-Pages-Pass1";

private slots:
    void initTestCase()
    {
        QDir().mkpath(qEnvironmentVariable("CASTELLAN_SCREENSHOTS"));
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        const QString mmdb = m_state->filePath("geo.mmdb");
        QCOMPARE(
            QProcess::execute("/usr/bin/python3",
                              {qEnvironmentVariable("CASTELLAN_SOURCE_DIR") + "/tests/support/mmdb_writer.py", mmdb}),
            0);
        m_server = std::make_unique<ServerProcess>(
            m_state->path(),
            QStringList{"--set", QString::fromStdString("db.url=" + m_db->url()), "--set", "geoip.database=" + mmdb});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/applications",
                            R"({"name":"Portal","type":"registration","allowed_factors":["totp"]})")
                     .status,
                 201);
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testMethodsAndSessionsPagesInBothLanguagesAndSizes()
    {
        HttpReply user =
            m_admin->send("POST", "/api/v1/users",
                          json({{"username", kUser}, {"password", kPassword}, {"password_confirmation", kPassword}}));
        QCOMPARE(user.status, 201);
        const std::string users = "/api/v1/users/" + std::to_string(user.json()->getValue<std::int64_t>("id"));
        HttpReply totp = m_admin->send("POST", users + "/factors", R"({"type":"totp"})");
        HttpReply email =
            m_admin->send("POST", users + "/factors", R"({"type":"email","email":"account@example.com"})");
        QCOMPARE(email.status, 201);

        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PORTAL_URL", "https://localhost:" + QString::number(m_server->httpsPort()));
        env.insert("PORTAL_USER", kUser);
        env.insert("PORTAL_PASSWORD", kPassword);
        env.insert("TOTP_SECRET", QString::fromStdString(totp.json()->getValue<std::string>("secret")));
        env.insert("TOTP_FACTOR", QString::number(totp.json()->getValue<std::int64_t>("id")));
        env.insert("EMAIL_FACTOR", QString::number(email.json()->getValue<std::int64_t>("id")));
        env.insert("SCREENSHOTS", qEnvironmentVariable("CASTELLAN_SCREENSHOTS"));
        node.setProcessEnvironment(env);
        node.setWorkingDirectory(qEnvironmentVariable("CASTELLAN_BROWSER_DIR"));
        node.start("node", {"account-pages.mjs"});
        QVERIFY(node.waitForFinished(300000));
        const QString lastLine = QString::fromUtf8(node.readAllStandardOutput()).trimmed().section('\n', -1);
        QVERIFY2(node.exitCode() == 0, qPrintable(lastLine + "\n" + QString::fromUtf8(node.readAllStandardError())));
        auto r = Poco::JSON::Parser().parse(lastLine.toStdString()).extract<Poco::JSON::Object::Ptr>();

        QCOMPARE(r->getArray("violations")->size(), std::size_t(0));
        QCOMPARE(r->getValue<int>("pages"), 11);
        QCOMPARE(r->getValue<std::string>("methodsTitle_en"), std::string("My sign-in methods"));
        QCOMPARE(r->getValue<std::string>("methodsTitle_tr"), std::string("Oturum açma yöntemlerim"));
        QCOMPARE(r->getValue<int>("methodRows_en"), 2);
        QCOMPARE(r->getValue<std::string>("emptyName_en"), std::string("The name cannot be empty."));
        QCOMPARE(r->getValue<std::string>("emptyName_tr"), std::string("Ad boş olamaz."));
        // Headless Chromium says "HeadlessChrome/…" on Linux: an unknown browser on a known system.
        const std::string browserEn = r->getValue<std::string>("browser_en");
        QVERIFY2(browserEn.find("on Linux") != std::string::npos, browserEn.c_str());
        QVERIFY(r->getValue<std::string>("browser_tr").find("Linux üzerinde") != std::string::npos);
        QCOMPARE(r->getValue<std::string>("location_en"), std::string("Testville, Testland"));
        QCOMPARE(r->getValue<std::string>("location_tr"), std::string("Testkent, Testülke"));
        // The script rewrote the UTC time in the browser's zone and language.
        QVERIFY(r->getValue<std::string>("time_en").find("UTC") == std::string::npos);
        QVERIFY(r->getValue<std::string>("datetime").back() == 'Z');
        QVERIFY(r->getValue<bool>("renamed"));
        QVERIFY(r->getValue<std::string>("question").find("account@example.com") != std::string::npos);
        QCOMPARE(r->getValue<int>("rowsAfterRemove"), 1);
        QVERIFY(r->getValue<std::string>("lastKept").find("last sign-in method") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestPortalAccountBrowser)
#include "TestPortalAccountBrowser.moc"
