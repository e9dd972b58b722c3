#include "core/Rfc3339.h"
#include "validation/ExpiryExtension.h"

#include <QTest>

using namespace castellan;

namespace {

std::int64_t at(const char* time)
{
    return *Rfc3339::parse(time);
}

QString shown(std::optional<std::int64_t> seconds)
{
    return seconds ? QString::fromStdString(Rfc3339::format(*seconds)) : QStringLiteral("never");
}

} // namespace

/// Extending a selection of users moves each user's own expiry: by days or calendar months, from the end of today
/// for users already expired, never touching users who do not expire.
class TestExpiryExtension : public QObject
{
    Q_OBJECT

private slots:
    void testEachExpiryMovesFromItsOwnDate_data();
    void testEachExpiryMovesFromItsOwnDate();
    void testNeverStaysNever();
};

void TestExpiryExtension::testEachExpiryMovesFromItsOwnDate_data()
{
    QTest::addColumn<QString>("expiresAt");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("expected");
    // "now" is 2027-01-06T10:00:00Z in every row.
    QTest::newRow("30 days from a far date, not from today")
        << "2028-03-06T23:59:59Z" << 30 << 0 << "2028-04-05T23:59:59Z";
    QTest::newRow("a year is a calendar year across a leap day")
        << "2028-01-10T23:59:59Z" << 0 << 12 << "2029-01-10T23:59:59Z";
    QTest::newRow("a year later than 29 February") << "2028-02-29T12:00:00Z" << 0 << 12 << "2029-02-28T12:00:00Z";
    QTest::newRow("a month later than 31 January") << "2027-01-31T23:59:59Z" << 0 << 1 << "2027-02-28T23:59:59Z";
    QTest::newRow("a month in a leap year") << "2028-01-31T23:59:59Z" << 0 << 1 << "2028-02-29T23:59:59Z";
    QTest::newRow("expired users count from the end of today")
        << "2026-11-01T23:59:59Z" << 30 << 0 << "2027-02-05T23:59:59Z";
    QTest::newRow("the time of day is kept") << "2027-06-30T08:15:00Z" << 1 << 0 << "2027-07-01T08:15:00Z";
    QTest::newRow("across the year end") << "2027-12-15T23:59:59Z" << 0 << 1 << "2028-01-15T23:59:59Z";
}

void TestExpiryExtension::testEachExpiryMovesFromItsOwnDate()
{
    QFETCH(QString, expiresAt);
    QFETCH(int, days);
    QFETCH(int, months);
    QFETCH(QString, expected);
    const ExpiryExtension by{.days = days, .months = months};
    QCOMPARE(shown(by.apply(at(expiresAt.toStdString().c_str()), at("2027-01-06T10:00:00Z"))), expected);
}

void TestExpiryExtension::testNeverStaysNever()
{
    QCOMPARE(shown(ExpiryExtension{.days = 30}.apply(std::nullopt, at("2027-01-06T10:00:00Z"))),
             QStringLiteral("never"));
}

QTEST_APPLESS_MAIN(TestExpiryExtension)
#include "TestExpiryExtension.moc"
