#include "directory/ActiveDirectoryState.h"

#include <QTest>

using namespace castellan;
using namespace std::chrono;

namespace {

/// 2026-01-01T00:00:00Z as Unix seconds and as a FILETIME ([MS-DTYP] 2.3.3: 100 ns since 1601-01-01).
constexpr std::int64_t kUnixNow = 1767225600;
constexpr std::int64_t kFileTimeNow = (kUnixNow + 11644473600LL) * 10000000LL;
const system_clock::time_point kNow = system_clock::time_point(seconds(kUnixNow));

LdapEntry entry(std::initializer_list<std::pair<std::string, std::string>> attributes)
{
    LdapEntry e;
    e.dn = "CN=someone,CN=Users,DC=castellan,DC=test";
    for (const auto& [name, value] : attributes) {
        e.attributes[name].push_back(value);
    }
    return e;
}

ActiveDirectoryState state(bool disabled, bool expired, bool locked)
{
    return {.disabled = disabled, .expired = expired, .locked = locked};
}

} // namespace

/// An Active Directory account's state from the attributes of its entry, at an injected time.
class TestActiveDirectoryState : public QObject
{
    Q_OBJECT

private slots:
    void testAnOrdinaryAccountIsUsable()
    {
        const LdapEntry normal = entry({{"userAccountControl", "512"},
                                        {"accountExpires", "9223372036854775807"},
                                        {"msDS-User-Account-Control-Computed", "0"}});
        QVERIFY(activeDirectoryAccountState(normal, kNow) == state(false, false, false));
        QVERIFY(activeDirectoryAccountState(entry({}), kNow) == state(false, false, false));
    }

    void testDisabledIsTheAccountDisableBit()
    {
        QVERIFY(activeDirectoryAccountState(entry({{"userAccountControl", "514"}}), kNow).disabled);
        // Guest: 0x10222, disabled among other flags.
        QVERIFY(activeDirectoryAccountState(entry({{"userAccountControl", "66082"}}), kNow).disabled);
        QVERIFY(!activeDirectoryAccountState(entry({{"userAccountControl", "66048"}}), kNow).disabled);
        QVERIFY(!activeDirectoryAccountState(entry({{"userAccountControl", "not a number"}}), kNow).disabled);
    }

    void testExpiredIsAnAccountExpiresInThePast_data()
    {
        QTest::addColumn<QString>("accountExpires");
        QTest::addColumn<bool>("expired");
        QTest::newRow("never (0)") << "0" << false;
        QTest::newRow("never (max)") << "9223372036854775807" << false;
        QTest::newRow("a second ago") << QString::number(kFileTimeNow - 10000000) << true;
        QTest::newRow("now") << QString::number(kFileTimeNow) << true;
        QTest::newRow("in a second") << QString::number(kFileTimeNow + 10000000) << false;
        QTest::newRow("1601") << "1" << true;
        QTest::newRow("negative") << "-1" << false;
        QTest::newRow("garbage") << "soon" << false;
    }
    void testExpiredIsAnAccountExpiresInThePast()
    {
        QFETCH(QString, accountExpires);
        QFETCH(bool, expired);
        const LdapEntry e = entry({{"accountExpires", accountExpires.toStdString()}});
        QCOMPARE(activeDirectoryAccountState(e, kNow).expired, expired);
    }

    void testLockedIsTheDirectorysComputedLockoutBit()
    {
        QVERIFY(activeDirectoryAccountState(entry({{"msDS-User-Account-Control-Computed", "16"}}), kNow).locked);
        // A lockoutTime left behind after the lockout duration passed: the computed attribute has the last word.
        const LdapEntry unlocked = entry({{"msDS-User-Account-Control-Computed", "0"},
                                          {"lockoutTime", QByteArray::number(kFileTimeNow).toStdString()}});
        QVERIFY(!activeDirectoryAccountState(unlocked, kNow).locked);
        // Password expired (0x800000) is not a lockout.
        QVERIFY(!activeDirectoryAccountState(entry({{"msDS-User-Account-Control-Computed", "8388608"}}), kNow).locked);
    }

    void testWithoutTheComputedAttributeLockoutTimeCounts()
    {
        QVERIFY(activeDirectoryAccountState(entry({{"lockoutTime", "134410762320000000"}}), kNow).locked);
        QVERIFY(!activeDirectoryAccountState(entry({{"lockoutTime", "0"}}), kNow).locked);
    }

    void testAttributeNamesCompareWithoutCase()
    {
        QVERIFY(activeDirectoryAccountState(entry({{"useraccountcontrol", "2"}}), kNow).disabled);
        QCOMPARE(ActiveDirectoryState::attributes().size(), std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestActiveDirectoryState)
#include "TestActiveDirectoryState.moc"
