#include "api/TokenStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace castellan::console;

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void testMemoryBackendIsNotPersistent();
    void testEnvironmentSwitchForcesMemory();
    void testStoredTokensLoadBack();
    void testUnknownAccountLoadsEmptyTokens();
    void testRemovedTokensAreGone();
    void testAccountsAreKeptApart();
    void testAnswersArriveAfterTheCallReturns();
    void testUnavailableKeychainFallsBackToMemory();

private:
    static SessionTokens loadNow(TokenStore& store, const QString& account);
};

namespace {
const QString kAccount = QStringLiteral("admin@mfa.example.com:8443");
const SessionTokens kTokens{QStringLiteral("access-1f0c"), QStringLiteral("refresh-9a7e")};
} // namespace

SessionTokens TestTokenStore::loadNow(TokenStore& store, const QString& account)
{
    QSignalSpy loaded(&store, &TokenStore::loaded);
    store.load(account);
    if (!loaded.wait(5000) || loaded.count() != 1 || loaded.at(0).at(0).toString() != account) {
        qWarning() << "no single loaded() answer for" << account;
        return {};
    }
    return loaded.at(0).at(1).value<SessionTokens>();
}

void TestTokenStore::testMemoryBackendIsNotPersistent()
{
    const TokenStore store(TokenStore::Backend::Memory);
    QVERIFY(!store.isPersistent());
}

void TestTokenStore::testEnvironmentSwitchForcesMemory()
{
    qputenv(TokenStore::kMemoryOnlyVariable, "1");
    // A session bus address makes the automatic choice the keychain, unless the switch is set.
    const QByteArray busAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    const TokenStore forced;
    qunsetenv(TokenStore::kMemoryOnlyVariable);
    const TokenStore automatic;
    if (busAddress.isNull()) {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    } else {
        qputenv("DBUS_SESSION_BUS_ADDRESS", busAddress);
    }
    QVERIFY(!forced.isPersistent());
    QVERIFY(automatic.isPersistent());
}

void TestTokenStore::testStoredTokensLoadBack()
{
    TokenStore store(TokenStore::Backend::Memory);
    QSignalSpy stored(&store, &TokenStore::stored);
    store.store(kAccount, kTokens);
    QVERIFY(stored.wait(5000));
    QCOMPARE(stored.count(), 1);
    QCOMPARE(stored.at(0).at(0).toString(), kAccount);
    QCOMPARE(loadNow(store, kAccount), kTokens);
}

void TestTokenStore::testUnknownAccountLoadsEmptyTokens()
{
    TokenStore store(TokenStore::Backend::Memory);
    QVERIFY(loadNow(store, QStringLiteral("nobody@nowhere")).isEmpty());
}

void TestTokenStore::testRemovedTokensAreGone()
{
    TokenStore store(TokenStore::Backend::Memory);
    store.store(kAccount, kTokens);
    QSignalSpy removed(&store, &TokenStore::removed);
    store.remove(kAccount);
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.at(0).at(0).toString(), kAccount);
    QVERIFY(loadNow(store, kAccount).isEmpty());

    // Removing again is not an error: the answer is the same.
    store.remove(kAccount);
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.count(), 2);
}

void TestTokenStore::testAccountsAreKeptApart()
{
    TokenStore store(TokenStore::Backend::Memory);
    const SessionTokens other{QStringLiteral("access-other"), QStringLiteral("refresh-other")};
    store.store(kAccount, kTokens);
    store.store(QStringLiteral("admin@backup.example.com:8443"), other);
    QCOMPARE(loadNow(store, kAccount), kTokens);
    QCOMPARE(loadNow(store, QStringLiteral("admin@backup.example.com:8443")), other);
}

void TestTokenStore::testAnswersArriveAfterTheCallReturns()
{
    // Callers connect after calling as easily as before; the keychain answers asynchronously too.
    TokenStore store(TokenStore::Backend::Memory);
    QSignalSpy stored(&store, &TokenStore::stored);
    QSignalSpy loaded(&store, &TokenStore::loaded);
    QSignalSpy removed(&store, &TokenStore::removed);
    store.store(kAccount, kTokens);
    store.load(kAccount);
    store.remove(kAccount);
    QCOMPARE(stored.count() + loaded.count() + removed.count(), 0);
    QTRY_COMPARE(stored.count() + loaded.count() + removed.count(), 3);
}

void TestTokenStore::testUnavailableKeychainFallsBackToMemory()
{
    // Only where no keychain can exist, so the test never writes to a developer's real keychain.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("a D-Bus session bus is present; the keychain might be real");
    }
    TokenStore store(TokenStore::Backend::Keychain);
    QVERIFY(store.isPersistent());
    QSignalSpy persistence(&store, &TokenStore::persistenceChanged);
    QSignalSpy stored(&store, &TokenStore::stored);

    store.store(kAccount, kTokens);
    QVERIFY(stored.wait(30000));
    QCOMPARE(persistence.count(), 1);
    QCOMPARE(persistence.at(0).at(0).toBool(), false);
    QVERIFY(!store.isPersistent());
    QCOMPARE(loadNow(store, kAccount), kTokens);
}

QTEST_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
