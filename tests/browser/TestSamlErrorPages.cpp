#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// The pages the IdP answers a refused SAML request with, as a visitor meets them: headless Chromium
/// (playwright-core, tests/browser/saml-errors.mjs) in English and Turkish, each page in the portal's layout and
/// language, with a way back, the right status, and no axe-core violation. Screenshots land under the build tree
/// (browser/screenshots/saml).
class TestSamlErrorPages : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;

    bool registerSp(const std::string& metadata)
    {
        Poco::JSON::Object body;
        body.set("metadata", metadata);
        std::ostringstream out;
        body.stringify(out);
        HttpReply created = m_admin->send("POST", "/api/v1/service-providers", out.str());
        if (created.status != 201) {
            qWarning() << created.body.c_str();
        }
        return created.status == 201;
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
        QFile file(qEnvironmentVariable("CASTELLAN_SOURCE_DIR") + "/tests/data/saml/sp-metadata.xml");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string metadata = file.readAll().toStdString();
        QVERIFY(registerSp(metadata));
        // The same SP signing its requests, under another entity ID.
        std::string signing = metadata;
        for (const auto& [from, to] :
             {std::pair<std::string, std::string>{"AuthnRequestsSigned=\"false\"", "AuthnRequestsSigned=\"true\""},
              {"https://sp.example.test/", "https://signing.example.test/"}}) {
            for (size_t at = signing.find(from); at != std::string::npos; at = signing.find(from, at + to.size())) {
                signing.replace(at, from.size(), to);
            }
        }
        QVERIFY(registerSp(signing));
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testErrorPagesInBothLanguagesAreStyledAccessibleAndLeadBack()
    {
        QDir().mkpath(qEnvironmentVariable("CASTELLAN_SCREENSHOTS"));
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PORTAL_URL", "https://localhost:" + QString::number(m_server->httpsPort()));
        env.insert("SP_ENTITY", "https://sp.example.test/metadata");
        env.insert("SP_ACS", "https://sp.example.test/acs");
        env.insert("SIGNED_SP_ENTITY", "https://signing.example.test/metadata");
        env.insert("SIGNED_SP_ACS", "https://signing.example.test/acs");
        env.insert("SCREENSHOTS", qEnvironmentVariable("CASTELLAN_SCREENSHOTS"));
        node.setProcessEnvironment(env);
        node.setWorkingDirectory(qEnvironmentVariable("CASTELLAN_BROWSER_DIR"));
        node.start("node", {"saml-errors.mjs"});
        QVERIFY(node.waitForFinished(300000));
        const QString out = QString::fromUtf8(node.readAllStandardOutput()).trimmed();
        QVERIFY2(node.exitCode() == 0,
                 qPrintable(out.section('\n', -1) + "\n" + QString::fromUtf8(node.readAllStandardError())));
        auto result =
            Poco::JSON::Parser().parse(out.section('\n', -1).toStdString()).extract<Poco::JSON::Object::Ptr>();
        QCOMPARE(result->getObject("pages")->size(), size_t(14)); // 7 refusals in 2 languages, none skipped
        // The audit keeps the administrator's reason of each refusal.
        QVERIFY(m_admin->get("/api/v1/audit?event=saml.sso").body.find("RSA-SHA1") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSamlErrorPages)
#include "TestSamlErrorPages.moc"
