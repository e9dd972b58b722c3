#include "FreshDatabase.h"
#include "crypto/SecretBox.h"
#include "saml/IdpKeyStore.h"
#include "store/Database.h"

#include <Poco/Data/Session.h>

#include <QtTest>

#include <array>

using namespace castellan;
using namespace castellan::test;
using namespace Poco::Data::Keywords;

/// The IdP's signing key on SQLite and PostgreSQL: made once and kept, the private key sealed at rest (bound to its
/// row), and unusable under another master key.
class TestIdpKeyStore : public QObject
{
    Q_OBJECT
private:
    static MasterKey key(std::uint8_t fill)
    {
        std::array<std::uint8_t, MasterKey::kKeySize> bytes{};
        bytes.fill(fill);
        return MasterKey::fromBytes(bytes);
    }

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

        SecretBox otherKey(key(9));
        IdpKeyStore wrong(database, otherKey);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, wrong.active());
    }
};

QTEST_GUILESS_MAIN(TestIdpKeyStore)
#include "TestIdpKeyStore.moc"
