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

/// The signatures between the IdP and a stock pysaml2 SP (tests/integration/saml/signing_scenarios.py), on SQLite
/// and PostgreSQL: the SP's default RSA-SHA1 requests refused with a page naming the algorithm and what to change,
/// accepted once the administrator allows SHA-1 for that SP; RSA-SHA256 accepted without it; the Response signed
/// as the SP's response_signing says (assertion, response, both) with its signature_algorithm, checked by pysaml2
/// and by xmlsec1 --verify.
class TestSamlSigning : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kPassword = "Signing-User-Passw0rd!";
    static constexpr const char* kEntity = "https://stock.example.test/metadata";

    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_base;
    std::string m_spPath;
    QString m_idpMetadataFile;

    static Poco::JSON::Object::Ptr parse(const std::string& text)
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
                             "/tests/integration/saml/signing_scenarios.py",
                         command,
                         "--base",
                         QString::fromStdString(m_base),
                         "--state",
                         m_state->path(),
                         "--idp-metadata",
                         m_idpMetadataFile,
                         "--entity",
                         kEntity,
                         "--user",
                         "sam",
                         "--password",
                         kPassword};
        p.start("/usr/bin/python3", args + extra);
        if (!p.waitForFinished(180000) || p.exitCode() != 0) {
            qWarning().noquote() << p.readAllStandardError();
            return nullptr;
        }
        return parse(p.readAllStandardOutput().toStdString());
    }

    /// Changes the SP with If-Match (its current ETag); the new JSON.
    Poco::JSON::Object::Ptr patchSp(const std::string& body)
    {
        HttpReply current = m_admin->get(m_spPath);
        std::string etag;
        for (const auto& [name, value] : current.headers) {
            if (name == "etag" || name == "ETag") {
                etag = value;
            }
        }
        HttpReply changed = m_admin->send("PATCH", m_spPath, body, {{"If-Match", etag}});
        if (changed.status != 200) {
            qWarning() << changed.status << changed.body.c_str();
            return nullptr;
        }
        return parse(changed.body);
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
        HttpReply app = m_admin->send("POST", "/api/v1/applications",
                                      "{\"name\":\"Portal\",\"type\":\"registration\",\"allowed_factors\":[],"
                                      "\"second_factor_required\":false}");
        QCOMPARE(app.status, 201);
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", "sam"},
                                             {"email", "sam@example.test"},
                                             {"password", kPassword},
                                             {"password_confirmation", kPassword},
                                             {"must_change_password", "false"}}));
        QCOMPARE(user.status, 201);
        HttpReply metadata = m_admin->client().get("/saml/metadata");
        QCOMPARE(metadata.status, 200);
        m_idpMetadataFile = m_state->filePath("idp-metadata.xml");
        QFile file(m_idpMetadataFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(metadata.body));
        file.close();
        auto sp = run("metadata");
        QVERIFY(sp);
        Poco::JSON::Object body;
        body.set("metadata", sp->getValue<std::string>("metadata"));
        body.set("name", "Stock SP");
        std::ostringstream out;
        body.stringify(out);
        HttpReply created = m_admin->send("POST", "/api/v1/service-providers", out.str());
        QVERIFY2(created.status == 201, created.body.c_str());
        auto stored = parse(created.body);
        // The defaults: SHA-1 refused, the Assertion signed with RSA-SHA256.
        QCOMPARE(stored->getValue<bool>("allow_sha1_signatures"), false);
        QCOMPARE(stored->getValue<std::string>("response_signing"), std::string("assertion"));
        QCOMPARE(stored->getValue<std::string>("signature_algorithm"), std::string("rsa-sha256"));
        m_spPath = "/api/v1/service-providers/" + std::to_string(stored->getValue<int>("id"));
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testStockSha1RequestsAreRefusedByNameUntilAllowed_data()
    {
        QTest::addColumn<QString>("binding");
        QTest::addColumn<QString>("refused");
        QTest::newRow("HTTP-Redirect") << "redirect"
                                       << "The request is signed with RSA-SHA1, which this identity provider does "
                                          "not accept for SP Stock SP: configure the SP to sign with RSA-SHA256 "
                                          "(digest SHA-256), or allow SHA-1 for this SP.";
        QTest::newRow("HTTP-POST") << "post"
                                   << "The request is signed with RSA-SHA1, which this identity provider does not "
                                      "accept for SP Stock SP";
    }
    void testStockSha1RequestsAreRefusedByNameUntilAllowed()
    {
        QFETCH(QString, binding);
        QFETCH(QString, refused);
        auto r = run("request", {"--binding", binding});
        QVERIFY(r);
        QCOMPARE(r->getValue<std::string>("sent_sigalg"), std::string("http://www.w3.org/2000/09/xmldsig#rsa-sha1"));
        QCOMPARE(r->getValue<int>("status"), 403);
        QVERIFY2(r->getValue<std::string>("text").find(refused.toStdString()) != std::string::npos, text(r).c_str());
        QVERIFY(m_admin->get("/api/v1/audit?event=saml.sso").body.find("RSA-SHA1") != std::string::npos);

        auto allowed = patchSp(R"({"allow_sha1_signatures":true})");
        QVERIFY(allowed);
        QCOMPARE(allowed->getValue<bool>("allow_sha1_signatures"), true);
        r = run("request", {"--binding", binding});
        QVERIFY(r);
        QVERIFY2(r->has("pysaml2_name_id"), text(r).c_str());
        QCOMPARE(r->getValue<std::string>("pysaml2_name_id"), std::string("sam"));
        QVERIFY(patchSp(R"({"allow_sha1_signatures":false})"));
    }

    void testASha1DigestUnderSha256IsRefusedByName()
    {
        auto r = run("request", {"--binding", "post", "--sigalg", "sha256-digest-sha1"});
        QVERIFY(r);
        QCOMPARE(r->getValue<int>("status"), 403);
        QVERIFY2(r->getValue<std::string>("text").find("The request's signature uses the digest SHA-1, which this "
                                                       "identity provider does not accept for SP Stock SP") !=
                     std::string::npos,
                 text(r).c_str());
    }

    void testSha256RequestsAreAcceptedWithoutSha1()
    {
        for (const char* binding : {"redirect", "post"}) {
            auto r = run("request", {"--binding", binding, "--sigalg", "sha256"});
            QVERIFY(r);
            QCOMPARE(r->getValue<std::string>("sent_sigalg"),
                     std::string("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"));
            QVERIFY2(r->has("pysaml2_name_id"), text(r).c_str());
        }
        auto r = run("request", {"--binding", "redirect", "--sigalg", "sha512"});
        QVERIFY(r);
        QVERIFY2(r->has("pysaml2_name_id"), text(r).c_str());
    }

    void testResponseSigningChoicesVerifyAtTheSp_data()
    {
        QTest::addColumn<QString>("signing");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<bool>("responseSigned");
        QTest::addColumn<bool>("assertionSigned");
        QTest::newRow("assertion, RSA-SHA256") << "assertion"
                                               << "rsa-sha256" << false << true;
        QTest::newRow("response, RSA-SHA256") << "response"
                                              << "rsa-sha256" << true << false;
        QTest::newRow("both, RSA-SHA256") << "both"
                                          << "rsa-sha256" << true << true;
        QTest::newRow("both, RSA-SHA512") << "both"
                                          << "rsa-sha512" << true << true;
        QTest::newRow("response, RSA-SHA384") << "response"
                                              << "rsa-sha384" << true << false;
    }
    void testResponseSigningChoicesVerifyAtTheSp()
    {
        QFETCH(QString, signing);
        QFETCH(QString, algorithm);
        QFETCH(bool, responseSigned);
        QFETCH(bool, assertionSigned);
        auto changed = patchSp("{\"response_signing\":\"" + signing.toStdString() + "\",\"signature_algorithm\":\"" +
                               algorithm.toStdString() + "\"}");
        QVERIFY(changed);
        QCOMPARE(QString::fromStdString(changed->getValue<std::string>("response_signing")), signing);
        auto r = run("request", {"--binding", "redirect", "--sigalg", "sha256", "--want", signing});
        QVERIFY(r);
        QVERIFY2(r->has("pysaml2_name_id"), text(r).c_str());
        QCOMPARE(r->getValue<bool>("response_signed"), responseSigned);
        QCOMPARE(r->getValue<bool>("assertion_signed"), assertionSigned);
        if (responseSigned) {
            QVERIFY2(r->getValue<bool>("xmlsec_response"), text(r).c_str());
        }
        if (assertionSigned) {
            QVERIFY2(r->getValue<bool>("xmlsec_assertion"), text(r).c_str());
        }
        const std::string size = algorithm.mid(7).toStdString(); // 256, 384, 512
        const auto methods = r->getArray("signature_methods");
        QCOMPARE(methods->size(), size_t(1));
        QCOMPARE(methods->getElement<std::string>(0), "http://www.w3.org/2001/04/xmldsig-more#rsa-sha" + size);
        const auto digests = r->getArray("digest_methods");
        QCOMPARE(digests->size(), size_t(1));
        QVERIFY2(digests->getElement<std::string>(0).find("#sha" + size) != std::string::npos, text(r).c_str());
        // An SP expecting the other element signed refuses a Response signed only where it does not look.
        if (signing != "both") {
            const QString other = signing == "assertion" ? "response" : "assertion";
            auto wrong = run("request", {"--binding", "redirect", "--sigalg", "sha256", "--want", "both"});
            QVERIFY(wrong);
            QVERIFY2(wrong->has("pysaml2_error"), text(wrong).c_str());
        }
    }

    void testSigningFieldsAreValidated()
    {
        HttpReply current = m_admin->get(m_spPath);
        std::string etag;
        for (const auto& [name, value] : current.headers) {
            if (name == "etag" || name == "ETag") {
                etag = value;
            }
        }
        HttpReply bad = m_admin->send("PATCH", m_spPath,
                                      R"({"response_signing":"nothing","signature_algorithm":"rsa-sha1",)"
                                      R"("allow_sha1_signatures":"yes"})",
                                      {{"If-Match", etag}});
        QCOMPARE(bad.status, 422);
        QVERIFY2(bad.body.find("must be assertion, response or both") != std::string::npos, bad.body.c_str());
        QVERIFY(bad.body.find("must be rsa-sha256, rsa-sha384 or rsa-sha512") != std::string::npos);
        QVERIFY(bad.body.find("allow_sha1_signatures") != std::string::npos);
        HttpReply turkish = m_admin->send("PATCH", m_spPath, R"({"response_signing":"nothing"})",
                                          {{"If-Match", etag}, {"Accept-Language", "tr"}});
        QVERIFY2(turkish.body.find("assertion, response ya da both olmalıdır") != std::string::npos,
                 turkish.body.c_str());
        QVERIFY(m_admin->get("/api/v1/audit?event=service_provider.update").body.find("signature_algorithm") !=
                std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSamlSigning)
#include "TestSamlSigning.moc"
