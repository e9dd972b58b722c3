#include "AdminSession.h"
#include "FreshDatabase.h"
#include "HttpsClient.h"
#include "ServerProcess.h"

#include "crypto/MasterKey.h"
#include "crypto/PasswordHasher.h"
#include "crypto/SecretBox.h"
#include "otp/Base32.h"
#include "store/Migrator.h"

#include <Poco/Data/Session.h>

#include <QProcess>
#include <QtTest>

#include <chrono>

using namespace castellan;
using namespace castellan::test;
using namespace Poco::Data::Keywords;

namespace {

constexpr const char* kAdminPassword = "Upgrade-Admin-Pass-1";
constexpr const char* kUserPassword = "Upgrade-User-Pass-1";
constexpr std::int64_t kAt = 1700000000;
const std::vector<std::uint8_t> kAdminSeed(20, 0x41);
const std::vector<std::uint8_t> kUserSeed = {0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x11, 0x22,
                                             0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc};

/// Rows of an earlier schema and how each must look after the upgrade. A row is written when the database's version
/// lies in [since, until]; a new migration that adds a table or transforms rows adds its line here.
struct Seed
{
    int since;
    int until;
    const char* insert;
    const char* check; ///< a query that counts 1 when the row survived as it should
};

const Seed kSeeds[] = {
    {1, 999, "INSERT INTO settings (key, value, updated_at) VALUES ('upgrade.marker', 'kept', 1700000000)",
     "SELECT COUNT(*) FROM settings WHERE key = 'upgrade.marker' AND value = 'kept'"},
    {1, 999,
     "INSERT INTO applications (name, name_key, type, allowed_factors, password_required, second_factor_required, "
     "created_at, updated_at) VALUES ('Upgrade VPN', 'upgrade vpn', 'radius', 'totp', TRUE, TRUE, 1700000000, "
     "1700000000)",
     "SELECT COUNT(*) FROM applications WHERE name_key = 'upgrade vpn' AND allowed_factors = 'totp'"},
    {1, 999,
     "INSERT INTO api_clients (type, name, client_id, secret_hash, created_at, updated_at) VALUES ('agent', "
     "'upgrade agent', 'upgrade-agent', 'not-a-usable-hash', 1700000000, 1700000000)",
     "SELECT COUNT(*) FROM api_clients WHERE client_id = 'upgrade-agent' AND enabled = TRUE"},
    {1, 999,
     "INSERT INTO audit_log (at, channel, event, actor, result) VALUES (1700000000, 'system', 'upgrade.seed', "
     "'test', 'success')",
     "SELECT COUNT(*) FROM audit_log WHERE event = 'upgrade.seed'"},
    {3, 999,
     "INSERT INTO radius_profiles (application_id, appended_otp_length) SELECT id, 6 FROM applications WHERE "
     "name_key = 'upgrade vpn'",
     "SELECT COUNT(*) FROM radius_profiles WHERE appended_otp_length = 6"},
    {5, 999,
     "INSERT INTO portal_sessions (id, state, csrf, created_at, last_seen_at, expires_at) VALUES ('upgrade-session', "
     "'anonymous', 'csrf', 1700000000, 4102444800, 4102444800)",
     "SELECT COUNT(*) FROM portal_sessions WHERE id = 'upgrade-session'"},
    // Schema 8 replaced saml_idp_keys.active by state: an inactive key of 6 or 7 must come out retired.
    {6, 7,
     "INSERT INTO saml_idp_keys (id, certificate, private_key, active, created_at) VALUES ('upgrade-old-key', "
     "'cert', '', FALSE, 1700000000)",
     "SELECT COUNT(*) FROM saml_idp_keys WHERE id = 'upgrade-old-key' AND state = 'retired'"},
    {8, 999,
     "INSERT INTO saml_idp_keys (id, certificate, private_key, state, created_at, retired_at) VALUES "
     "('upgrade-old-key', 'cert', '', 'retired', 1700000000, 1700000000)",
     "SELECT COUNT(*) FROM saml_idp_keys WHERE id = 'upgrade-old-key' AND state = 'retired'"},
    {14, 999,
     "INSERT INTO directories (name, name_key, kind, urls, base_dn, login_attributes, attributes, "
     "unique_id_attribute, created_at, updated_at) VALUES ('Upgrade LDAP', 'upgrade ldap', 'ldap', "
     "'[\"ldaps://ldap.example.test\"]', 'dc=example,dc=test', '[\"uid\"]', '{}', 'entryUUID', 1700000000, "
     "1700000000)",
     "SELECT COUNT(*) FROM directories WHERE name_key = 'upgrade ldap' AND priority = 100 AND enabled = TRUE"},
};

std::string base32(const std::vector<std::uint8_t>& bytes)
{
    return Base32::encode(bytes);
}

std::string oathtool(const std::string& base32Secret)
{
    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    QProcess p;
    p.start("oathtool", {"--totp", "-b", "-N", "@" + QString::number(now), QString::fromStdString(base32Secret)});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().toStdString();
}

} // namespace

/// Upgrades (issue 16, item 6): the database of every earlier schema version, with data, is upgraded by the current
/// server on SQLite and PostgreSQL; the rows survive (and are transformed where a migration says so), and the sealed
/// secrets still work: the administrator logs in with a TOTP code and a user's code from oathtool is accepted.
class TestSchemaUpgrades : public QObject
{
    Q_OBJECT
private:
    /// Writes the rows an earlier schema `version` allows, sealed secrets included.
    static void seed(Database& db, int version, const SecretBox& box)
    {
        const std::string adminHash = PasswordHasher().hash(kAdminPassword).value();
        const std::string userHash = PasswordHasher().hash(kUserPassword).value();
        db.write([&](Poco::Data::Session& s) {
            std::string adminSecret =
                box.sealToBase64({reinterpret_cast<const char*>(kAdminSeed.data()), 20}, "admins.totp_secret:1");
            std::string a = adminHash;
            s << "INSERT INTO admins (id, username, username_key, password_hash, must_change_password, totp_secret, "
                 "created_at, updated_at) VALUES (1, 'upgrader', 'upgrader', $1, FALSE, $2, 1700000000, 1700000000)",
                use(a), use(adminSecret), now;
            std::string u = userHash;
            s << "INSERT INTO users (id, username, username_key, password_hash, created_at, updated_at) VALUES "
                 "(1, 'upgrade.user', 'upgrade.user', $1, 1700000000, 1700000000)",
                use(u), now;
            std::string userSecret =
                box.sealToBase64({reinterpret_cast<const char*>(kUserSeed.data()), 20}, "factors.secret:1");
            s << "INSERT INTO factors (id, user_id, type, secret, created_at) VALUES (1, 1, 'totp', $1, 1700000000)",
                use(userSecret), now;
            if (version >= 3) {
                std::string radiusSecret = box.sealToBase64("radius-shared-secret", "radius_clients.secret:1");
                s << "INSERT INTO radius_clients (id, name, name_key, source, secret, created_at, updated_at) VALUES "
                     "(1, 'upgrade nas', 'upgrade nas', '192.0.2.1', $1, 1700000000, 1700000000)",
                    use(radiusSecret), now;
            }
            for (const Seed& row : kSeeds) {
                if (version >= row.since && version <= row.until) {
                    s << row.insert, now;
                }
            }
        });
        if (db.dialect() == SqlDialect::PostgreSql) {
            // The explicit ids above bypassed the sequences; later inserts by the server must not collide.
            db.write([&](Poco::Data::Session& s) {
                for (const char* table : {"admins", "users", "factors", "radius_clients"}) {
                    if (version >= 3 || std::string(table) != "radius_clients") {
                        s << std::string("SELECT setval(pg_get_serial_sequence('") + table + "', 'id'), 100)", now;
                    }
                }
            });
        }
    }

    static int count(Database& db, const std::string& query)
    {
        Poco::Int64 n = 0;
        db.read([&](Poco::Data::Session& s) { s << query, into(n), now; });
        return static_cast<int>(n);
    }

    /// Logs in as the seeded admin (sealed TOTP) and has a user's oathtool code accepted through an agent client.
    static void checkServerWorks(ServerProcess& server)
    {
        HttpsClient client("127.0.0.1", server.httpsPort());
        HttpReply login = client.send(
            "POST", "/api/v1/auth/login",
            json({{"username", "upgrader"}, {"password", kAdminPassword}, {"otp", totpNow(base32(kAdminSeed))}}));
        QVERIFY2(login.status == 200, login.body.c_str());
        const std::string admin = "Bearer " + login.json()->getValue<std::string>("access_token");
        HttpReply created = client.send("POST", "/api/v1/api-clients", json({{"type", "agent"}, {"name", "checker"}}),
                                        "application/json", {{"Authorization", admin}});
        QVERIFY2(created.status == 201, created.body.c_str());
        HttpReply token = client.send(
            "POST", "/api/v1/oauth/token",
            "grant_type=client_credentials&client_id=" + created.json()->getValue<std::string>("client_id") +
                "&client_secret=" + created.json()->getValue<std::string>("client_secret"),
            "application/x-www-form-urlencoded");
        QVERIFY2(token.status == 200, token.body.c_str());
        HttpReply validated = client.send(
            "POST", "/api/v1/auth/validate",
            json({{"username", "upgrade.user"}, {"password", kUserPassword}, {"otp", oathtool(base32(kUserSeed))}}),
            "application/json", {{"Authorization", "Bearer " + token.json()->getValue<std::string>("access_token")}});
        QVERIFY2(validated.status == 200, validated.body.c_str());
        QCOMPARE(validated.json()->getValue<std::string>("result"), std::string("accept"));
    }

private slots:
    void testEveryEarlierSchemaUpgradesWithItsData_data()
    {
        QTest::addColumn<int>("version");
        const SqlDialect dialect = FreshDatabase::kind() == "postgresql" ? SqlDialect::PostgreSql : SqlDialect::Sqlite;
        const auto migrations = migrationsFor(dialect);
        QVERIFY(migrations.size() >= 2);
        for (std::size_t i = 0; i + 1 < migrations.size(); ++i) {
            QTest::newRow(("schema " + std::to_string(migrations[i].version)).c_str()) << migrations[i].version;
        }
    }
    void testEveryEarlierSchemaUpgradesWithItsData()
    {
        QFETCH(int, version);
        FreshDatabase fresh;
        QTemporaryDir state;
        Database& db = fresh.open(false);
        QCOMPARE(Migrator(db).migrateTo(version).value(), version);
        auto key = MasterKey::loadOrCreate(state.filePath("master.key").toStdString());
        QVERIFY(key.ok());
        try {
            seed(db, version, SecretBox(MasterKey::fromBytes(key->bytes())));
        } catch (const Poco::Exception& e) {
            QFAIL(qPrintable("seeding schema " + QString::number(version) + ": " +
                             QString::fromStdString(e.displayText())));
        }
        fresh.close();

        ServerProcess server(state.path(), {"--set", QString::fromStdString("db.url=" + fresh.url())});
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        checkServerWorks(server);
        QCOMPARE(server.stop(), 0);

        Database& upgraded = fresh.open(false);
        QCOMPARE(Migrator(upgraded).appliedVersion(), Migrator(upgraded).knownVersion());
        QCOMPARE(count(upgraded, "SELECT COUNT(*) FROM users WHERE username = 'upgrade.user'"), 1);
        QCOMPARE(count(upgraded, "SELECT COUNT(*) FROM key_canary"), 1);
        if (version >= 3) {
            QCOMPARE(count(upgraded, "SELECT COUNT(*) FROM radius_clients WHERE source = '192.0.2.1'"), 1);
        }
        int checked = 0;
        for (const Seed& row : kSeeds) {
            if (version >= row.since && version <= row.until) {
                QVERIFY2(count(upgraded, row.check) == 1, row.check);
                ++checked;
            }
        }
        QVERIFY(checked >= 4);
    }

    void testDatabaseFromBeforeTheCanaryRefusesAnotherKey()
    {
        // Schema 8 has no canary; its sealed TOTP seeds name the key that sealed them.
        FreshDatabase fresh;
        QTemporaryDir ownState;
        QTemporaryDir otherState;
        Database& db = fresh.open(false);
        QCOMPARE(Migrator(db).migrateTo(8).value(), 8);
        auto key = MasterKey::loadOrCreate(ownState.filePath("master.key").toStdString());
        QVERIFY(key.ok());
        seed(db, 8, SecretBox(MasterKey::fromBytes(key->bytes())));
        fresh.close();

        QVERIFY(MasterKey::loadOrCreate(otherState.filePath("master.key").toStdString()).ok());
        ServerProcess wrong(otherState.path(), {"--set", QString::fromStdString("db.url=" + fresh.url())});
        QVERIFY(!wrong.start(30000));
        QCOMPARE(wrong.process().exitCode(), 2);
        QVERIFY2(wrong.stderrText().contains("sealed under key id " + QString::fromStdString(key->keyIdHex())),
                 qPrintable(wrong.stderrText()));
        QCOMPARE(count(fresh.open(false), "SELECT COUNT(*) FROM key_canary"), 0);
        fresh.close();

        ServerProcess right(ownState.path(), {"--set", QString::fromStdString("db.url=" + fresh.url())});
        QVERIFY2(right.start(), qPrintable(right.stderrText()));
        checkServerWorks(right);
    }
};

QTEST_GUILESS_MAIN(TestSchemaUpgrades)
#include "TestSchemaUpgrades.moc"
