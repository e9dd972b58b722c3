#include "radius/RadiusAttributeText.h"
#include "radius/RadiusDictionary.h"

#include "RadiusTestData.h"

#include <QTest>

using namespace castellan;
using namespace radius_test;

/// Attribute lists as text and bytes, over the dictionary's data types and vendor attributes.
class TestRadiusAttributeText : public QObject
{
    Q_OBJECT

private slots:
    void testVectors_data() { addRows(QStringLiteral("radius/attributes.txt")); }
    void testVectors()
    {
        QFETCH(QString, keyword);
        QFETCH(QStringList, fields);
        QCOMPARE(fields.size(), 2);
        if (keyword == QLatin1String("pair")) {
            checkPair(fields[0], fields[1]);
        } else if (keyword == QLatin1String("decode")) {
            QCOMPARE(format(fields[0]), fields[1]);
        } else {
            QCOMPARE(keyword, QStringLiteral("parse-error"));
            const auto parsed = RadiusAttributeText::parse(fields[0].toStdString());
            QVERIFY(!parsed.ok());
            QCOMPARE(QString::fromStdString(parsed.error().message), fields[1]);
        }
        ++m_checked;
    }

    void testEveryVectorFileCaseRan() { QCOMPARE(m_checked, declared(QStringLiteral("radius/attributes.txt"))); }

    void testDictionaryNamesAndNumbersAreUnique()
    {
        QSet<QString> names;
        QSet<QPair<quint32, int>> numbers;
        for (const RadiusAttributeDefinition& d : RadiusDictionary::all()) {
            const QString name = QString::fromLatin1(d.name.data(), static_cast<qsizetype>(d.name.size())).toLower();
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QVERIFY2(!numbers.contains({d.vendor, d.type}), qPrintable(name));
            numbers.insert({d.vendor, d.type});
            QCOMPARE(RadiusDictionary::byName(d.name), &d);
            QCOMPARE(RadiusDictionary::byType(d.vendor, d.type), &d);
            QVERIFY(d.vendor == 0 || !RadiusDictionary::vendorName(d.vendor).empty());
        }
        QCOMPARE(RadiusDictionary::byName("framed-ip-address")->type, std::uint8_t(8));
    }

    void testOctetsWithoutHexPrefixAreTakenAsText()
    {
        const auto attribute = RadiusAttributeText::make("Class", "vpn-users");
        QVERIFY(attribute.ok());
        QCOMPARE(QString::fromLatin1(reinterpret_cast<const char*>(attribute->value.data()),
                                     static_cast<qsizetype>(attribute->value.size())),
                 QStringLiteral("vpn-users"));
    }

private:
    static QString format(const QString& attributeHex)
    {
        std::vector<std::uint8_t> bytes{1, 0, 0, 0};
        bytes.resize(RadiusPacket::kHeaderSize, 0);
        const auto attributes = VectorFile::hexBytes(attributeHex);
        bytes.insert(bytes.end(), attributes.begin(), attributes.end());
        bytes[2] = static_cast<std::uint8_t>(bytes.size() >> 8);
        bytes[3] = static_cast<std::uint8_t>(bytes.size());
        const auto packet = RadiusPacket::decode(bytes);
        return packet ? QString::fromStdString(RadiusAttributeText::format(packet->attributes))
                      : QString::fromStdString(packet.error().message);
    }

    static void checkPair(const QString& text, const QString& attributeHex)
    {
        const auto parsed = RadiusAttributeText::parse(text.toStdString());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        std::vector<std::uint8_t> wire;
        for (const RadiusAttribute& a : *parsed) {
            wire.push_back(a.type);
            wire.push_back(static_cast<std::uint8_t>(a.value.size() + 2));
            wire.insert(wire.end(), a.value.begin(), a.value.end());
        }
        QCOMPARE(hex(wire), attributeHex);
        QCOMPARE(format(attributeHex), text);
    }

    int m_checked = 0;
};

QTEST_GUILESS_MAIN(TestRadiusAttributeText)
#include "TestRadiusAttributeText.moc"
