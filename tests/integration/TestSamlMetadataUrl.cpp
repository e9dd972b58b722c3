#include "AdminSession.h"
#include "FreshDatabase.h"
#include "LoopbackHttpRecorder.h"
#include "ServerProcess.h"

#include <Poco/JSON/Object.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sstream>

using namespace castellan;
using namespace castellan::test;

/// Service providers created from a metadata URL the server fetches itself (`POST /service-providers` with
/// `metadata_url`), through the real server on SQLite and PostgreSQL: only https, the peer's certificate verified
/// (a self-signed loopback server is refused with the TLS reason until its certificate is given as
/// `metadata_ca_pem`), HTTP errors and oversized documents named, and the SP's certificate fingerprint and expiry
/// in its JSON.
class TestSamlMetadataUrl : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::unique_ptr<LoopbackHttpRecorder> m_metadataServer;
    std::string m_metadata;

    static std::string fileText(const QString& relative)
    {
        QFile file(QString::fromLocal8Bit(qgetenv("CASTELLAN_SOURCE_DIR")) + "/" + relative);
        return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
    }

    HttpReply create(const std::string& url, bool trustRecorder)
    {
        Poco::JSON::Object body;
        body.set("metadata_url", url);
        if (trustRecorder) {
            QFile ca(QString::fromStdString(m_metadataServer->certificateFile()));
            if (ca.open(QIODevice::ReadOnly)) {
                body.set("metadata_ca_pem", ca.readAll().toStdString());
            }
        }
        std::ostringstream text;
        body.stringify(text);
        return m_admin->send("POST", "/api/v1/service-providers", text.str());
    }

    /// The message of the problem's error on `field`; empty when there is none.
    static std::string fieldError(const HttpReply& reply, const std::string& field)
    {
        auto errors = reply.json()->getArray("errors");
        for (unsigned i = 0; errors && i < errors->size(); ++i) {
            auto error = errors->getObject(i);
            if (error->getValue<std::string>("field") == field) {
                return error->getValue<std::string>("message");
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_metadata = fileText("tests/data/saml/sp-metadata.xml");
        QVERIFY(m_metadata.find("entityID=\"https://sp.example.test/metadata\"") != std::string::npos);
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(
            m_state->path(), QStringList{"--set", QString::fromStdString("db.url=" + m_db->url())});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        m_metadataServer = std::make_unique<LoopbackHttpRecorder>(true);
        m_metadataServer->setReply(200, m_metadata, "application/samlmetadata+xml");
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
        m_metadataServer.reset();
    }

    void testPlainHttpUrlIsRefusedWithoutAFetch()
    {
        HttpReply r = create("http://localhost:" + std::to_string(m_metadataServer->port()) + "/metadata", false);
        QCOMPARE(r.status, 422);
        QVERIFY2(fieldError(r, "metadata_url").find("https") != std::string::npos, r.body.c_str());
        QVERIFY(m_metadataServer->requests().empty());
    }

    void testUntrustedCertificateIsRefusedWithTheTlsReason()
    {
        HttpReply r = create(m_metadataServer->url("/metadata"), false);
        QCOMPARE(r.status, 422);
        const std::string reason = fieldError(r, "metadata_url");
        QVERIFY2(reason.find("TLS") != std::string::npos, r.body.c_str());
        QVERIFY2(reason.find("certificate verify failed") != std::string::npos, r.body.c_str());
        QVERIFY(m_metadataServer->requests().empty());
    }

    void testUnknownHostIsRefusedAsDns()
    {
        HttpReply r = create("https://no-such-host.invalid/metadata", false);
        QCOMPARE(r.status, 422);
        QVERIFY2(fieldError(r, "metadata_url").find("(DNS)") != std::string::npos, r.body.c_str());
    }

    void testHttpErrorStatusIsNamed()
    {
        m_metadataServer->setReply(404, "gone", "text/plain");
        HttpReply r = create(m_metadataServer->url("/missing"), true);
        m_metadataServer->setReply(200, m_metadata, "application/samlmetadata+xml");
        QCOMPARE(r.status, 422);
        QVERIFY2(fieldError(r, "metadata_url").find("HTTP 404") != std::string::npos, r.body.c_str());
    }

    void testRedirectsAreFollowedOnlyToHttpsAndOnlyAFew()
    {
        m_metadataServer->setReply(302, "", "text/plain");
        m_metadataServer->setReplyHeader("Location",
                                         "http://localhost:" + std::to_string(m_metadataServer->port()) + "/plain");
        HttpReply plain = create(m_metadataServer->url("/moved"), true);
        QCOMPARE(plain.status, 422);
        QVERIFY2(fieldError(plain, "metadata_url").find("which is not https") != std::string::npos, plain.body.c_str());

        // A relative https redirect is followed; this one loops, so the fetch gives up after a few.
        const std::size_t before = m_metadataServer->requests().size();
        m_metadataServer->setReplyHeader("Location", "/again");
        HttpReply loop = create(m_metadataServer->url("/moved"), true);
        m_metadataServer->setReplyHeader("Location", "");
        m_metadataServer->setReply(200, m_metadata, "application/samlmetadata+xml");
        QCOMPARE(loop.status, 422);
        QVERIFY2(fieldError(loop, "metadata_url").find("more than 3 redirects") != std::string::npos,
                 loop.body.c_str());
        const auto requests = m_metadataServer->requests();
        QCOMPARE(requests.size(), before + 4);
        QCOMPARE(requests.back().path, std::string("/again"));
    }

    void testOversizedDocumentIsRefused()
    {
        m_metadataServer->setReply(200, std::string(1024 * 1024 + 10, ' ') + m_metadata, "application/xml");
        HttpReply r = create(m_metadataServer->url("/big"), true);
        m_metadataServer->setReply(200, m_metadata, "application/samlmetadata+xml");
        QCOMPARE(r.status, 422);
        QVERIFY2(fieldError(r, "metadata_url").find("larger than 1 MiB") != std::string::npos, r.body.c_str());
    }

    void testBadCaPemAndBothSourcesAreRefused()
    {
        HttpReply badCa = m_admin->send(
            "POST", "/api/v1/service-providers",
            json({{"metadata_url", m_metadataServer->url("/metadata")}, {"metadata_ca_pem", "not a certificate"}}));
        QCOMPARE(badCa.status, 422);
        QVERIFY(!fieldError(badCa, "metadata_ca_pem").empty());
        HttpReply both =
            m_admin->send("POST", "/api/v1/service-providers",
                          json({{"metadata_url", m_metadataServer->url("/metadata")}, {"metadata", m_metadata}}));
        QCOMPARE(both.status, 422);
        QVERIFY(!fieldError(both, "metadata_url").empty());
    }

    void testTrustedServerMetadataCreatesTheProviderWithItsCertificate()
    {
        const std::size_t before = m_metadataServer->requests().size();
        HttpReply r = create(m_metadataServer->url("/metadata"), true);
        QVERIFY2(r.status == 201, r.body.c_str());
        auto sp = r.json();
        QCOMPARE(sp->getValue<std::string>("entity_id"), std::string("https://sp.example.test/metadata"));
        QCOMPARE(sp->getValue<std::string>("single_logout_url"), std::string("https://sp.example.test/slo"));
        QCOMPARE(sp->getArray("assertion_consumer_services")->getObject(0)->getValue<std::string>("location"),
                 std::string("https://sp.example.test/acs"));
        // tests/data/saml/sp-metadata.txt: what openssl x509 -fingerprint -sha256 -enddate says of its certificate.
        QCOMPARE(sp->getValue<std::string>("certificate_sha256_fingerprint"),
                 std::string("91:DF:30:DA:06:93:34:6B:99:1F:36:F0:9C:79:01:E7:8B:75:BB:0C:1C:E7:C4:EC:CE:1B:88:83:CE:"
                             "89:33:3F"));
        QCOMPARE(sp->getValue<std::string>("certificate_not_after").substr(0, 10), std::string("2036-12-04"));
        HttpReply audit = m_admin->get("/api/v1/audit?event=service_provider.create");
        QVERIFY2(audit.body.find("metadata fetched from " + m_metadataServer->url("/metadata")) != std::string::npos,
                 audit.body.c_str());
        const auto requests = m_metadataServer->requests();
        QCOMPARE(requests.size(), before + 1);
        QCOMPARE(requests.back().method, std::string("GET"));
        QCOMPARE(requests.back().path, std::string("/metadata"));

        // The same entity again is refused on the field it came from.
        HttpReply again = create(m_metadataServer->url("/metadata"), true);
        QCOMPARE(again.status, 422);
        QVERIFY(!fieldError(again, "metadata").empty());

        // Listed and sortable; an unknown sort field is refused.
        std::string other = m_metadata;
        for (std::size_t at = other.find("sp.example.test"); at != std::string::npos;
             at = other.find("sp.example.test", at)) {
            other.replace(at, 15, "alpha.example.test");
        }
        HttpReply alpha =
            m_admin->send("POST", "/api/v1/service-providers", json({{"metadata", other}, {"name", "Alpha"}}));
        QVERIFY2(alpha.status == 201, alpha.body.c_str());
        HttpReply byName = m_admin->get("/api/v1/service-providers?sort=name");
        QCOMPARE(byName.status, 200);
        QCOMPARE(byName.json()->getValue<int>("total"), 2);
        QCOMPARE(byName.json()->getArray("items")->getObject(0)->getValue<std::string>("name"), std::string("Alpha"));
        HttpReply descending = m_admin->get("/api/v1/service-providers?sort=-name");
        QCOMPARE(descending.json()->getArray("items")->getObject(1)->getValue<std::string>("name"),
                 std::string("Alpha"));
        // By profile name (none set: both sort as empty, then by id).
        HttpReply byProfile = m_admin->get("/api/v1/service-providers?sort=-application");
        QCOMPARE(byProfile.status, 200);
        QVERIFY(byProfile.json()->getArray("items")->getObject(0)->isNull("application_name"));
        HttpReply badSort = m_admin->get("/api/v1/service-providers?sort=secret");
        QCOMPARE(badSort.status, 422);
    }

    void testChangesNeedTheCurrentVersion()
    {
        // Like every administration resource: the ETag of what was read goes back as If-Match, and a change made
        // meanwhile (here by a second administrator's PATCH) is refused instead of overwritten.
        HttpReply list = m_admin->get("/api/v1/service-providers?sort=name");
        const std::string id = std::to_string(list.json()->getArray("items")->getObject(0)->getValue<int>("id"));
        HttpReply read = m_admin->get("/api/v1/service-providers/" + id);
        QCOMPARE(read.status, 200);
        const std::string etag = read.headers["ETag"];
        QCOMPARE(etag, "\"v" + std::to_string(read.json()->getValue<int>("version")) + "\"");
        HttpReply first = m_admin->send("PATCH", "/api/v1/service-providers/" + id, json({{"name", "First change"}}),
                                        {{"If-Match", etag}});
        QVERIFY2(first.status == 200, first.body.c_str());
        QVERIFY(first.headers["ETag"] != etag);
        HttpReply stale = m_admin->send("PATCH", "/api/v1/service-providers/" + id, json({{"name", "Second change"}}),
                                        {{"If-Match", etag}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(m_admin->get("/api/v1/service-providers/" + id).json()->getValue<std::string>("name"),
                 std::string("First change"));
        HttpReply current = m_admin->send("PATCH", "/api/v1/service-providers/" + id, json({{"name", "Second change"}}),
                                          {{"If-Match", first.headers["ETag"]}});
        QCOMPARE(current.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSamlMetadataUrl)
#include "TestSamlMetadataUrl.moc"
