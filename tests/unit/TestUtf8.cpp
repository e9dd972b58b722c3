#include "validation/Utf8.h"

#include "VectorFile.h"

#include <QTest>

using namespace castellan;

namespace {
constexpr int kCases = 40;

std::string bytesOf(const QString& hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}
} // namespace

class TestUtf8 : public QObject
{
    Q_OBJECT

private slots:
    void testClassifiesByteSequences_data();
    void testClassifiesByteSequences();
    void testEveryVectorFileCaseRan();
    void testAgreesWithQtOnEveryCodePoint();

private:
    int m_checked = 0;
};

void TestUtf8::testClassifiesByteSequences_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("fields");
    const VectorFile vectors = VectorFile::load(QStringLiteral("validation/utf8.txt"));
    QVERIFY2(vectors.error().isEmpty(), qPrintable(vectors.error()));
    for (const VectorCase& c : vectors.cases()) {
        QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields;
    }
}

void TestUtf8::testClassifiesByteSequences()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(fields.size(), 2);
    const std::string text = bytesOf(fields[0]);
    if (keyword == QLatin1String("valid")) {
        QVERIFY(Utf8::isValid(text));
        QCOMPARE(Utf8::validPrefixLength(text), text.size());
        QCOMPARE(Utf8::codePointCount(text), fields[1].toULongLong());
    } else {
        QCOMPARE(keyword, QStringLiteral("invalid"));
        QVERIFY(!Utf8::isValid(text));
        QCOMPARE(Utf8::validPrefixLength(text), fields[1].toULongLong());
    }
    ++m_checked;
}

void TestUtf8::testEveryVectorFileCaseRan()
{
    const VectorFile file = VectorFile::load(QStringLiteral("validation/utf8.txt"));
    QCOMPARE(file.declaredCount(), kCases);
    QCOMPARE(file.cases().size(), kCases);
    QCOMPARE(m_checked, kCases);
}

void TestUtf8::testAgreesWithQtOnEveryCodePoint()
{
    for (char32_t codePoint = 0; codePoint <= 0x10FFFF; ++codePoint) {
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (surrogate) {
            continue;
        }
        // Qt's encoder is independent of ours; the leading 'x' keeps it from dropping a U+FEFF as a byte order mark.
        const char32_t text32[] = {U'x', codePoint};
        const QByteArray encoded = QString::fromUcs4(text32, 2).toUtf8();
        const std::string text(encoded.constData(), static_cast<std::size_t>(encoded.size()));
        if (!Utf8::isValid(text) || Utf8::codePointCount(text) != 2) {
            QFAIL(qPrintable(QStringLiteral("U+%1").arg(static_cast<uint>(codePoint), 4, 16, QLatin1Char('0'))));
        }
    }
}

QTEST_APPLESS_MAIN(TestUtf8)
#include "TestUtf8.moc"
