#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"
#include "saml/SigningKeyPair.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <regex>

using namespace castellan;
using namespace castellan::test;

/// IdP signing key rotation through the real server on SQLite and PostgreSQL: a next key is published beside the
/// active one, activating it makes a real pysaml2 SP (Debian python3-pysaml2, tests/integration/saml/
/// key_rotation.py) and xmlsec1 accept a login's signed Response by the new certificate and not by the old one,
/// and retiring the old key takes it out of the metadata.
class TestSamlKeyRotation : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kUserPassword = "Rotation-User-Passw0rd!";
    static constexpr const char* kSpEntity = "https://rotation-sp.example.test/metadata";
    static constexpr const char* kAcs = "https://rotation-sp.example.test/acs";

    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_base;
    Poco::JSON::Object::Ptr m_oldKey;
    Poco::JSON::Object::Ptr m_newKey;

    static Poco::JSON::Object::Ptr parse(const std::string& text)
    {
        return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
    }

    /// The ds:X509Certificate contents of the metadata's signing KeyDescriptors, in order.
    std::vector<std::string> publishedCertificates()
    {
        HttpReply metadata = m_admin->client().get("/saml/metadata");
        if (metadata.status != 200) {
            return {};
        }
        static const std::regex descriptor("<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data>"
                                           "<ds:X509Certificate>([A-Za-z0-9+/=]+)</ds:X509Certificate>");
        std::vector<std::string> certificates;
        for (auto it = std::sregex_iterator(metadata.body.begin(), metadata.body.end(), descriptor);
             it != std::sregex_iterator(); ++it) {
            certificates.push_back((*it)[1]);
        }
        QFile file(m_state->filePath("idp-metadata.xml"));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QByteArray::fromStdString(metadata.body));
        }
        return certificates;
    }

    static std::string certificateOf(const Poco::JSON::Object::Ptr& key)
    {
        return SigningKeyPair::certificateBase64(key->getValue<std::string>("certificate"));
    }

    /// The keys listed by GET /saml/keys.
    Poco::JSON::Array::Ptr keys()
    {
        HttpReply list = m_admin->get("/api/v1/saml/keys");
        return list.status == 200 ? list.json()->getArray("items") : nullptr;
    }

    QString writePem(const char* name, const Poco::JSON::Object::Ptr& key)
    {
        const QString path = m_state->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QByteArray::fromStdString(key->getValue<std::string>("certificate")));
        }
        return path;
    }

    /// Runs the pysaml2 SP with `command`; its JSON answer.
    Poco::JSON::Object::Ptr runSp(const QString& command, const QStringList& extra = {})
    {
        QProcess p;
        QStringList args{QString::fromLocal8Bit(qgetenv("CASTELLAN_SOURCE_DIR")) +
                             "/tests/integration/saml/key_rotation.py",
                         command,
                         "--base",
                         QString::fromStdString(m_base),
                         "--entity",
                         kSpEntity,
                         "--acs",
                         kAcs,
                         "--state",
                         m_state->path()};
        p.start("/usr/bin/python3", args + extra);
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning().noquote() << p.readAllStandardError();
            return nullptr;
        }
        return parse(p.readAllStandardOutput().toStdString());
    }

    static void verifyProblem(const HttpReply& reply, int status)
    {
        QVERIFY2(reply.status == status, reply.body.c_str());
        QCOMPARE(reply.headers.at("Content-Type"), std::string("application/problem+json"));
        QCOMPARE(reply.json()->getValue<int>("status"), status);
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
        HttpReply portal = m_admin->send("POST", "/api/v1/applications",
                                         json({{"name", "Portal"},
                                               {"type", "registration"},
                                               {"allowed_factors", "=[]"},
                                               {"second_factor_required", "false"}}));
        QVERIFY2(portal.status == 201, portal.body.c_str());
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", "carol"},
                                             {"email", "carol@example.test"},
                                             {"password", kUserPassword},
                                             {"password_confirmation", kUserPassword},
                                             {"must_change_password", "false"}}));
        QVERIFY2(user.status == 201, user.body.c_str());
        auto sp = runSp("metadata");
        QVERIFY(sp);
        Poco::JSON::Object body;
        body.set("metadata", sp->getValue<std::string>("metadata"));
        body.set("name_id_attribute", "username");
        std::ostringstream text;
        body.stringify(text);
        HttpReply created = m_admin->send("POST", "/api/v1/service-providers", text.str());
        QVERIFY2(created.status == 201, created.body.c_str());
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testFreshServerPublishesItsOneActiveKey()
    {
        Poco::JSON::Array::Ptr list = keys();
        QVERIFY(list);
        QCOMPARE(list->size(), size_t(1));
        m_oldKey = list->getObject(0);
        QCOMPARE(m_oldKey->getValue<std::string>("state"), std::string("active"));
        QVERIFY(std::regex_match(m_oldKey->getValue<std::string>("sha256_fingerprint"),
                                 std::regex("([0-9A-F]{2}:){31}[0-9A-F]{2}")));
        QVERIFY(m_oldKey->getValue<std::string>("not_after") > m_oldKey->getValue<std::string>("not_before"));
        QVERIFY(!m_oldKey->getValue<std::string>("activated_at").empty());
        QVERIFY(m_oldKey->isNull("retired_at"));
        QCOMPARE(publishedCertificates(), std::vector<std::string>{certificateOf(m_oldKey)});
    }

    void testNextKeyIsPublishedBesideTheActiveOne()
    {
        HttpReply created = m_admin->send("POST", "/api/v1/saml/keys", "");
        QVERIFY2(created.status == 201, created.body.c_str());
        m_newKey = created.json();
        QCOMPARE(m_newKey->getValue<std::string>("state"), std::string("next"));
        QVERIFY(m_newKey->isNull("activated_at"));
        QCOMPARE(created.headers.at("Location"), "/api/v1/saml/keys/" + m_newKey->getValue<std::string>("id"));
        verifyProblem(m_admin->send("POST", "/api/v1/saml/keys", ""), 409); // one next key at a time

        // The active certificate first: SPs (and scripts) that read one certificate keep the signing one.
        QCOMPARE(publishedCertificates(), (std::vector<std::string>{certificateOf(m_oldKey), certificateOf(m_newKey)}));
        QVERIFY(m_admin->get("/api/v1/audit?event=saml_key.create").body.find(m_newKey->getValue<std::string>("id")) !=
                std::string::npos);
    }

    void testActivatedKeySignsAndTheOldOneNoLongerVerifies()
    {
        const std::string oldId = m_oldKey->getValue<std::string>("id");
        const std::string newId = m_newKey->getValue<std::string>("id");
        verifyProblem(m_admin->send("DELETE", "/api/v1/saml/keys/" + oldId, ""), 409); // the active key signs
        verifyProblem(m_admin->send("DELETE", "/api/v1/saml/keys/idpk_unknown", ""), 404);
        verifyProblem(m_admin->send("POST", "/api/v1/saml/keys/idpk_unknown/activate", ""), 404);

        HttpReply activated = m_admin->send("POST", "/api/v1/saml/keys/" + newId + "/activate", "");
        QVERIFY2(activated.status == 200, activated.body.c_str());
        QCOMPARE(activated.json()->getValue<std::string>("state"), std::string("active"));
        Poco::JSON::Array::Ptr list = keys();
        QVERIFY(list);
        QCOMPARE(list->getObject(0)->getValue<std::string>("id"), newId);
        QCOMPARE(list->getObject(1)->getValue<std::string>("id"), oldId);
        QCOMPARE(list->getObject(1)->getValue<std::string>("state"), std::string("previous"));
        QCOMPARE(publishedCertificates(), (std::vector<std::string>{certificateOf(m_newKey), certificateOf(m_oldKey)}));

        auto r = runSp("login", {"--idp-metadata", m_state->filePath("idp-metadata.xml"), "--new-cert",
                                 writePem("new-cert.pem", m_newKey), "--old-cert", writePem("old-cert.pem", m_oldKey),
                                 "--user", "carol", "--password", kUserPassword});
        QVERIFY(r);
        std::ostringstream text;
        r->stringify(text);
        QVERIFY2(!r->has("error"), text.str().c_str());
        QVERIFY2(r->getValue<bool>("key_info_is_new"), text.str().c_str());
        // An SP with the rollover metadata, and one that knows only the new certificate, accept the Response.
        QVERIFY2(r->getArray("full_metadata")->getElement<bool>(0), text.str().c_str());
        QCOMPARE(r->getArray("full_metadata")->getElement<std::string>(1), std::string("carol"));
        QVERIFY2(r->getArray("new_only")->getElement<bool>(0), text.str().c_str());
        // One that still knows only the old certificate refuses it.
        QVERIFY2(!r->getArray("old_only")->getElement<bool>(0), text.str().c_str());
        QVERIFY2(r->getArray("xmlsec_new")->getElement<bool>(0), text.str().c_str());
        QVERIFY2(!r->getArray("xmlsec_old")->getElement<bool>(0), text.str().c_str());
        QVERIFY(m_admin->get("/api/v1/audit?event=saml_key.activate").body.find(newId) != std::string::npos);
    }

    void testRetiredKeyLeavesTheMetadata()
    {
        const std::string oldId = m_oldKey->getValue<std::string>("id");
        HttpReply retired = m_admin->send("DELETE", "/api/v1/saml/keys/" + oldId, "");
        QVERIFY2(retired.status == 204, retired.body.c_str());
        QCOMPARE(m_admin->send("DELETE", "/api/v1/saml/keys/" + oldId, "").status, 204); // idempotent
        QCOMPARE(publishedCertificates(), std::vector<std::string>{certificateOf(m_newKey)});

        HttpReply old = m_admin->get("/api/v1/saml/keys/" + oldId);
        QCOMPARE(old.status, 200);
        QCOMPARE(old.json()->getValue<std::string>("state"), std::string("retired"));
        QVERIFY(!old.json()->getValue<std::string>("retired_at").empty());
        verifyProblem(m_admin->send("POST", "/api/v1/saml/keys/" + oldId + "/activate", ""), 409);
        QCOMPARE(keys()->size(), size_t(2));
        QVERIFY(m_admin->get("/api/v1/audit?event=saml_key.retire").body.find(oldId) != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSamlKeyRotation)
#include "TestSamlKeyRotation.moc"
