#include "auth/UserCsvColumns.h"

#include <QTest>

using namespace castellan;

class TestUserCsvColumns : public QObject
{
    Q_OBJECT

private slots:
    void testApiNamesAndAliasesNameFields_data();
    void testApiNamesAndAliasesNameFields();
    void testUnknownHeadersNameNothing();
    void testExportWritesEveryImportableFieldButThePassword();
    void testEnabledValues();
    void testFormulaProtectionRoundTrips();
    void testAliasesAreSplitOnSpacesCommasAndSemicolons();
};

void TestUserCsvColumns::testAliasesAreSplitOnSpacesCommasAndSemicolons()
{
    QCOMPARE(UserCsvColumns::splitAliases(" a.one  B.two,c3;\td4 ;"),
             (std::vector<std::string>{"a.one", "B.two", "c3", "d4"}));
    QVERIFY(UserCsvColumns::splitAliases("  ; , ").empty());
    QCOMPARE(UserCsvColumns::joinAliases({"a.one", "B.two"}), std::string("a.one B.two"));
    QCOMPARE(UserCsvColumns::joinAliases({}), std::string());
}

void TestUserCsvColumns::testApiNamesAndAliasesNameFields_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    const QList<QPair<QString, QString>> cases = {
        {"username", "username"},
        {"User Name", "username"},
        {"LOGIN", "username"},
        {"first_name", "first_name"},
        {"First Name", "first_name"},
        {"  first-name ", "first_name"},
        {"Surname", "last_name"},
        {"E-mail", "email"},
        {"Email Address", "email"},
        {"Mobile", "phone"},
        {"Phone Number", "phone"},
        {"password", "password"},
        {"Expiration Date", "expires_at"},
        {"expires_at", "expires_at"},
        {"Framed-IP-Address", "framed_ip"},
        {"Sponsor", "sponsor_name"},
        {"sponsor_email", "sponsor_email"},
        {"Notes", "description"},
        {"ENABLED", "enabled"},
        {"Aliases", "aliases"},
        {"Other Logins", "aliases"},
    };
    for (const auto& [header, field] : cases) {
        QTest::newRow(qPrintable(header)) << header << field;
    }
}

void TestUserCsvColumns::testApiNamesAndAliasesNameFields()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    const auto found = UserCsvColumns::fieldForHeader(header.toStdString());
    QVERIFY(found.has_value());
    QCOMPARE(QString::fromStdString(std::string(*found)), field);
}

void TestUserCsvColumns::testUnknownHeadersNameNothing()
{
    for (const char* header : {"", "Department", "password_confirmation", "status", "id", "user name 2"}) {
        QVERIFY2(!UserCsvColumns::fieldForHeader(header), header);
    }
}

void TestUserCsvColumns::testExportWritesEveryImportableFieldButThePassword()
{
    QStringList names;
    for (std::string_view name : UserCsvColumns::exported()) {
        names << QString::fromStdString(std::string(name));
        QCOMPARE(UserCsvColumns::fieldForHeader(name), std::optional<std::string_view>(name));
    }
    QCOMPARE(names.join(QLatin1Char(',')),
             QStringLiteral("username,first_name,last_name,email,phone,expires_at,framed_ip,sponsor_name,"
                            "sponsor_email,description,enabled,aliases"));
}

void TestUserCsvColumns::testEnabledValues()
{
    for (const char* yes : {"", " ", "true", "TRUE", "yes", "Yes", "1", "evet", "EVET"}) {
        QCOMPARE(UserCsvColumns::parseEnabled(yes), std::optional<bool>(true));
    }
    for (const char* no : {"false", "False", "no", "NO", "0", "hayır", "HAYIR", "hayir"}) {
        QCOMPARE(UserCsvColumns::parseEnabled(no), std::optional<bool>(false));
    }
    for (const char* neither : {"maybe", "2", "on", "t-r-u-e"}) {
        QVERIFY2(!UserCsvColumns::parseEnabled(neither), neither);
    }
}

void TestUserCsvColumns::testFormulaProtectionRoundTrips()
{
    for (const char* text : {"=HYPERLINK(\"http://x\")", "+1", "-x", "@SUM(A1)", "plain", "", "'quoted", "a=b"}) {
        const std::string written = UserCsvColumns::protectFormula(text);
        QCOMPARE(std::string(UserCsvColumns::unprotectFormula(written)), std::string(text));
    }
    QCOMPARE(UserCsvColumns::protectFormula("=1+1"), std::string("'=1+1"));
    QCOMPARE(UserCsvColumns::protectFormula("plain"), std::string("plain"));
    QVERIFY(UserCsvColumns::isFreeText("description"));
    QVERIFY(!UserCsvColumns::isFreeText("phone")); // E.164 numbers start with '+' and stay as they are
}

QTEST_GUILESS_MAIN(TestUserCsvColumns)
#include "TestUserCsvColumns.moc"
