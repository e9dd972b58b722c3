#include "validation/PhoneNumber.h"

#include "FieldErrorText.h"
#include "VectorFile.h"

#include <QTest>

#include <stdexcept>

using namespace castellan;

namespace {
constexpr int kCases = 37;
} // namespace

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void testVectors_data();
    void testVectors();
    void testEveryVectorFileCaseRan();
    void testDefaultCallingCodeIsTurkey();
    void testErrorNamesTheGivenField();
    void testCallingCodeOutsideRangeIsABug();
    void testE164OutputIsAFixedPoint();

private:
    int m_checked = 0;
};

void TestPhoneNumber::testVectors_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("fields");
    const VectorFile vectors = VectorFile::load(QStringLiteral("validation/phone-numbers.txt"));
    QVERIFY2(vectors.error().isEmpty(), qPrintable(vectors.error()));
    for (const VectorCase& c : vectors.cases()) {
        QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields;
    }
}

void TestPhoneNumber::testVectors()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(fields.size(), 3);
    const auto number = PhoneNumber::normalise(fields[1].toStdString(), fields[0].toInt());
    if (keyword == QLatin1String("valid")) {
        QCOMPARE(outcomeText(number), QStringLiteral("<accepted>"));
        QCOMPARE(QString::fromStdString(*number), fields[2]);
    } else {
        QCOMPARE(keyword, QStringLiteral("error"));
        QVERIFY(!number.ok());
        QCOMPARE(number.error().code, ErrorCode::InvalidInput);
        QCOMPARE(outcomeText(number), QStringLiteral("phone: ") + fields[2]);
    }
    ++m_checked;
}

void TestPhoneNumber::testEveryVectorFileCaseRan()
{
    const VectorFile file = VectorFile::load(QStringLiteral("validation/phone-numbers.txt"));
    QCOMPARE(file.declaredCount(), kCases);
    QCOMPARE(file.cases().size(), kCases);
    QCOMPARE(m_checked, kCases);
}

void TestPhoneNumber::testDefaultCallingCodeIsTurkey()
{
    QCOMPARE(PhoneNumber::kDefaultCallingCode, 90);
    QCOMPARE(*PhoneNumber::normalise("0555 444 33 22"), std::string("+905554443322"));
}

void TestPhoneNumber::testErrorNamesTheGivenField()
{
    QCOMPARE(outcomeText(PhoneNumber::normalise("12", 90, "mobile")),
             QStringLiteral("mobile: must start with + and the country calling code, or be 0 and 10 digits"));
}

void TestPhoneNumber::testCallingCodeOutsideRangeIsABug()
{
    for (const int code : {0, -90, 1000}) {
        bool thrown = false;
        try {
            static_cast<void>(PhoneNumber::normalise("05554443322", code));
        } catch (const std::invalid_argument&) {
            thrown = true;
        }
        QVERIFY2(thrown, qPrintable(QString::number(code)));
    }
}

void TestPhoneNumber::testE164OutputIsAFixedPoint()
{
    const VectorFile vectors = VectorFile::load(QStringLiteral("validation/phone-numbers.txt"));
    for (const VectorCase& c : vectors.cases()) {
        if (c.keyword == QLatin1String("valid")) {
            const auto again = PhoneNumber::normalise(c.fields[2].toStdString(), 44);
            QVERIFY2(again.ok(), qPrintable(c.where));
            QCOMPARE(QString::fromStdString(*again), c.fields[2]);
        }
    }
}

QTEST_APPLESS_MAIN(TestPhoneNumber)
#include "TestPhoneNumber.moc"
