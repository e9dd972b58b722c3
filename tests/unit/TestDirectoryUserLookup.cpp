#include "directory/DirectoryUserLookup.h"

#include <QTest>

using namespace castellan;

/// How a directory entry's values are read, without a directory: unique ids as text and DNs compared.
class TestDirectoryUserLookup : public QObject
{
    Q_OBJECT

private slots:
    void testObjectGuidIsWrittenAsActiveDirectoryDoes()
    {
        // [MS-DTYP] 2.3.4.2: {00112233-4455-6677-8899-aabbccddeeff} is stored 33 22 11 00 55 44 77 66 88 99 aa ...
        const std::string bytes("\x33\x22\x11\x00\x55\x44\x77\x66\x88\x99\xaa\xbb\xcc\xdd\xee\xff", 16);
        QCOMPARE(DirectoryUserLookup::uniqueIdText("objectGUID", bytes),
                 std::string("00112233-4455-6677-8899-aabbccddeeff"));
        QCOMPARE(DirectoryUserLookup::uniqueIdText("objectguid", bytes),
                 std::string("00112233-4455-6677-8899-aabbccddeeff"));
    }

    void testTextIdsStayAndOtherBinaryIsHex()
    {
        QCOMPARE(DirectoryUserLookup::uniqueIdText("entryUUID", "d47c9068-86d9-1041-80ca-1bca87197e89"),
                 std::string("d47c9068-86d9-1041-80ca-1bca87197e89"));
        QCOMPARE(DirectoryUserLookup::uniqueIdText("customId", std::string("\x01\x02\xff", 3)), std::string("0102ff"));
    }

    void testActiveDirectorysFramedIpIntegerIsWrittenDotted_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("text");
        // The address's four bytes, most significant first, read as a signed 32-bit integer.
        QTest::newRow("negative") << "msRADIUSFramedIPAddress"
                                  << "-1062731510"
                                  << "192.168.1.10";
        QTest::newRow("positive") << "msRADIUSFramedIPAddress"
                                  << "167772161"
                                  << "10.0.0.1";
        QTest::newRow("unsigned") << "msradiusframedipaddress"
                                  << "3232235786"
                                  << "192.168.1.10";
        QTest::newRow("all ones") << "msRADIUSFramedIPAddress"
                                  << "-1"
                                  << "255.255.255.255";
        QTest::newRow("already dotted") << "msRADIUSFramedIPAddress"
                                        << "192.168.1.10"
                                        << "192.168.1.10";
        QTest::newRow("out of range") << "msRADIUSFramedIPAddress"
                                      << "4294967296"
                                      << "4294967296";
        QTest::newRow("another attribute") << "employeeNumber"
                                           << "-1062731510"
                                           << "-1062731510";
        QTest::newRow("plain LDAP's") << "radiusFramedIPAddress"
                                      << "10.0.0.1"
                                      << "10.0.0.1";
    }
    void testActiveDirectorysFramedIpIntegerIsWrittenDotted()
    {
        QFETCH(QString, attribute);
        QFETCH(QString, value);
        QFETCH(QString, text);
        QCOMPARE(DirectoryUserLookup::fieldText(attribute.toStdString(), value.toStdString()), text.toStdString());
    }

    void testDnsCompareWithoutCaseOrSpacing()
    {
        QVERIFY(DirectoryUserLookup::sameDn("cn=VPN Users,ou=Groups,dc=castellan,dc=test",
                                            "CN=vpn users, OU=groups, DC=Castellan, DC=test"));
        QVERIFY(!DirectoryUserLookup::sameDn("cn=vpn-users,ou=groups,dc=castellan,dc=test",
                                             "cn=engineers,ou=groups,dc=castellan,dc=test"));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryUserLookup)
#include "TestDirectoryUserLookup.moc"
