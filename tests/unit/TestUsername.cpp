#include "validation/Username.h"

#include "FieldErrorText.h"
#include "VectorFile.h"

#include <QTest>

using namespace castellan;

namespace {
constexpr int kCases = 30;
} // namespace

class TestUsername : public QObject
{
    Q_OBJECT

private slots:
    void testVectors_data();
    void testVectors();
    void testEveryVectorFileCaseRan();
    void testOnlyTheDocumentedAsciiCharactersAreAllowed();
    void testKeyFoldsAsciiCaseOnly();
    void testErrorNamesTheGivenField();

private:
    int m_checked = 0;
};

void TestUsername::testVectors_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("fields");
    const VectorFile vectors = VectorFile::load(QStringLiteral("validation/usernames.txt"));
    QVERIFY2(vectors.error().isEmpty(), qPrintable(vectors.error()));
    for (const VectorCase& c : vectors.cases()) {
        QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields;
    }
}

void TestUsername::testVectors()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(fields.size(), 2);
    const std::string username = fields[0].toStdString();
    const auto valid = Username::validate(username);
    if (keyword == QLatin1String("valid")) {
        QCOMPARE(outcomeText(valid), QStringLiteral("<accepted>"));
        QCOMPARE(QString::fromStdString(Username::key(username)), fields[1]);
    } else {
        QCOMPARE(keyword, QStringLiteral("error"));
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, ErrorCode::InvalidInput);
        QCOMPARE(outcomeText(valid), QStringLiteral("username: ") + fields[1]);
    }
    ++m_checked;
}

void TestUsername::testEveryVectorFileCaseRan()
{
    const VectorFile file = VectorFile::load(QStringLiteral("validation/usernames.txt"));
    QCOMPARE(file.declaredCount(), kCases);
    QCOMPARE(file.cases().size(), kCases);
    QCOMPARE(m_checked, kCases);
}

void TestUsername::testOnlyTheDocumentedAsciiCharactersAreAllowed()
{
    const QString allowed = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-@!#%+.$");
    for (int byte = 0; byte < 256; ++byte) {
        const char c = static_cast<char>(byte);
        const bool expected = byte < 128 && allowed.contains(QLatin1Char(c));
        QVERIFY2(Username::isAllowedCharacter(c) == expected, qPrintable(QString::number(byte)));
        QCOMPARE(Username::validate(std::string(1, c)).ok(), expected);
    }
}

void TestUsername::testKeyFoldsAsciiCaseOnly()
{
    QCOMPARE(Username::key("Alice.YILMAZ@Example.com"), std::string("alice.yilmaz@example.com"));
    QCOMPARE(Username::key("Alice"), Username::key("ALICE"));
    // Not a valid username, but logins look up whatever was typed: non-ASCII bytes are left alone.
    QCOMPARE(QString::fromStdString(Username::key("ÇAĞRI")), QStringLiteral("ÇaĞri"));
}

void TestUsername::testErrorNamesTheGivenField()
{
    QCOMPARE(outcomeText(Username::validate("a b", "users[3].username")),
             QStringLiteral("users[3].username: may contain only Latin letters, digits and _ - @ ! # % + . $"));
}

QTEST_APPLESS_MAIN(TestUsername)
#include "TestUsername.moc"
