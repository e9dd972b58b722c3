#include "radius/SourceNetwork.h"

#include "RadiusTestData.h"

#include <QTest>

using namespace castellan;
using namespace radius_test;

/// RADIUS client sources: parsing, canonical form and matching, from tests/data/radius/source-networks.txt.
class TestSourceNetwork : public QObject
{
    Q_OBJECT

private slots:
    void testVectors_data() { addRows(QStringLiteral("radius/source-networks.txt")); }
    void testVectors()
    {
        QFETCH(QString, keyword);
        QFETCH(QStringList, fields);
        const auto parsed = SourceNetwork::parse(fields.value(0).toStdString());
        if (keyword == QLatin1String("network")) {
            QVERIFY(parsed.ok());
            QCOMPARE(QString::fromStdString(parsed->toString()), fields[1]);
            QVERIFY(SourceNetwork::parse(parsed->toString()).ok());
        } else if (keyword == QLatin1String("match")) {
            QVERIFY(parsed.ok());
            QCOMPARE(parsed->contains(fields[1].toStdString()), fields[2] == QLatin1String("yes"));
        } else {
            QCOMPARE(keyword, QStringLiteral("error"));
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().fields.size(), std::size_t(1));
            QCOMPARE(parsed.error().fields[0].field, std::string("source"));
            QCOMPARE(QString::fromStdString(parsed.error().fields[0].message), fields[1]);
        }
        ++m_checked;
    }

    void testEveryVectorFileCaseRan() { QCOMPARE(m_checked, declared(QStringLiteral("radius/source-networks.txt"))); }

private:
    int m_checked = 0;
};

QTEST_GUILESS_MAIN(TestSourceNetwork)
#include "TestSourceNetwork.moc"
