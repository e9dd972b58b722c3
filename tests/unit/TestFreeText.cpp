#include "validation/FreeText.h"

#include "FieldErrorText.h"

#include <QTest>

using namespace castellan;

namespace {
std::string repeated(std::string_view text, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i) {
        out += text;
    }
    return out;
}
} // namespace

class TestFreeText : public QObject
{
    Q_OBJECT

private slots:
    void testSurroundingWhiteSpaceIsTrimmed();
    void testTurkishLettersCountAsOneCharacterEach();
    void testControlCharactersAreRefused_data();
    void testControlCharactersAreRefused();
    void testLineBreaksOnlyInMultipleLines();
    void testInvalidUtf8IsRefused();
    void testEmptyTextIsNotAnError();
};

void TestFreeText::testSurroundingWhiteSpaceIsTrimmed()
{
    QCOMPARE(QString::fromStdString(std::string(FreeText::trimmed(" \t Çağrı Şükrü \r\n"))),
             QStringLiteral("Çağrı Şükrü"));
    const auto name = FreeText::normalise("  Ayşe  Yılmaz ", 100, "first_name");
    QVERIFY(name.ok());
    QCOMPARE(QString::fromStdString(*name), QStringLiteral("Ayşe  Yılmaz"));
}

void TestFreeText::testTurkishLettersCountAsOneCharacterEach()
{
    const std::string hundred = repeated("ş", 100); // 200 bytes
    QVERIFY(FreeText::normalise(hundred, 100, "last_name").ok());
    QCOMPARE(outcomeText(FreeText::normalise(hundred + "ş", 100, "last_name")),
             QStringLiteral("last_name: must be 100 characters or shorter"));
    QCOMPARE(outcomeText(FreeText::normalise(repeated("a", 1001), 1000, "description", FreeText::Lines::Multiple)),
             QStringLiteral("description: must be 1000 characters or shorter"));
}

void TestFreeText::testControlCharactersAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("NUL") << QByteArray("Ali\0ce", 6);
    QTest::newRow("BEL") << QByteArray("Ali\ace");
    QTest::newRow("ESC") << QByteArray("Ali\x1b[31mce");
    QTest::newRow("DEL") << QByteArray("Ali\x7f"
                                       "ce");
    QTest::newRow("C1 NEL U+0085") << QByteArray("Ali\xc2\x85"
                                                 "ce");
    QTest::newRow("C1 CSI U+009B") << QByteArray("Ali\xc2\x9b"
                                                 "ce");
}

void TestFreeText::testControlCharactersAreRefused()
{
    QFETCH(QByteArray, text);
    const std::string value(text.constData(), static_cast<std::size_t>(text.size()));
    for (const auto lines : {FreeText::Lines::Single, FreeText::Lines::Multiple}) {
        QCOMPARE(outcomeText(FreeText::normalise(value, 100, "sponsor_name", lines)),
                 QStringLiteral("sponsor_name: must not contain control characters"));
    }
}

void TestFreeText::testLineBreaksOnlyInMultipleLines()
{
    const std::string text = "first line\r\nsecond\tline\nthird";
    QCOMPARE(outcomeText(FreeText::normalise(text, 100, "first_name")),
             QStringLiteral("first_name: must not contain control characters"));
    const auto description = FreeText::normalise(text, 1000, "description", FreeText::Lines::Multiple);
    QVERIFY(description.ok());
    QCOMPARE(*description, text);
    // U+00A0 (C2 A0) follows the C1 block and is an ordinary character.
    QVERIFY(FreeText::normalise("Ali\xc2\xa0Veli", 100, "first_name").ok());
}

void TestFreeText::testInvalidUtf8IsRefused()
{
    QCOMPARE(outcomeText(FreeText::normalise("\xc7"
                                             "a\xf0r\xfd",
                                             100, "first_name")),
             QStringLiteral("first_name: must be valid UTF-8 text"));
}

void TestFreeText::testEmptyTextIsNotAnError()
{
    const auto empty = FreeText::normalise(" \t ", 100, "first_name");
    QVERIFY(empty.ok());
    QVERIFY(empty->empty());
}

QTEST_APPLESS_MAIN(TestFreeText)
#include "TestFreeText.moc"
