#include "http/ConnectionLimits.h"

#include <QtTest>

using namespace castellan;

/// Admission control of the HTTPS listeners and RadSec: caps per source and in total (issue 14).
class TestConnectionLimits : public QObject
{
    Q_OBJECT
private slots:
    void testCapPerAddressLeavesOtherAddressesAlone()
    {
        ConnectionLimits limits(2, 100);
        QCOMPARE(limits.admit("192.0.2.1"), ConnectionLimits::Admission::Admitted);
        QCOMPARE(limits.admit("192.0.2.1"), ConnectionLimits::Admission::Admitted);
        QCOMPARE(limits.admit("192.0.2.1"), ConnectionLimits::Admission::AddressFull);
        QCOMPARE(limits.admit("192.0.2.2"), ConnectionLimits::Admission::Admitted);
        QCOMPARE(limits.openFrom("192.0.2.1"), size_t(2));
        QCOMPARE(limits.open(), size_t(3));
    }
    void testReleasedConnectionsMakeRoomAgain()
    {
        ConnectionLimits limits(1, 100);
        QCOMPARE(limits.admit("192.0.2.1"), ConnectionLimits::Admission::Admitted);
        QCOMPARE(limits.admit("192.0.2.1"), ConnectionLimits::Admission::AddressFull);
        limits.release("192.0.2.1");
        QCOMPARE(limits.admit("192.0.2.1"), ConnectionLimits::Admission::Admitted);
        limits.release("192.0.2.1");
        limits.release("192.0.2.1"); // one release too many changes nothing
        QCOMPARE(limits.open(), size_t(0));
    }
    void testTotalCapRefusesEveryone()
    {
        ConnectionLimits limits(10, 2);
        QCOMPARE(limits.admit("192.0.2.1"), ConnectionLimits::Admission::Admitted);
        QCOMPARE(limits.admit("192.0.2.2"), ConnectionLimits::Admission::Admitted);
        QCOMPARE(limits.admit("192.0.2.3"), ConnectionLimits::Admission::ServerFull);
        QCOMPARE(limits.openFrom("192.0.2.3"), size_t(0));
    }
    void testIpv6SourcesCountByTheirSlash64()
    {
        QCOMPARE(ConnectionLimits::sourceKey("2001:db8:1:2:aaaa::1"), std::string("2001:0db8:0001:0002::/64"));
        QCOMPARE(ConnectionLimits::sourceKey("2001:db8:1:2:bbbb::9"), ConnectionLimits::sourceKey("2001:db8:1:2::7"));
        QVERIFY(ConnectionLimits::sourceKey("2001:db8:1:3::1") != ConnectionLimits::sourceKey("2001:db8:1:2::1"));
        ConnectionLimits limits(1, 100);
        QCOMPARE(limits.admit("2001:db8:1:2::1"), ConnectionLimits::Admission::Admitted);
        QCOMPARE(limits.admit("2001:db8:1:2::2"), ConnectionLimits::Admission::AddressFull);
    }
    void testIpv4MappedAddressesCountAsIpv4()
    {
        QCOMPARE(ConnectionLimits::sourceKey("::ffff:192.0.2.7"), std::string("192.0.2.7"));
        QCOMPARE(ConnectionLimits::sourceKey("192.0.2.7"), std::string("192.0.2.7"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionLimits)
#include "TestConnectionLimits.moc"
