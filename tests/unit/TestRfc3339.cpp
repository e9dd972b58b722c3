#include "core/Rfc3339.h"

#include "crypto/Random.h"

#include "VectorFile.h"

#include <QDateTime>
#include <QTest>

#include <cstdlib>
#include <ctime>
#include <stdexcept>

using namespace castellan;

namespace {
constexpr int kParseCases = 23;
constexpr int kDateCases = 7;
constexpr int kFormatCases = 13;
constexpr int kErrorCases = 37;

std::int64_t randomSeconds(const Random& random, std::int64_t low, std::int64_t high)
{
    std::uint64_t value = 0;
    for (const std::uint8_t byte : random.bytes(8)) {
        value = value << 8 | byte;
    }
    return low + static_cast<std::int64_t>(value % static_cast<std::uint64_t>(high - low + 1));
}
} // namespace

class TestRfc3339 : public QObject
{
    Q_OBJECT

private slots:
    void testParsesDateTimes_data();
    void testParsesDateTimes();
    void testParsesDates_data();
    void testParsesDates();
    void testFormatsInUtc_data();
    void testFormatsInUtc();
    void testRefusesMalformedText_data();
    void testRefusesMalformedText();
    void testEveryVectorFileCaseRan();
    void testFormatAgreesWithQDateTime();
    void testFormatThenParseRoundTrips();
    void testFormatRefusesYearsRfc3339CannotWrite();
    void testTimeZoneEnvironmentIsIgnored();

private:
    void addRows(const QString& file);

    QMap<QString, int> m_checked;
};

void TestRfc3339::addRows(const QString& file)
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("fields");
    const VectorFile vectors = VectorFile::load(file);
    QVERIFY2(vectors.error().isEmpty(), qPrintable(vectors.error()));
    for (const VectorCase& c : vectors.cases()) {
        QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields;
    }
}

void TestRfc3339::testParsesDateTimes_data()
{
    addRows(QStringLiteral("rfc3339/parse.txt"));
}

void TestRfc3339::testParsesDateTimes()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(keyword, QStringLiteral("parse"));
    QCOMPARE(fields.size(), 2);
    const auto seconds = Rfc3339::parse(fields[0].toStdString());
    QVERIFY2(seconds.ok(), seconds.ok() ? "" : seconds.error().message.c_str());
    QCOMPARE(*seconds, fields[1].toLongLong());
    ++m_checked[QStringLiteral("parse")];
}

void TestRfc3339::testParsesDates_data()
{
    addRows(QStringLiteral("rfc3339/date.txt"));
}

void TestRfc3339::testParsesDates()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(keyword, QStringLiteral("date"));
    QCOMPARE(fields.size(), 2);
    const auto seconds = Rfc3339::parseDate(fields[0].toStdString());
    QVERIFY2(seconds.ok(), seconds.ok() ? "" : seconds.error().message.c_str());
    QCOMPARE(*seconds, fields[1].toLongLong());
    ++m_checked[QStringLiteral("date")];
}

void TestRfc3339::testFormatsInUtc_data()
{
    addRows(QStringLiteral("rfc3339/format.txt"));
}

void TestRfc3339::testFormatsInUtc()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(keyword, QStringLiteral("format"));
    QCOMPARE(fields.size(), 2);
    QCOMPARE(QString::fromStdString(Rfc3339::format(fields[0].toLongLong())), fields[1]);
    ++m_checked[QStringLiteral("format")];
}

void TestRfc3339::testRefusesMalformedText_data()
{
    addRows(QStringLiteral("rfc3339/errors.txt"));
}

void TestRfc3339::testRefusesMalformedText()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QVERIFY(keyword == QLatin1String("error") || keyword == QLatin1String("date-error"));
    QCOMPARE(fields.size(), 2);
    const std::string text = fields[0].toStdString();
    const auto seconds = keyword == QLatin1String("error") ? Rfc3339::parse(text) : Rfc3339::parseDate(text);
    QVERIFY2(!seconds.ok(), "the text was accepted");
    QCOMPARE(seconds.error().code, ErrorCode::InvalidInput);
    QCOMPARE(QString::fromStdString(seconds.error().message), fields[1]);
    ++m_checked[QStringLiteral("errors")];
}

void TestRfc3339::testEveryVectorFileCaseRan()
{
    const QList<std::tuple<QString, QString, int>> files{
        {QStringLiteral("parse"), QStringLiteral("rfc3339/parse.txt"), kParseCases},
        {QStringLiteral("date"), QStringLiteral("rfc3339/date.txt"), kDateCases},
        {QStringLiteral("format"), QStringLiteral("rfc3339/format.txt"), kFormatCases},
        {QStringLiteral("errors"), QStringLiteral("rfc3339/errors.txt"), kErrorCases},
    };
    for (const auto& [key, path, expected] : files) {
        const VectorFile file = VectorFile::load(path);
        QVERIFY2(file.error().isEmpty(), qPrintable(file.error()));
        QCOMPARE(file.declaredCount(), expected);
        QCOMPARE(file.cases().size(), expected);
        QCOMPARE(m_checked.value(key), expected);
    }
}

void TestRfc3339::testFormatAgreesWithQDateTime()
{
    // Qt's calendar code is an independent implementation; it has no year 0, so start at 0001-01-01.
    constexpr std::int64_t kYearOne = -62135596800;
    const Random random = Random::deterministic(3339);
    for (int i = 0; i < 20000; ++i) {
        const std::int64_t seconds = randomSeconds(random, kYearOne, Rfc3339::kMaxSeconds);
        const QString expected = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
        QCOMPARE(QString::fromStdString(Rfc3339::format(seconds)), expected);
    }
}

void TestRfc3339::testFormatThenParseRoundTrips()
{
    const Random random = Random::deterministic(4180);
    for (int i = 0; i < 20000; ++i) {
        const std::int64_t seconds = randomSeconds(random, Rfc3339::kMinSeconds, Rfc3339::kMaxSeconds);
        const auto parsed = Rfc3339::parse(Rfc3339::format(seconds));
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, seconds);
    }
    for (const std::int64_t seconds : {Rfc3339::kMinSeconds, Rfc3339::kMaxSeconds, std::int64_t{0}}) {
        const auto parsed = Rfc3339::parse(Rfc3339::format(seconds));
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, seconds);
    }
}

void TestRfc3339::testFormatRefusesYearsRfc3339CannotWrite()
{
    for (const std::int64_t seconds : {Rfc3339::kMinSeconds - 1, Rfc3339::kMaxSeconds + 1}) {
        bool thrown = false;
        try {
            static_cast<void>(Rfc3339::format(seconds));
        } catch (const std::out_of_range&) {
            thrown = true;
        }
        QVERIFY2(thrown, qPrintable(QString::number(seconds)));
    }
}

void TestRfc3339::testTimeZoneEnvironmentIsIgnored()
{
    const QByteArray saved = qgetenv("TZ");
    for (const char* zone : {"Europe/Istanbul", "America/Los_Angeles", "Asia/Kathmandu", "UTC"}) {
        qputenv("TZ", zone);
        tzset();
        QCOMPARE(*Rfc3339::parse("2027-01-31T23:59:59Z"), std::int64_t{1801439999});
        QCOMPARE(*Rfc3339::parseDate("2027-01-31"), std::int64_t{1801353600});
        QCOMPARE(QString::fromStdString(Rfc3339::format(1801439999)), QStringLiteral("2027-01-31T23:59:59Z"));
    }
    if (saved.isNull()) {
        qunsetenv("TZ");
    } else {
        qputenv("TZ", saved);
    }
    tzset();
}

QTEST_APPLESS_MAIN(TestRfc3339)
#include "TestRfc3339.moc"
