#include "FreshDatabase.h"
#include "crypto/SecretBox.h"
#include "saml/IdpKeyStore.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/Session.h>

#include <QtTest>

#include <array>
#include <thread>

using namespace castellan;
using namespace castellan::test;
using namespace Poco::Data::Keywords;

namespace {

/// A clock the test moves.
class ManualClock : public Clock
{
public:
    std::int64_t t = 1'760'000'000;
    std::int64_t nowSeconds() const override { return t; }
};

MasterKey key(std::uint8_t fill)
{
    std::array<std::uint8_t, MasterKey::kKeySize> bytes{};
    bytes.fill(fill);
    return MasterKey::fromBytes(bytes);
}

std::vector<std::string> ids(const std::vector<IdpKey>& keys)
{
    std::vector<std::string> out;
    for (const IdpKey& k : keys) {
        out.push_back(k.id);
    }
    return out;
}

std::vector<IdpKeyState> states(const std::vector<IdpKey>& keys)
{
    std::vector<IdpKeyState> out;
    for (const IdpKey& k : keys) {
        out.push_back(k.state);
    }
    return out;
}

Poco::Int64 count(Database& database, const std::string& where)
{
    Poco::Int64 rows = 0;
    database.read(
        [&](Poco::Data::Session& s) { s << "SELECT COUNT(*) FROM saml_idp_keys WHERE " + where, into(rows), now; });
    return rows;
}

/// Runs `sql` in a transaction of its own; false when the database refused it.
bool accepted(Database& database, const std::string& sql)
{
    try {
        database.write([&](Poco::Data::Session& s) { s << sql, now; });
        return true;
    } catch (const Poco::Data::DataException&) {
        return false;
    }
}

} // namespace

/// The IdP's signing keys on SQLite and PostgreSQL: made once and kept, the private key sealed at rest (bound to its
/// row) and unusable under another master key; rotation through next, active, previous and retired, with the
/// database keeping one active and one next key; other nodes following a rotation within the cache time.
class TestIdpKeyStore : public QObject
{
    Q_OBJECT
private slots:
    void testKeyIsMadeOnceSealedAndBoundToTheMasterKey()
    {
        FreshDatabase fresh;
        Database& database = fresh.open();
        SecretBox secrets(key(7));
        IdpKeyStore store(database, secrets);
        const SigningKeyPair first = store.active();
        QVERIFY(first.certificatePem.rfind("-----BEGIN CERTIFICATE-----", 0) == 0);
        QVERIFY(first.privateKeyPem.rfind("-----BEGIN PRIVATE KEY-----", 0) == 0);

        // Another node (or a restart) over the same database signs with the same key.
        IdpKeyStore again(database, secrets);
        QCOMPARE(again.active().certificatePem, first.certificatePem);
        QCOMPARE(again.active().privateKeyPem, first.privateKeyPem);

        std::string stored;
        Poco::Int64 rows = 0;
        database.read([&](Poco::Data::Session& s) {
            s << "SELECT COUNT(*) FROM saml_idp_keys", into(rows), now;
            s << "SELECT private_key FROM saml_idp_keys", into(stored), now;
        });
        QCOMPARE(rows, Poco::Int64(1));
        QVERIFY(stored.find("PRIVATE KEY") == std::string::npos);
        QVERIFY(stored.size() > 1000);
        QCOMPARE(count(database, "state = 'active' AND activated_at = created_at"), Poco::Int64(1));

        SecretBox otherKey(key(9));
        IdpKeyStore wrong(database, otherKey);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, wrong.active());
    }

    void testRotationPublishesBothKeysThenSignsWithTheNextOne()
    {
        FreshDatabase fresh;
        Database& database = fresh.open();
        SecretBox secrets(key(7));
        ManualClock clock;
        IdpKeyStore store(database, secrets, clock);
        const SigningKeyPair old = store.active();
        const std::string oldId = store.published().front().id;

        clock.t += 10;
        auto next = store.generateNext();
        QVERIFY(next.ok());
        QCOMPARE(next->state, IdpKeyState::Next);
        QCOMPARE(next->createdAt, clock.t);
        QVERIFY(next->certificatePem != old.certificatePem);
        QCOMPARE(ids(store.published()), (std::vector<std::string>{oldId, next->id}));
        QCOMPARE(store.active().certificatePem, old.certificatePem); // published, not signing
        auto second = store.generateNext();
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::Conflict);

        clock.t += 10;
        auto activated = store.activate(next->id);
        QVERIFY(activated.ok());
        QCOMPARE(activated->state, IdpKeyState::Active);
        QCOMPARE(activated->activatedAt, std::optional<std::int64_t>(clock.t));
        const SigningKeyPair signing = store.active();
        QCOMPARE(signing.certificatePem, next->certificatePem);
        QVERIFY(signing.privateKeyPem.rfind("-----BEGIN PRIVATE KEY-----", 0) == 0);
        QVERIFY(signing.privateKeyPem != old.privateKeyPem);
        // The active key first (the metadata's first certificate), the old one still published.
        QCOMPARE(ids(store.published()), (std::vector<std::string>{next->id, oldId}));
        QCOMPARE(states(store.published()), (std::vector<IdpKeyState>{IdpKeyState::Active, IdpKeyState::Previous}));
        QVERIFY(store.activate(next->id).ok()); // already active: nothing changes
        QCOMPARE(count(database, "state = 'active'"), Poco::Int64(1));

        auto refused = store.retire(next->id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        clock.t += 10;
        QVERIFY(store.retire(oldId).ok());
        QCOMPARE(ids(store.published()), (std::vector<std::string>{next->id}));
        QCOMPARE(states(store.all()), (std::vector<IdpKeyState>{IdpKeyState::Active, IdpKeyState::Retired}));
        QCOMPARE(store.find(oldId)->retiredAt, std::optional<std::int64_t>(clock.t));
        // The certificate stays for the record; nothing is left to sign with.
        QCOMPARE(store.find(oldId)->certificatePem, old.certificatePem);
        QCOMPARE(count(database, "state = 'retired' AND private_key = ''"), Poco::Int64(1));
        QVERIFY(store.retire(oldId).ok()); // idempotent
        auto again = store.activate(oldId);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(store.activate("idpk_unknown").error().code, ErrorCode::NotFound);
        QCOMPARE(store.retire("idpk_unknown").error().code, ErrorCode::NotFound);
        QCOMPARE(store.active().certificatePem, next->certificatePem);
    }

    void testPreviousKeyCanBeActivatedAgainToRollBack()
    {
        FreshDatabase fresh;
        Database& database = fresh.open();
        SecretBox secrets(key(7));
        IdpKeyStore store(database, secrets);
        const SigningKeyPair old = store.active();
        const std::string oldId = store.published().front().id;
        auto next = store.generateNext();
        QVERIFY(next.ok());
        QVERIFY(store.activate(next->id).ok());
        QVERIFY(store.activate(oldId).ok());
        QCOMPARE(store.active().privateKeyPem, old.privateKeyPem);
        QCOMPARE(states(store.published()), (std::vector<IdpKeyState>{IdpKeyState::Active, IdpKeyState::Previous}));
        QCOMPARE(store.published().back().id, next->id);
        QVERIFY(store.generateNext().ok()); // the rolled-back key is previous, so a new next key may be made
    }

    void testDatabaseKeepsOneActiveAndOneNextKey()
    {
        FreshDatabase fresh;
        Database& database = fresh.open();
        SecretBox secrets(key(7));
        IdpKeyStore store(database, secrets);
        (void)store.active();
        auto next = store.generateNext();
        QVERIFY(next.ok());
        const std::string insert = "INSERT INTO saml_idp_keys (id, certificate, private_key, state, created_at) "
                                   "VALUES ('idpk_raw', 'c', 'k', ";
        QVERIFY(!accepted(database, insert + "'active', 1)"));
        QVERIFY(!accepted(database, insert + "'next', 1)"));
        QVERIFY(!accepted(database, insert + "'signing', 1)"));
        QVERIFY(accepted(database, insert + "'previous', 1)"));
        QVERIFY(!accepted(database, "UPDATE saml_idp_keys SET state = 'active' WHERE id = 'idpk_raw'"));
        QVERIFY(!accepted(database, "UPDATE saml_idp_keys SET state = 'next' WHERE id = 'idpk_raw'"));
        QCOMPARE(count(database, "state = 'active'"), Poco::Int64(1));
    }

    void testConcurrentActivationsLeaveOneActiveKey()
    {
        FreshDatabase fresh;
        Database& database = fresh.open();
        SecretBox secrets(key(7));
        IdpKeyStore nodeA(database, secrets);
        IdpKeyStore nodeB(database, secrets);
        const std::string first = nodeA.published().front().id;
        auto next = nodeA.generateNext();
        QVERIFY(next.ok());
        // Two nodes switch back and forth between the two keys at the same time: each call succeeds or is
        // refused as a conflict, and the database never holds two active keys (nor none).
        for (int round = 0; round < 20; ++round) {
            std::optional<Result<IdpKey>> a;
            std::optional<Result<IdpKey>> b;
            std::thread t1([&] { a.emplace(nodeA.activate(first)); });
            std::thread t2([&] { b.emplace(nodeB.activate(next->id)); });
            t1.join();
            t2.join();
            for (const auto* outcome : {&a, &b}) {
                QVERIFY((*outcome)->ok() || (*outcome)->error().code == ErrorCode::Conflict);
            }
            QCOMPARE(count(database, "state = 'active'"), Poco::Int64(1));
            QCOMPARE(count(database, "state = 'previous'"), Poco::Int64(1));
        }
    }

    void testAnotherNodeFollowsARotationWithinTheCacheTime()
    {
        FreshDatabase fresh;
        Database& database = fresh.open();
        SecretBox secrets(key(7));
        ManualClock clock;
        IdpKeyStore nodeA(database, secrets, clock);
        IdpKeyStore nodeB(database, secrets, clock);
        const SigningKeyPair old = nodeB.active();
        QCOMPARE(nodeA.active().certificatePem, old.certificatePem);

        auto next = nodeA.generateNext();
        QVERIFY(next.ok());
        QCOMPARE(nodeB.published().size(), size_t(1)); // B read the keys just now
        clock.t += IdpKeyStore::kCacheSeconds;
        QCOMPARE(nodeB.published().size(), size_t(2)); // B's metadata now names the next key too

        QVERIFY(nodeA.activate(next->id).ok());
        QCOMPARE(nodeA.active().certificatePem, next->certificatePem); // at once on the node that changed it
        // B signs with the old key for a few seconds more; it is still published (previous), so SPs accept it.
        QCOMPARE(nodeB.active().certificatePem, old.certificatePem);
        clock.t += IdpKeyStore::kCacheSeconds;
        QCOMPARE(nodeB.active().certificatePem, next->certificatePem);
        QCOMPARE(nodeB.published().front().id, next->id);

        QCOMPARE(nodeA.published().size(), size_t(2)); // A reads the keys again now
        QVERIFY(nodeB.retire(nodeB.published().back().id).ok());
        QCOMPARE(nodeB.published().size(), size_t(1));
        QCOMPARE(nodeA.published().size(), size_t(2));
        clock.t -= 3600; // a clock that went back does not keep the old view either
        QCOMPARE(nodeA.published().size(), size_t(1));
    }

    void testUpgradeKeepsTheKeyEveryNodeSignedWith()
    {
        FreshDatabase fresh;
        Database& database = fresh.open(false);
        std::vector<Migration> upToSaml;
        for (const Migration& m : migrationsFor(database.dialect())) {
            if (m.version <= 6) {
                upToSaml.push_back(m);
            }
        }
        QVERIFY(Migrator(database).migrate(upToSaml).ok());
        // Before 0008 two nodes starting together could each store a key; all of them signed with the newest.
        SecretBox secrets(key(7));
        std::vector<SigningKeyPair> pairs;
        for (int i = 0; i < 2; ++i) {
            auto pair = SigningKeyPair::generate("old");
            QVERIFY(pair.ok());
            pairs.push_back(*pair);
            std::string id = "idpk_old" + std::to_string(i);
            std::string certificate = pair->certificatePem;
            std::string sealed = secrets.sealToBase64(pair->privateKeyPem, "saml_idp_keys.private_key:" + id);
            Poco::Int64 at = 1'700'000'000 + i;
            database.write([&](Poco::Data::Session& s) {
                s << "INSERT INTO saml_idp_keys (id, certificate, private_key, active, created_at) "
                     "VALUES ($1, $2, $3, TRUE, $4)",
                    use(id), use(certificate), use(sealed), use(at), now;
            });
        }
        QVERIFY(Migrator(database).migrate().ok());
        IdpKeyStore store(database, secrets);
        QCOMPARE(store.active().privateKeyPem, pairs[1].privateKeyPem);
        QCOMPARE(ids(store.published()), (std::vector<std::string>{"idpk_old1", "idpk_old0"}));
        QCOMPARE(states(store.published()), (std::vector<IdpKeyState>{IdpKeyState::Active, IdpKeyState::Previous}));
        QCOMPARE(store.published().front().activatedAt, std::optional<std::int64_t>(1'700'000'001));
    }
};

QTEST_GUILESS_MAIN(TestIdpKeyStore)
#include "TestIdpKeyStore.moc"
