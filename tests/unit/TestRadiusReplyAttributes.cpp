#include "radius/RadiusAttributeText.h"
#include "radius/RadiusReplyAttributes.h"

#include <QTest>

using namespace castellan;

/// Reply attributes of radius profiles: what an administrator may enter, and what an accepted user gets.
class TestRadiusReplyAttributes : public QObject
{
    Q_OBJECT

private slots:
    void testValidation_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); // empty: valid
        QTest::newRow("text") << "Filter-Id"
                              << "vpn-users"
                              << "";
        QTest::newRow("field") << "Class"
                               << "grp-{username}"
                               << "";
        QTest::newRow("address field") << "Framed-IP-Address"
                                       << "{framed_ip}"
                                       << "";
        QTest::newRow("integer") << "Session-Timeout"
                                 << "3600"
                                 << "";
        QTest::newRow("named integer") << "Service-Type"
                                       << "Framed-User"
                                       << "";
        QTest::newRow("vendor") << "Cisco-AVPair"
                                << "shell:priv-lvl=15"
                                << "";
        QTest::newRow("case") << "filter-id"
                              << "x"
                              << "";
        QTest::newRow("unknown") << "Filter"
                                 << "x"
                                 << "'Filter' is not a known RADIUS attribute";
        QTest::newRow("password") << "User-Password"
                                  << "x"
                                  << "User-Password cannot be set by a profile";
        QTest::newRow("state") << "State"
                               << "x"
                               << "State cannot be set by a profile";
        QTest::newRow("mac") << "Message-Authenticator"
                             << "0x00"
                             << "Message-Authenticator cannot be set by a profile";
        QTest::newRow("proxy") << "Proxy-State"
                               << "x"
                               << "Proxy-State cannot be set by a profile";
        QTest::newRow("accounting") << "Acct-Session-Id"
                                    << "x"
                                    << "Acct-Session-Id cannot be set by a profile";
        QTest::newRow("raw vsa") << "Vendor-Specific"
                                 << "0x00000009"
                                 << "Vendor-Specific cannot be set by a profile";
        QTest::newRow("bad integer") << "Session-Timeout"
                                     << "an hour"
                                     << "Session-Timeout: must be a whole number from 0 to 4294967295";
        QTest::newRow("bad address") << "Framed-IP-Address"
                                     << "10.0.0"
                                     << "Framed-IP-Address: must be an IPv4 address such as 192.0.2.10";
        QTest::newRow("unknown field") << "Class"
                                       << "{group}"
                                       << "names an unknown field; use {username}, {first_name}, {last_name}, "
                                          "{email}, {phone} or {framed_ip}";
        QTest::newRow("open brace") << "Class"
                                    << "{username"
                                    << "names an unknown field; use {username}, {first_name}, {last_name}, "
                                       "{email}, {phone} or {framed_ip}";
    }
    void testValidation()
    {
        QFETCH(QString, attribute);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const auto valid = RadiusReplyAttributes::validate({attribute.toStdString(), value.toStdString()});
        QCOMPARE(valid.ok(), message.isEmpty());
        if (!valid.ok()) {
            QCOMPARE(QString::fromStdString(valid.error().message), message);
        }
    }

    void testFieldsAreFilledAndEmptyValuesLeftOut()
    {
        const std::map<std::string, std::string> subject{
            {"username", "ali"}, {"first_name", "Ali"}, {"framed_ip", ""}, {"email", "ali@example.com"}};
        std::vector<std::string> problems;
        const auto attributes = RadiusReplyAttributes::build({{"Class", "grp-{username}"},
                                                              {"Framed-IP-Address", "{framed_ip}"},
                                                              {"Filter-Id", "{first_name} <{email}>"},
                                                              {"Session-Timeout", "{first_name}"}},
                                                             subject, problems);
        QCOMPARE(QString::fromStdString(RadiusAttributeText::format(attributes)),
                 QStringLiteral("Class = 0x6772702d616c69, Filter-Id = 'Ali <ali@example.com>'"));
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0], std::string("Session-Timeout: must be a whole number from 0 to 4294967295"));
    }

    void testExpandLeavesUnknownFieldsEmpty()
    {
        QCOMPARE(RadiusReplyAttributes::expand("a{x}b{username}", {{"username", "u"}}), std::string("abu"));
        QCOMPARE(RadiusReplyAttributes::expand("{username", {{"username", "u"}}), std::string("{username"));
    }
};

QTEST_GUILESS_MAIN(TestRadiusReplyAttributes)
#include "TestRadiusReplyAttributes.moc"
