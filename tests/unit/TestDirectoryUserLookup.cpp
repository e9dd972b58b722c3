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
