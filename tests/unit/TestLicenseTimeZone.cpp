#include "license/LicenseMonth.h"

#include <QtTest>

using namespace castellan;

/// License months and days in the configured zone: UTC, fixed offsets, IANA names; bad names refused.
class TestLicenseTimeZone : public QObject
{
    Q_OBJECT
private slots:
    void testMonthTurnsAtMidnightOfTheZone()
    {
        const std::int64_t lastUtcSecondOfNovember = 1'796'083'199; // 2026-11-30T23:59:59Z
        const LicenseTimeZone utc = LicenseTimeZone::utc();
        QCOMPARE(utc.month(lastUtcSecondOfNovember), std::string("2026-11"));
        QCOMPARE(utc.month(lastUtcSecondOfNovember + 1), std::string("2026-12"));
        const LicenseTimeZone istanbul = LicenseTimeZone::parse("+03:00").value();
        QCOMPARE(istanbul.month(lastUtcSecondOfNovember - 3 * 3600), std::string("2026-11"));
        QCOMPARE(istanbul.month(lastUtcSecondOfNovember - 3 * 3600 + 1), std::string("2026-12"));
        QCOMPARE(LicenseTimeZone::parse("-05:30").value().day(lastUtcSecondOfNovember), std::string("2026-11-30"));
    }
    void testNamesAndOffsetsAreCheckedAtStart()
    {
        QVERIFY(LicenseTimeZone::parse("UTC"));
        QVERIFY(LicenseTimeZone::parse("Europe/Istanbul")->usesSystemZone());
        QVERIFY(!LicenseTimeZone::parse("Mars/Olympus"));
        QVERIFY(!LicenseTimeZone::parse("../../etc/passwd"));
        QVERIFY(!LicenseTimeZone::parse("+15:00"));
        QVERIFY(!LicenseTimeZone::parse("+03:60"));
    }
    void testDaysBetweenCountsCalendarDays()
    {
        QCOMPARE(daysBetween("2026-11-24", "2026-12-24"), std::int64_t(30));
        QCOMPARE(daysBetween("2026-11-24", "2026-11-24"), std::int64_t(0));
        QCOMPARE(daysBetween("2026-11-25", "2026-11-24"), std::int64_t(-1));
        QCOMPARE(daysBetween("2028-02-28", "2028-03-01"), std::int64_t(2));
    }
};

QTEST_GUILESS_MAIN(TestLicenseTimeZone)
#include "TestLicenseTimeZone.moc"
