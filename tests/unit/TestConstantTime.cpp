#include "crypto/ConstantTime.h"

#include <QTest>

#include <vector>

using namespace castellan;

class TestConstantTime : public QObject
{
    Q_OBJECT

private slots:
    void testEqualBytesCompareEqual();
    void testBytesDifferingAnywhereCompareUnequal();
    void testDifferentLengthsCompareUnequal();
    void testEmptyInputsCompareEqual();
    void testStringsCompareByContent();
};

void TestConstantTime::testEqualBytesCompareEqual()
{
    const std::vector<std::uint8_t> a{1, 2, 3, 4, 5};
    const std::vector<std::uint8_t> b{1, 2, 3, 4, 5};
    QVERIFY(ConstantTime::equals(a, b));
    QVERIFY(constantTimeEquals(a, b));
}

void TestConstantTime::testBytesDifferingAnywhereCompareUnequal()
{
    const std::vector<std::uint8_t> reference(32, 0x5A);
    for (std::size_t i = 0; i < reference.size(); ++i) {
        auto changed = reference;
        changed[i] ^= 0x01;
        QVERIFY2(!constantTimeEquals(reference, changed), qPrintable(QString::number(i)));
    }
}

void TestConstantTime::testDifferentLengthsCompareUnequal()
{
    const std::vector<std::uint8_t> shorter{1, 2, 3};
    const std::vector<std::uint8_t> longer{1, 2, 3, 0};
    QVERIFY(!constantTimeEquals(shorter, longer));
    QVERIFY(!constantTimeEquals(longer, shorter));
    QVERIFY(!constantTimeEquals(std::string_view("123456"), std::string_view("1234567")));
    QVERIFY(!constantTimeEquals(std::string_view(""), std::string_view("0")));
}

void TestConstantTime::testEmptyInputsCompareEqual()
{
    QVERIFY(constantTimeEquals(std::span<const std::uint8_t>(), std::span<const std::uint8_t>()));
    QVERIFY(constantTimeEquals(std::string_view(), std::string_view("")));
}

void TestConstantTime::testStringsCompareByContent()
{
    const std::string code = "123456";
    QVERIFY(constantTimeEquals(code, "123456"));
    QVERIFY(ConstantTime::equals(code, std::string("123456")));
    QVERIFY(!constantTimeEquals(code, "123457"));
    QVERIFY(!constantTimeEquals(code, "023456"));
    // Embedded NUL bytes take part in the comparison.
    QVERIFY(!constantTimeEquals(std::string_view("12\0"
                                                 "456",
                                                 6),
                                std::string_view("12\0"
                                                 "457",
                                                 6)));
}

QTEST_APPLESS_MAIN(TestConstantTime)
#include "TestConstantTime.moc"
