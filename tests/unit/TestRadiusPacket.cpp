#include "radius/RadiusAttributeText.h"
#include "radius/RadiusPacket.h"

#include "RadiusTestData.h"

#include <QTest>

using namespace castellan;
using namespace radius_test;

/// RFC 2865 §3 packets: malformed datagrams are refused with a reason, good ones survive a decode/encode round trip.
class TestRadiusPacket : public QObject
{
    Q_OBJECT

private slots:
    void testMalformedDatagramsAreRefusedWithTheReason_data() { addRows(QStringLiteral("radius/errors.txt")); }
    void testMalformedDatagramsAreRefusedWithTheReason()
    {
        QFETCH(QString, keyword);
        QFETCH(QStringList, fields);
        QCOMPARE(keyword, QStringLiteral("error"));
        QCOMPARE(fields.size(), 2);
        const auto decoded = RadiusPacket::decode(VectorFile::hexBytes(fields[0]));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::InvalidInput);
        QCOMPARE(QString::fromStdString(decoded.error().message), fields[1]);
        ++m_checked[QStringLiteral("errors")];
    }

    void testPacketsDecodeToTheirAttributesAndEncodeBack_data() { addRows(QStringLiteral("radius/packets.txt")); }
    void testPacketsDecodeToTheirAttributesAndEncodeBack()
    {
        QFETCH(QString, keyword);
        QFETCH(QStringList, fields);
        QCOMPARE(keyword, QStringLiteral("packet"));
        QCOMPARE(fields.size(), 4);
        const auto datagram = VectorFile::hexBytes(fields[0]);
        const auto decoded = RadiusPacket::decode(datagram);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
        QCOMPARE(QString::fromStdString(radiusCodeName(decoded->code)), fields[1]);
        QCOMPARE(int(decoded->identifier), fields[2].toInt());
        QCOMPARE(QString::fromStdString(RadiusAttributeText::format(decoded->attributes)), fields[3]);
        const auto encoded = decoded->encode();
        QVERIFY(encoded.ok());
        const std::size_t length = (std::size_t(datagram[2]) << 8) | datagram[3];
        QCOMPARE(hex(*encoded), hex(std::vector<std::uint8_t>(datagram.begin(), datagram.begin() + length)));
        ++m_checked[QStringLiteral("packets")];
    }

    void testEveryVectorFileCaseRan()
    {
        QCOMPARE(m_checked.value(QStringLiteral("errors")), declared(QStringLiteral("radius/errors.txt")));
        QCOMPARE(m_checked.value(QStringLiteral("packets")), declared(QStringLiteral("radius/packets.txt")));
    }

    void testEncodeRefusesValuesOver253Bytes()
    {
        RadiusPacket p;
        p.code = 2;
        p.add(18, std::vector<std::uint8_t>(253, 'x'));
        QVERIFY(p.encode().ok());
        p.add(18, std::vector<std::uint8_t>(254, 'x'));
        const auto encoded = p.encode();
        QVERIFY(!encoded.ok());
        QCOMPARE(encoded.error().message, std::string("attribute 18 has 254 value bytes, more than 253"));
    }

    void testEncodeRefusesPacketsOver4096Bytes()
    {
        RadiusPacket p;
        p.code = 2;
        for (int i = 0; i < 15; ++i) {
            p.add(18, std::vector<std::uint8_t>(253, 'x'));
        }
        QVERIFY(p.encode().ok()); // 20 + 15 * 255 = 3845
        p.add(18, std::vector<std::uint8_t>(253, 'x'));
        const auto encoded = p.encode();
        QVERIFY(!encoded.ok());
        QCOMPARE(encoded.error().message, std::string("packet of 4100 bytes exceeds 4096"));
    }

    void testAttributeHelpersFindCountAndPutFirst()
    {
        RadiusPacket p;
        p.addText(1, "bob");
        p.addText(18, "one");
        p.addText(18, "two");
        p.addFirst(80, std::vector<std::uint8_t>(16, 0));
        QCOMPARE(p.attributes.front().type, std::uint8_t(80));
        QCOMPARE(p.count(18), std::size_t(2));
        QCOMPARE(*p.text(18), std::string("one"));
        QVERIFY(!p.text(24));
        QVERIFY(p.find(1));
        QVERIFY(!p.find(2));
    }

private:
    QMap<QString, int> m_checked;
};

QTEST_GUILESS_MAIN(TestRadiusPacket)
#include "TestRadiusPacket.moc"
