#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <Poco/JSON/Array.h>

#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// `sort` on the admin list routes (`sort=field`, `sort=-field`) and `q` on /blocks, through the real server on
/// SQLite and PostgreSQL; an unknown field is refused with a problem naming the `sort` parameter.
class TestListSorting : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kPassword = "Sorting-Pass-123";

    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_agent;

    /// The items of a list answer (status 200 expected).
    Poco::JSON::Array::Ptr items(const std::string& path)
    {
        HttpReply reply = m_admin->get(path);
        if (reply.status != 200) {
            qWarning("%s: %d %s", path.c_str(), reply.status, reply.body.c_str());
            return Poco::JSON::Array::Ptr(new Poco::JSON::Array);
        }
        return reply.json()->getArray("items");
    }

    /// One field of every item, as text ("" for null), in the order answered.
    std::vector<std::string> column(const std::string& path, const std::string& field)
    {
        std::vector<std::string> values;
        Poco::JSON::Array::Ptr list = items(path);
        for (unsigned i = 0; i < list->size(); ++i) {
            Poco::Dynamic::Var value = list->getObject(i)->get(field);
            values.push_back(value.isEmpty() ? std::string() : value.convert<std::string>());
        }
        return values;
    }

    static std::string joined(const std::vector<std::string>& values)
    {
        std::string text;
        for (const std::string& v : values) {
            text += (text.empty() ? "" : ",") + v;
        }
        return text;
    }

    static std::string lower(std::string text)
    {
        std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
        return text;
    }

    /// Whether `field` never decreases (ascending) or never increases (descending) over the list at `path`.
    bool ordered(const std::string& path, const std::string& field, bool descending)
    {
        const std::vector<std::string> values = column(path, field);
        for (std::size_t i = 1; i < values.size(); ++i) {
            const bool inOrder =
                descending ? lower(values[i - 1]) >= lower(values[i]) : lower(values[i - 1]) <= lower(values[i]);
            if (!inOrder) {
                qWarning("%s: %s out of order: %s", path.c_str(), field.c_str(), joined(values).c_str());
                return false;
            }
        }
        return values.size() >= 2;
    }

    void createUser(const std::string& username)
    {
        HttpReply created = m_admin->send(
            "POST", "/api/v1/users",
            json({{"username", username}, {"password", kPassword}, {"password_confirmation", kPassword}}));
        QCOMPARE(created.status, 201);
    }

    void validate(const std::string& username)
    {
        HttpReply answer = m_admin->client().send("POST", "/api/v1/auth/validate",
                                                  json({{"username", username}, {"password", kPassword}}),
                                                  "application/json", {{"Authorization", "Bearer " + m_agent}});
        QCOMPARE(answer.json()->getValue<std::string>("result"), std::string("accept"));
    }

    void block(const std::string& username, const std::string& durationSeconds)
    {
        HttpReply blocked = m_admin->send(
            "POST", "/api/v1/blocks",
            durationSeconds.empty() ? json({{"username", username}})
                                    : json({{"username", username}, {"duration_seconds", "=" + durationSeconds}}));
        QCOMPARE(blocked.status, 201);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(m_state->path(),
                                                   QStringList{"--set", QString::fromStdString("db.url=" + m_db->url()),
                                                               "--set", "auth.password_only_without_profile=true"});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        m_agent = m_admin->createClientToken("agent", "VPN");
        QCOMPARE(m_admin->send("POST", "/api/v1/api-clients", json({{"type", "user"}, {"name", "Zeta portal"}})).status,
                 201);
        QCOMPARE(m_admin->send("POST", "/api/v1/api-clients", json({{"type", "agent"}, {"name", "alpha RDP"}})).status,
                 201);
        for (const char* username : {"sort.b", "sort.a", "sort.c"}) {
            createUser(username);
            validate(username);
        }
        block("Block.Carol", "");
        block("block.bob", "600");
        block("block.al", "60");
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testApiClientsSortByNameIgnoringCaseAndByType()
    {
        QCOMPARE(joined(column("/api/v1/api-clients", "name")), std::string("alpha RDP,VPN,Zeta portal"));
        QCOMPARE(joined(column("/api/v1/api-clients?sort=-name", "name")), std::string("Zeta portal,VPN,alpha RDP"));
        QCOMPARE(column("/api/v1/api-clients?sort=-type", "name").front(), std::string("Zeta portal"));
        QCOMPARE(column("/api/v1/api-clients?sort=-created_at", "name").front(), std::string("alpha RDP"));
        QVERIFY(ordered("/api/v1/api-clients?sort=client_id", "client_id", false));
        // Only VPN has signed in: never used sorts first ascending, last descending.
        QCOMPARE(column("/api/v1/api-clients?sort=last_used_at", "name").back(), std::string("VPN"));
        QCOMPARE(column("/api/v1/api-clients?sort=-last_used_at", "name").front(), std::string("VPN"));
    }

    void testSoftOtpDevicesSortByUsername()
    {
        for (const char* username : {"sort.a", "sort.c"}) {
            const std::string id = std::to_string(
                items("/api/v1/users?q=" + std::string(username))->getObject(0)->getValue<std::int64_t>("id"));
            QCOMPARE(m_admin->send("POST", "/api/v1/users/" + id + "/enrollments", "{}").status, 201);
        }
        QCOMPARE(joined(column("/api/v1/softotp?sort=-username", "username")), std::string("sort.c,sort.a"));
        QCOMPARE(joined(column("/api/v1/softotp?sort=username", "username")), std::string("sort.a,sort.c"));
        QVERIFY(ordered("/api/v1/softotp?sort=-created_at", "created_at", true));
    }

    void testBlocksSearchAndSortByRemainingTime()
    {
        QCOMPARE(joined(column("/api/v1/blocks?q=CAR", "username")), std::string("Block.Carol"));
        QCOMPARE(joined(column("/api/v1/blocks?q=block.b", "username")), std::string("block.bob"));
        QCOMPARE(m_admin->get("/api/v1/blocks?q=BLOCK.").json()->getValue<int>("total"), 3);
        // Permanent blocks have the most time left.
        QCOMPARE(joined(column("/api/v1/blocks?sort=remaining_seconds", "username")),
                 std::string("block.al,block.bob,Block.Carol"));
        QCOMPARE(joined(column("/api/v1/blocks?sort=-remaining_seconds", "username")),
                 std::string("Block.Carol,block.bob,block.al"));
        QCOMPARE(joined(column("/api/v1/blocks?sort=username&limit=2&offset=1", "username")),
                 std::string("block.bob,Block.Carol"));
        QVERIFY(ordered("/api/v1/blocks", "blocked_at", true));
    }

    void testAuditSortsByUsernameEventAndTime()
    {
        QCOMPARE(joined(column("/api/v1/audit?event=block.create&sort=username", "username")),
                 std::string("Block.Carol,block.al,block.bob")); // as stored: the audit log keeps the case
        QVERIFY(ordered("/api/v1/audit?sort=-at&limit=500", "at", true));
        QVERIFY(ordered("/api/v1/audit?sort=at&limit=500", "at", false));
        QVERIFY(ordered("/api/v1/audit?sort=-event&limit=500", "event", true));
        QCOMPARE(column("/api/v1/audit", "id"), column("/api/v1/audit?sort=-at", "id")); // newest first by default
    }

    void testLicenseUsageSortsByUsernameAndLogins()
    {
        QCOMPARE(joined(column("/api/v1/license/usage?sort=-username", "username")),
                 std::string("sort.c,sort.b,sort.a"));
        QCOMPARE(joined(column("/api/v1/license/usage", "username")), std::string("sort.a,sort.b,sort.c"));
        QVERIFY(ordered("/api/v1/license/usage?sort=first_seen", "first_seen", false));
        QVERIFY(ordered("/api/v1/license/usage?sort=-last_login", "last_login", true));
    }

    void testUnknownSortFieldIsRefusedNamingTheParameter_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fields");
        QTest::newRow("users") << "/api/v1/users?sort=password_hash"
                               << "username, first_name";
        QTest::newRow("api clients") << "/api/v1/api-clients?sort=secret_hash"
                                     << "name, type, client_id";
        QTest::newRow("softotp") << "/api/v1/softotp?sort=public_key"
                                 << "username, label";
        QTest::newRow("blocks") << "/api/v1/blocks?sort=-"
                                << "username, reason";
        QTest::newRow("audit") << "/api/v1/audit?sort=details"
                               << "at, event, username, actor";
        QTest::newRow("license usage") << "/api/v1/license/usage?sort=username%3BDROP"
                                       << "username, first_seen";
        QTest::newRow("applications") << "/api/v1/applications?sort=allowed_factors"
                                      << "name, type";
        QTest::newRow("radius clients") << "/api/v1/radius-clients?sort=secret"
                                        << "name, source";
    }
    void testUnknownSortFieldIsRefusedNamingTheParameter()
    {
        QFETCH(QString, path);
        QFETCH(QString, fields);
        HttpReply refused = m_admin->get(path.toStdString());
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.contentType.substr(0, 24), std::string("application/problem+json"));
        Poco::JSON::Object::Ptr error = refused.json()->getArray("errors")->getObject(0);
        QCOMPARE(error->getValue<std::string>("field"), std::string("sort"));
        const std::string message = error->getValue<std::string>("message");
        QVERIFY2(message.find("must be one of " + fields.toStdString()) == 0, message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestListSorting)
#include "TestListSorting.moc"
