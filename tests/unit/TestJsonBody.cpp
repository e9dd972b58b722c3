#include "FieldErrorText.h"
#include "rest/JsonBody.h"

#include <QtTest>

using namespace castellan;

namespace {

/// What JsonBody::integer("n", true, 0, 100) makes of `{"n": <literal>}`: the number, or the field errors.
QString readSmallCount(const std::string& literal)
{
    RestRequest request;
    request.body = "{\"n\": " + literal + ", \"label\": \"12345678901234567890123\"}";
    auto body = JsonBody::parse(request);
    if (!body) {
        return "unparsed: " + fieldErrorText(body.error().fields);
    }
    auto n = body->integer("n", true, 0, 100);
    return n ? QString::number(*n) : fieldErrorText(body->errors());
}

} // namespace

class TestJsonBody : public QObject
{
    Q_OBJECT
private slots:
    void testNumbersOutOfRangeNameTheField_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QString>("expected");
        const QString range = "n: must be a whole number from 0 to 100";
        QTest::newRow("in range") << "42"
                                  << "42";
        QTest::newRow("2^63") << "9223372036854775808" << range;
        QTest::newRow("2^64") << "18446744073709551616" << range;
        QTest::newRow("20 digits") << "99999999999999999999" << range;
        QTest::newRow("-2^63 - 1") << "-9223372036854775809" << range;
        QTest::newRow("-2^63") << "-9223372036854775808" << range;
        QTest::newRow("1e300") << "1e300" << range;
        QTest::newRow("1e400") << "1e400" << range;
        QTest::newRow("-1e400") << "-1e400" << range;
        QTest::newRow("1e-400") << "1e-400" << range;
        QTest::newRow("400 digits") << QString(400, '9') << range;
        QTest::newRow("fraction") << "1.5" << range;
        QTest::newRow("101") << "101" << range;
        QTest::newRow("-1") << "-1" << range;
        QTest::newRow("text") << "\"5\""
                              << "n: must be a whole number";
        QTest::newRow("boolean") << "true"
                                 << "n: must be a whole number";
        QTest::newRow("object") << "{}"
                                << "n: must be a whole number";
    }
    void testNumbersOutOfRangeNameTheField()
    {
        QFETCH(QString, literal);
        QFETCH(QString, expected);
        QCOMPARE(readSmallCount(literal.toStdString()), expected);
    }
    void testHugeIntegerInsideTextIsLeftAlone()
    {
        RestRequest request;
        request.body = "{\"s\": \"99999999999999999999 \\\" 99999999999999999999\", \"n\": 7}";
        auto body = JsonBody::parse(request);
        QVERIFY(body);
        QCOMPARE(*body->text("s"), std::string("99999999999999999999 \" 99999999999999999999"));
        QCOMPARE(*body->integer("n"), std::int64_t(7));
    }
    void testIdsOutOfRangeNameTheElement()
    {
        RestRequest request;
        request.body = R"({"ids": [1, 9223372036854775808]})";
        auto body = JsonBody::parse(request);
        QVERIFY(body);
        QVERIFY(!body->integers("ids", true, 1));
        QCOMPARE(fieldErrorText(body->errors()),
                 QString("ids[1]: must be a whole number from 1 to 9223372036854775807"));
    }
    void testLargestInt64IsRead()
    {
        RestRequest request;
        request.body = R"({"n": 9223372036854775807, "m": -9223372036854775808})";
        auto body = JsonBody::parse(request);
        QVERIFY(body);
        QCOMPARE(*body->integer("n"), INT64_MAX);
        QCOMPARE(*body->integer("m"), INT64_MIN);
    }
    void testNonStringArrayElementsAreQuotedAsJson()
    {
        QCOMPARE(jsonText(Poco::Dynamic::Var()), std::string("null"));
        QCOMPARE(jsonText(Poco::Dynamic::Var(3)), std::string("3"));
        QCOMPARE(jsonText(Poco::Dynamic::Var(std::string("totp"))), std::string("totp"));
    }
};

QTEST_APPLESS_MAIN(TestJsonBody)
#include "TestJsonBody.moc"
