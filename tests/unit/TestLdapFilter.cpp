#include "directory/LdapFilter.h"

#include "VectorFile.h"

#include <QTest>

using namespace castellan;

namespace {

std::vector<std::string> attributeList(const QString& commaSeparated)
{
    std::vector<std::string> names;
    for (const QString& name : commaSeparated.split(QLatin1Char(','))) {
        names.push_back(name.toStdString());
    }
    return names;
}

} // namespace

/// RFC 4515 escaping and the filters the directory code builds (tests/data/ldap/rfc4515.txt).
class TestLdapFilter : public QObject
{
    Q_OBJECT

private slots:
    void testVectors_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QStringList>("fields");
        const VectorFile vectors = VectorFile::load(QStringLiteral("ldap/rfc4515.txt"));
        QVERIFY2(vectors.error().isEmpty(), qPrintable(vectors.error()));
        for (const VectorCase& c : vectors.cases()) {
            QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields;
        }
    }
    void testVectors()
    {
        QFETCH(QString, keyword);
        QFETCH(QStringList, fields);
        const std::string first = fields.value(0).toStdString();
        if (keyword == QLatin1String("escape")) {
            QCOMPARE(QString::fromStdString(LdapFilter::escapeValue(first)), fields.value(1));
        } else if (keyword == QLatin1String("filter")) {
            QCOMPARE(QString::fromStdString(
                         LdapFilter::anyEquals(attributeList(fields.value(0)), fields.value(1).toStdString())),
                     fields.value(2));
        } else if (keyword == QLatin1String("wellformed") || keyword == QLatin1String("malformed")) {
            QCOMPARE(LdapFilter::isWellFormed(first), keyword == QLatin1String("wellformed"));
        } else {
            QVERIFY2(keyword == QLatin1String("attribute") || keyword == QLatin1String("notattribute"),
                     qPrintable(keyword));
            QCOMPARE(LdapFilter::isAttributeName(first), keyword == QLatin1String("attribute"));
        }
        ++m_checked;
    }
    void testEveryVectorFileCaseRan()
    {
        const VectorFile vectors = VectorFile::load(QStringLiteral("ldap/rfc4515.txt"));
        QCOMPARE(m_checked, vectors.declaredCount());
        QCOMPARE(static_cast<int>(vectors.cases().size()), vectors.declaredCount());
    }

    void testNulIsEscaped()
    {
        QCOMPARE(LdapFilter::escapeValue(std::string("a\0b", 3)), std::string("a\\00b"));
        QVERIFY(!LdapFilter::isWellFormed(std::string("(cn=a\0b)", 8)));
    }

    void testBothSkipsAnEmptyFilter()
    {
        QCOMPARE(LdapFilter::both("", "(uid=a)"), std::string("(uid=a)"));
        QCOMPARE(LdapFilter::both("(objectClass=person)", ""), std::string("(objectClass=person)"));
        QCOMPARE(LdapFilter::both("(objectClass=person)", "(uid=a)"), std::string("(&(objectClass=person)(uid=a))"));
    }

private:
    int m_checked = 0;
};

QTEST_GUILESS_MAIN(TestLdapFilter)
#include "TestLdapFilter.moc"
