#include "validation/Ipv4Address.h"

#include "FieldErrorText.h"
#include "VectorFile.h"

#include <QTest>

using namespace castellan;

namespace {
constexpr int kCases = 34;
} // namespace

class TestIpv4Address : public QObject
{
    Q_OBJECT

private slots:
    void testVectors_data();
    void testVectors();
    void testEveryVectorFileCaseRan();
    void testToStringRoundTripsEveryOctet();
    void testErrorNamesTheGivenField();

private:
    int m_checked = 0;
};

void TestIpv4Address::testVectors_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("fields");
    const VectorFile vectors = VectorFile::load(QStringLiteral("validation/ipv4-addresses.txt"));
    QVERIFY2(vectors.error().isEmpty(), qPrintable(vectors.error()));
    for (const VectorCase& c : vectors.cases()) {
        QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields;
    }
}

void TestIpv4Address::testVectors()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(fields.size(), 2);
    const auto octets = Ipv4Address::parse(fields[0].toStdString());
    if (keyword == QLatin1String("valid")) {
        QCOMPARE(outcomeText(octets), QStringLiteral("<accepted>"));
        const auto expected = VectorFile::hexBytes(fields[1]);
        QCOMPARE(std::vector<std::uint8_t>(octets->begin(), octets->end()), expected);
        QCOMPARE(QString::fromStdString(Ipv4Address::toString(*octets)), fields[0]);
    } else {
        QCOMPARE(keyword, QStringLiteral("error"));
        QVERIFY(!octets.ok());
        QCOMPARE(octets.error().code, ErrorCode::InvalidInput);
        QCOMPARE(outcomeText(octets), QStringLiteral("framed_ip: ") + fields[1]);
    }
    ++m_checked;
}

void TestIpv4Address::testEveryVectorFileCaseRan()
{
    const VectorFile file = VectorFile::load(QStringLiteral("validation/ipv4-addresses.txt"));
    QCOMPARE(file.declaredCount(), kCases);
    QCOMPARE(file.cases().size(), kCases);
    QCOMPARE(m_checked, kCases);
}

void TestIpv4Address::testToStringRoundTripsEveryOctet()
{
    for (int value = 0; value < 256; ++value) {
        const auto octet = static_cast<std::uint8_t>(value);
        const Ipv4Address::Octets octets{10, octet, static_cast<std::uint8_t>(255 - value), octet};
        const auto parsed = Ipv4Address::parse(Ipv4Address::toString(octets));
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, octets);
    }
}

void TestIpv4Address::testErrorNamesTheGivenField()
{
    QCOMPARE(outcomeText(Ipv4Address::parse("1.2.3", "address")),
             QStringLiteral("address: must be an IPv4 address such as 10.0.0.5"));
}

QTEST_APPLESS_MAIN(TestIpv4Address)
#include "TestIpv4Address.moc"
