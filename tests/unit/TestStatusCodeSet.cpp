#include "notify/StatusCodeSet.h"

#include <QtTest>

using namespace castellan;

class TestStatusCodeSet : public QObject
{
    Q_OBJECT
private slots:
    void testDefaultIsAny2xx()
    {
        StatusCodeSet set;
        QVERIFY(set.contains(200));
        QVERIFY(set.contains(204));
        QVERIFY(set.contains(299));
        QVERIFY(!set.contains(199));
        QVERIFY(!set.contains(300));
        QCOMPARE(set.text(), std::string("2xx"));
    }
    void testCodesAndClassesCombine()
    {
        auto set = StatusCodeSet::parse(" 200, 202 ,3XX");
        QVERIFY(set);
        QVERIFY(set->contains(200));
        QVERIFY(set->contains(202));
        QVERIFY(!set->contains(201));
        QVERIFY(set->contains(302));
        QCOMPARE(set->text(), std::string("200, 202, 3xx"));
    }
    void testMalformedListsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("word") << "ok";
        QTest::newRow("four digits") << "2000";
        QTest::newRow("class 6") << "6xx";
        QTest::newRow("half class") << "2x0";
        QTest::newRow("trailing comma") << "200,";
        QTest::newRow("range") << "200-299";
    }
    void testMalformedListsAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!StatusCodeSet::parse(text.toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestStatusCodeSet)
#include "TestStatusCodeSet.moc"
