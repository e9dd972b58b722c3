#include "auth/HotpTokenImport.h"

#include <QtTest>

using namespace castellan;

namespace {

std::string issuesText(const HotpTokenPlan& plan)
{
    std::string text;
    for (const ImportIssue& i : plan.issues) {
        text += std::to_string(i.line) + " " + i.field + ": " + i.message + "\n";
    }
    return text;
}

} // namespace

/// Reading a vendor's HOTP seed file: columns by name, the seed in hex or base32, per-line problems, repeated
/// serials, and a header that is not understood refusing the whole file.
class TestHotpTokenImport : public QObject
{
    Q_OBJECT
private slots:
    void testValidFileGivesOneRowPerToken()
    {
        const HotpTokenPlan plan = HotpTokenImport::plan("Serial;User;Seed;Counter;Digits;Algorithm\n"
                                                         "OATH1;alice;3132333435363738393031323334353637383930;5;8;"
                                                         "sha256\n"
                                                         ";;;;;\n"
                                                         "OATH2;bob;3132333435363738393031323334353637383931;;;\n");
        QVERIFY2(plan.issues.empty(), issuesText(plan).c_str());
        QCOMPARE(plan.totalRows, size_t(2));
        QCOMPARE(plan.rows.size(), size_t(2));
        QCOMPARE(plan.rows[0].username, std::string("alice"));
        QCOMPARE(plan.rows[0].counter, std::int64_t(5));
        QCOMPARE(plan.rows[0].digits, 8);
        QCOMPARE(plan.rows[0].algorithm, std::string("SHA256"));
        QCOMPARE(std::string(plan.rows[0].seed.begin(), plan.rows[0].seed.end()), std::string("12345678901234567890"));
        QCOMPARE(plan.rows[1].line, size_t(4));
        QCOMPARE(plan.rows[1].digits, 6);
        QCOMPARE(plan.rows[1].algorithm, std::string("SHA1"));
    }

    void testBadRowsAreReportedByLineAndField()
    {
        const HotpTokenPlan plan = HotpTokenImport::plan("username,serial,secret,secret_hex,digits\n"
                                                         "alice,T1,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ,,6\n"
                                                         "bob,T2,,31323334,6\n"
                                                         "carol,T1,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ,,6\n"
                                                         ",T3,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ,,9\n"
                                                         "dave,T4,,,\n");
        QCOMPARE(plan.rows.size(), size_t(1));
        QCOMPARE(issuesText(plan), std::string("3 secret_hex: must be at least 128 bits (RFC 4226 §4)\n"
                                               "4 serial: repeats the serial of line 2\n"
                                               "5 username: is required (1 to 256 characters)\n"
                                               "5 digits: must be a whole number from 6 to 8\n"
                                               "6 secret: is required: the token's seed in secret (base32) or "
                                               "secret_hex\n"));
        QVERIFY(!plan.fileRefused);
    }

    void testUnknownOrMissingColumnsRefuseTheFile()
    {
        const HotpTokenPlan plan = HotpTokenImport::plan("username,serial,pin\nalice,T1,1234\n");
        QVERIFY(plan.fileRefused);
        QCOMPARE(issuesText(plan), std::string("1 pin: is not a token column (username, serial, secret, secret_hex, "
                                               "counter, digits, algorithm, label)\n"
                                               "1 secret: column is required: secret (base32) or secret_hex (hex)\n"));
        QVERIFY(HotpTokenImport::plan("").fileRefused);
        QVERIFY(HotpTokenImport::plan("username,serial,seed\n\"alice,T1,00\n").fileRefused);
    }
};

QTEST_GUILESS_MAIN(TestHotpTokenImport)
#include "TestHotpTokenImport.moc"
