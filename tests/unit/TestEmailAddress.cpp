#include "validation/EmailAddress.h"

#include "FieldErrorText.h"
#include "VectorFile.h"

#include <QTest>

using namespace castellan;

namespace {
constexpr int kCases = 30;

// A domain of `length` characters: labels of 63 letters joined by dots, ending in ".com".
std::string domainOfLength(std::size_t length)
{
    std::string domain;
    while (length - domain.size() > 4 + 64) {
        domain += std::string(63, 'd') + ".";
    }
    domain += std::string(length - domain.size() - 4, 'e') + ".com";
    return domain;
}
} // namespace

class TestEmailAddress : public QObject
{
    Q_OBJECT

private slots:
    void testVectors_data();
    void testVectors();
    void testEveryVectorFileCaseRan();
    void testLocalPartLengthLimit();
    void testTotalLengthLimit();
    void testLabelLengthLimit();
    void testControlCharactersAreRefused();
    void testInvalidUtf8IsRefused();
    void testErrorNamesTheGivenField();

private:
    int m_checked = 0;
};

void TestEmailAddress::testVectors_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("fields");
    const VectorFile vectors = VectorFile::load(QStringLiteral("validation/email-addresses.txt"));
    QVERIFY2(vectors.error().isEmpty(), qPrintable(vectors.error()));
    for (const VectorCase& c : vectors.cases()) {
        QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields;
    }
}

void TestEmailAddress::testVectors()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(fields.size(), 2);
    const auto address = EmailAddress::normalise(fields[0].toStdString());
    if (keyword == QLatin1String("valid")) {
        QCOMPARE(outcomeText(address), QStringLiteral("<accepted>"));
        QCOMPARE(QString::fromStdString(*address), fields[1]);
    } else {
        QCOMPARE(keyword, QStringLiteral("error"));
        QVERIFY(!address.ok());
        QCOMPARE(address.error().code, ErrorCode::InvalidInput);
        QCOMPARE(outcomeText(address), QStringLiteral("email: ") + fields[1]);
    }
    ++m_checked;
}

void TestEmailAddress::testEveryVectorFileCaseRan()
{
    const VectorFile file = VectorFile::load(QStringLiteral("validation/email-addresses.txt"));
    QCOMPARE(file.declaredCount(), kCases);
    QCOMPARE(file.cases().size(), kCases);
    QCOMPARE(m_checked, kCases);
}

void TestEmailAddress::testLocalPartLengthLimit()
{
    QVERIFY(EmailAddress::normalise(std::string(64, 'l') + "@example.com").ok());
    QCOMPARE(outcomeText(EmailAddress::normalise(std::string(65, 'l') + "@example.com")),
             QStringLiteral("email: must have at most 64 characters before the @"));
}

void TestEmailAddress::testTotalLengthLimit()
{
    const std::string local(64, 'l');
    const std::string longest = local + "@" + domainOfLength(254 - 65);
    QCOMPARE(longest.size(), std::size_t{254});
    QCOMPARE(outcomeText(EmailAddress::normalise(longest)), QStringLiteral("<accepted>"));
    const std::string tooLong = local + "@" + domainOfLength(255 - 65);
    QCOMPARE(tooLong.size(), std::size_t{255});
    QCOMPARE(outcomeText(EmailAddress::normalise(tooLong)), QStringLiteral("email: must be 254 characters or shorter"));
}

void TestEmailAddress::testLabelLengthLimit()
{
    QVERIFY(EmailAddress::normalise("a@" + std::string(63, 'x') + ".com").ok());
    QCOMPARE(outcomeText(EmailAddress::normalise("a@" + std::string(64, 'x') + ".com")),
             QStringLiteral("email: must have a domain name such as example.com after the @"));
}

void TestEmailAddress::testControlCharactersAreRefused()
{
    // Tab, SOH, LF, DEL and the C1 control NEL (U+0085).
    const std::vector<std::string> addresses{"ali\tce@example.com", std::string("ali\x01") + "ce@example.com",
                                             "alice@exam\nple.com", std::string("ali\x7f") + "ce@example.com",
                                             std::string("ali\xc2\x85") + "ce@example.com"};
    for (const std::string& address : addresses) {
        QCOMPARE(outcomeText(EmailAddress::normalise(address)),
                 QStringLiteral("email: must not contain spaces or control characters"));
    }
}

void TestEmailAddress::testInvalidUtf8IsRefused()
{
    QCOMPARE(outcomeText(EmailAddress::normalise("\xc7"
                                                 "a\xf0r\xfd@example.com")),
             QStringLiteral("email: must be valid UTF-8 text"));
}

void TestEmailAddress::testErrorNamesTheGivenField()
{
    QCOMPARE(outcomeText(EmailAddress::normalise("sponsor", "sponsor_email")),
             QStringLiteral("sponsor_email: must contain exactly one @"));
}

QTEST_APPLESS_MAIN(TestEmailAddress)
#include "TestEmailAddress.moc"
