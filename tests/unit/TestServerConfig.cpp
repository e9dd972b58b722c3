#include "app/ServerConfig.h"

#include <Poco/AutoPtr.h>
#include <Poco/Util/MapConfiguration.h>

#include <QTemporaryFile>

#include <QtTest>

using namespace castellan;

class TestServerConfig : public QObject
{
    Q_OBJECT
private slots:
    void testDefaultsAreTheEmbeddedSetup()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY(config.ok());
        QVERIFY(errors.empty());
        QCOMPARE(config->stateDir, std::string("./var"));
        QCOMPARE(config->database.connectionString, std::string("./var/castellan.db"));
        QCOMPARE(config->httpAddress, std::string("127.0.0.1"));
        QCOMPARE(config->httpPort, 8443);
        QCOMPARE(config->radiusPort, 1812);
        QCOMPARE(config->allowAdminWithoutOtp, false);
        QCOMPARE(config->passwordOnlyWithoutProfile, false); // fail closed unless an operator says otherwise
    }
    void testOneListenerServesEverythingByDefault()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY(config.ok());
        QCOMPARE(config->httpListeners.size(), size_t(1));
        const ListenerSettings& only = config->httpListeners.front();
        QCOMPARE(only.exposure, RouteExposure::All);
        QCOMPARE(only.port, 8443);
        QCOMPARE(only.headerTimeoutSeconds, 10);
        QCOMPARE(only.maxConnectionsPerAddress, size_t(128));
    }
    void testPublicPortSplitsTheListeners()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("http.public_port", "443");
        map->setString("http.public_address", "0.0.0.0");
        map->setString("http.public_tls.cert", "/etc/castellan/public.crt");
        map->setString("http.public_tls.key", "/etc/castellan/public.key");
        map->setString("http.header_timeout_seconds", "4");
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY(config.ok());
        QCOMPARE(config->httpListeners.size(), size_t(2));
        const ListenerSettings& pub = config->httpListeners[0];
        const ListenerSettings& admin = config->httpListeners[1];
        QCOMPARE(pub.exposure, RouteExposure::Public);
        QCOMPARE(pub.address, std::string("0.0.0.0"));
        QCOMPARE(pub.port, 443);
        QCOMPARE(pub.certFile, std::string("/etc/castellan/public.crt"));
        QCOMPARE(pub.headerTimeoutSeconds, 4);
        QCOMPARE(admin.exposure, RouteExposure::Admin);
        QCOMPARE(admin.address, std::string("127.0.0.1")); // the admin side stays where http.* puts it
        QCOMPARE(admin.port, 8443);
        QCOMPARE(admin.certFile, std::string());
    }
    void testSplitSettingsWithoutTheirPortAreErrors()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("http.admin_address", "10.0.0.1");
        map->setString("http.public_tls.cert", "/x.crt");
        map->setString("http.public_tls.key", "/x.key");
        std::vector<ConfigError> errors;
        QVERIFY(!ServerConfig::fromConfiguration(*map, errors).ok());
        QCOMPARE(errors.size(), size_t(3));
        QCOMPARE(errors[0].key, std::string("http.public_tls.cert"));
        QVERIFY(errors[0].message.find("http.public_port") != std::string::npos);
    }
    void testDatabaseFollowsStateDir()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("state.dir", "/srv/castellan");
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY(config.ok());
        QCOMPARE(config->database.connectionString, std::string("/srv/castellan/castellan.db"));
    }
    void testEachBadValueNamesItsKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("port text") << "http.port"
                                   << "https"
                                   << "whole number from 0 to 65535";
        QTest::newRow("port range") << "http.port"
                                    << "70000"
                                    << "whole number from 0 to 65535";
        QTest::newRow("address") << "http.address"
                                 << "localhost:80"
                                 << "IPv4 or IPv6 address";
        QTest::newRow("pool") << "db.pool.max"
                              << "0"
                              << "whole number from 1 to 1024";
        QTest::newRow("db url") << "db.url"
                                << "oracle://x"
                                << "unsupported database URL";
        QTest::newRow("radius port") << "radius.port"
                                     << "-1"
                                     << "whole number from 0 to 65535";
        QTest::newRow("radius address") << "radius.address"
                                        << "not-an-ip"
                                        << "IPv4 or IPv6 address";
        QTest::newRow("accounting port") << "radius.accounting_port"
                                         << "any"
                                         << "whole number from 0 to 65535 or auto";
        QTest::newRow("radius workers") << "radius.workers"
                                        << "0"
                                        << "whole number from 1 to 256";
        QTest::newRow("radsec ca") << "radsec.tls.ca"
                                   << "/nonexistent/ca.pem"
                                   << "cannot read the file";
        QTest::newRow("bool") << "auth.allow_admin_without_otp"
                              << "maybe"
                              << "true or false";
        QTest::newRow("password only") << "auth.password_only_without_profile"
                                       << "yes please"
                                       << "true or false";
        QTest::newRow("starttls") << "smtp.starttls"
                                  << "2"
                                  << "true or false";
        QTest::newRow("log level") << "log.level"
                                   << "loud"
                                   << "must be one of";
        QTest::newRow("public url scheme") << "http.public_url"
                                           << "http://mfa.example"
                                           << "https:// URL";
    }
    void testEachBadValueNamesItsKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString(key.toStdString(), value.toStdString());
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY(!config.ok());
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(QString::fromStdString(errors[0].key), key);
        QVERIFY2(QString::fromStdString(errors[0].message).contains(message), errors[0].message.c_str());
    }
    void testTlsKeyWithoutCertificateNamesTheMissingKey()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("http.tls.key", "/etc/ssl/private/castellan.key");
        std::vector<ConfigError> errors;
        QVERIFY(!ServerConfig::fromConfiguration(*map, errors).ok());
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(errors[0].key, std::string("http.tls.cert"));
        QVERIFY(QString::fromStdString(errors[0].message).contains("given together"));
    }
    void testRadiusListenersTakeAutoAndTheIpv6Wildcard()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("radius.address", "::");
        map->setString("radius.port", "auto");
        map->setString("radius.accounting_port", "1813");
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY(config.ok());
        QCOMPARE(config->radiusAddress, std::string("::"));
        QCOMPARE(config->radiusPort, ServerConfig::kAnyPort);
        QCOMPARE(config->radiusAccountingPort, 1813);
        QCOMPARE(config->radsecPort, 0);
    }
    void testRadSecNeedsTheClientCa()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("radsec.port", "2083");
        std::vector<ConfigError> errors;
        QVERIFY(!ServerConfig::fromConfiguration(*map, errors).ok());
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(errors[0].key, std::string("radsec.tls.ca"));
    }
    void testAllBadValuesAreReportedTogether()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("http.port", "x");
        map->setString("radius.port", "y");
        map->setString("log.level", "z");
        std::vector<ConfigError> errors;
        QVERIFY(!ServerConfig::fromConfiguration(*map, errors).ok());
        QCOMPARE(errors.size(), size_t(3));
    }
    void testSmsGatewayKeysAreRead()
    {
        QTemporaryFile ca;
        QVERIFY(ca.open());
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("sms.gateway.url", "https://sms.example.net/api/send?user=castellan&to={phone}");
        map->setString("sms.gateway.method", "get");
        map->setString("sms.gateway.body", "text={message}");
        map->setString("sms.gateway.headers", "Authorization: Bearer xyz\\nX-Api-Key: k");
        map->setString("sms.gateway.success_status", "200,202");
        map->setString("sms.gateway.success_body", "regex:^OK");
        map->setString("sms.gateway.timeout_seconds", "7");
        map->setString("sms.gateway.ca_file", ca.fileName().toStdString());
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY2(config.ok(), errors.empty() ? "" : (errors[0].key + ": " + errors[0].message).c_str());
        const SmsGatewaySettings& sms = config->smsGateway;
        QCOMPARE(sms.method, std::string("GET"));
        QCOMPARE(sms.bodyTemplate, std::string("text={message}"));
        QCOMPARE(sms.headers.size(), size_t(2));
        QCOMPARE(sms.headers[1], SmsGatewaySettings::Header("X-Api-Key", "k"));
        QVERIFY(sms.successStatus.contains(202));
        QVERIFY(!sms.successStatus.contains(201));
        QVERIFY(sms.successBodyIsRegex);
        QCOMPARE(sms.timeoutSeconds, 7);
        QCOMPARE(sms.caFile, ca.fileName().toStdString());
    }
    void testNoSmsGatewayByDefault()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY(config.ok());
        QVERIFY(config->smsGateway.url.empty());
        QCOMPARE(config->smtpSettings().startTls, true);
        QCOMPARE(config->smtpSettings().timeoutSeconds, 30);
    }
    void testBadSmsGatewayValuesNameTheirKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("url scheme") << "sms.gateway.url"
                                    << "ftp://sms.example.net/{phone}/{message}"
                                    << "http:// or https:// URL";
        QTest::newRow("method") << "sms.gateway.method"
                                << "PUT"
                                << "must be one of get, post";
        QTest::newRow("no message") << "sms.gateway.body"
                                    << R"({"to":"{phone}"})"
                                    << "must contain {message}";
        QTest::newRow("no phone") << "sms.gateway.body"
                                  << R"({"text":"{message}"})"
                                  << "{phone} or {phone_digits}";
        QTest::newRow("content type") << "sms.gateway.content_type"
                                      << ""
                                      << "required with a POST body";
        QTest::newRow("headers") << "sms.gateway.headers"
                                 << "Authorization Bearer"
                                 << "not 'Name: value'";
        QTest::newRow("status") << "sms.gateway.success_status"
                                << "ok"
                                << "status codes (200) or classes (2xx)";
        QTest::newRow("body regex") << "sms.gateway.success_body"
                                    << "regex:("
                                    << "regular expression";
        QTest::newRow("timeout") << "sms.gateway.timeout_seconds"
                                 << "0"
                                 << "whole number from 1 to 120";
        QTest::newRow("ca file") << "sms.gateway.ca_file"
                                 << "/nonexistent/ca.pem"
                                 << "cannot read";
    }
    void testBadSmsGatewayValuesNameTheirKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("sms.gateway.url", "https://sms.example.net/send");
        map->setString("sms.gateway.body", R"({"to":"{phone}","text":"{message}"})");
        map->setString("sms.gateway.content_type", "application/json");
        map->setString(key.toStdString(), value.toStdString());
        std::vector<ConfigError> errors;
        QVERIFY(!ServerConfig::fromConfiguration(*map, errors).ok());
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(QString::fromStdString(errors[0].key), key);
        QVERIFY2(QString::fromStdString(errors[0].message).contains(message), errors[0].message.c_str());
    }
    void testSmsGatewaySettingsWithoutUrlAreRefused()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("sms.gateway.body", "to={phone}&text={message}");
        std::vector<ConfigError> errors;
        QVERIFY(!ServerConfig::fromConfiguration(*map, errors).ok());
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(errors[0].key, std::string("sms.gateway.url"));
        QVERIFY(QString::fromStdString(errors[0].message).contains("required when sms.gateway.body is set"));
    }
    void testSmtpSenderIsCheckedAndRequiredWithAHost_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << ""
                                 << "required when smtp.host is set";
        QTest::newRow("not an address") << "Castellan"
                                        << "an address or 'Name <address>'";
        QTest::newRow("unclosed") << "Castellan <noreply@example.com"
                                  << "an address or 'Name <address>'";
    }
    void testSmtpSenderIsCheckedAndRequiredWithAHost()
    {
        QFETCH(QString, from);
        QFETCH(QString, message);
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("smtp.host", "mail.example.com");
        map->setString("smtp.from", from.toStdString());
        std::vector<ConfigError> errors;
        QVERIFY(!ServerConfig::fromConfiguration(*map, errors).ok());
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(errors[0].key, std::string("smtp.from"));
        QVERIFY2(QString::fromStdString(errors[0].message).contains(message), errors[0].message.c_str());
    }
    void testSmtpSettingsCarryEveryKey()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("smtp.host", "mail.example.com");
        map->setString("smtp.port", "587");
        map->setString("smtp.user", "mailer");
        map->setString("smtp.password", " secret ");
        map->setString("smtp.from", "Castellan MFA <noreply@example.com>");
        map->setString("smtp.starttls", "false");
        map->setString("smtp.timeout_seconds", "12");
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY(config.ok());
        const SmtpSettings smtp = config->smtpSettings();
        QCOMPARE(smtp.host, std::string("mail.example.com"));
        QCOMPARE(smtp.port, 587);
        QCOMPARE(smtp.user, std::string("mailer"));
        QCOMPARE(smtp.password, std::string(" secret "));
        QCOMPARE(smtp.from, std::string("Castellan MFA <noreply@example.com>"));
        QCOMPARE(smtp.startTls, false);
        QCOMPARE(smtp.timeoutSeconds, 12);
    }
    void testSyslogIsOffWithoutAHost()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY(config.ok());
        QVERIFY(!config->syslog.enabled());
    }
    void testSyslogTransportsTakeTheirDefaultPorts()
    {
        for (const auto& [transport, port] : {std::pair{"udp", 514}, {"tcp", 514}, {"tls", 6514}}) {
            Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
            map->setString("syslog.host", "siem.example.com");
            map->setString("syslog.transport", transport);
            std::vector<ConfigError> errors;
            auto config = ServerConfig::fromConfiguration(*map, errors);
            QVERIFY(config.ok());
            QCOMPARE(config->syslog.port, port);
            QCOMPARE(config->syslog.facility, 13); // log audit
            QCOMPARE(config->syslog.appName, std::string("castellan"));
        }
    }
    void testSyslogKeysAreRead()
    {
        QTemporaryFile ca;
        QVERIFY(ca.open());
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("syslog.host", "10.0.0.5");
        map->setString("syslog.port", "10514");
        map->setString("syslog.transport", "TLS");
        map->setString("syslog.tls.ca", ca.fileName().toStdString());
        map->setString("syslog.tls.cert", ca.fileName().toStdString());
        map->setString("syslog.tls.key", ca.fileName().toStdString());
        map->setString("syslog.app_name", "mfa-node1");
        map->setString("syslog.facility", "local4");
        map->setString("syslog.queue_limit", "500");
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY2(config.ok(), errors.empty() ? "" : errors[0].message.c_str());
        const SyslogSettings& s = config->syslog;
        QCOMPARE(s.host, std::string("10.0.0.5"));
        QCOMPARE(s.port, 10514);
        QVERIFY(s.transport == SyslogSettings::Transport::Tls);
        QCOMPARE(s.caFile, ca.fileName().toStdString());
        QCOMPARE(s.certFile, ca.fileName().toStdString());
        QCOMPARE(s.appName, std::string("mfa-node1"));
        QCOMPARE(s.facility, 20);
        QCOMPARE(s.queueLimit, size_t(500));
    }
    void testBadSyslogValuesNameTheirKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("transport") << "syslog.transport"
                                   << "relp"
                                   << "must be one of tcp, tls, udp";
        QTest::newRow("port") << "syslog.port"
                              << "0"
                              << "whole number from 1 to 65535";
        QTest::newRow("facility") << "syslog.facility"
                                  << "local9"
                                  << "facility number from 0 to 23";
        QTest::newRow("app name") << "syslog.app_name"
                                  << "two words"
                                  << "printable ASCII characters without spaces";
        QTest::newRow("queue") << "syslog.queue_limit"
                               << "0"
                               << "whole number from 1 to 1000000";
        QTest::newRow("ca without tls") << "syslog.tls.ca"
                                        << "/etc/passwd"
                                        << "only with syslog.transport=tls";
        QTest::newRow("ca file") << "syslog.tls.ca"
                                 << "/nonexistent/ca.pem"
                                 << "cannot read the file";
    }
    void testBadSyslogValuesNameTheirKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("syslog.host", "127.0.0.1");
        if (key == "syslog.tls.ca" && value.startsWith("/nonexistent")) {
            map->setString("syslog.transport", "tls");
        }
        map->setString(key.toStdString(), value.toStdString());
        std::vector<ConfigError> errors;
        auto config = ServerConfig::fromConfiguration(*map, errors);
        QVERIFY(!config.ok());
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(QString::fromStdString(errors[0].key), key);
        QVERIFY2(QString::fromStdString(errors[0].message).contains(message), errors[0].message.c_str());
    }
    void testSyslogSettingsWithoutAHostAreRefused()
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("syslog.transport", "tcp");
        std::vector<ConfigError> errors;
        QVERIFY(!ServerConfig::fromConfiguration(*map, errors).ok());
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(errors[0].key, std::string("syslog.host"));
        QVERIFY(errors[0].message.find("syslog.transport") != std::string::npos);
    }
    void testSyslogClientKeyWithoutCertificateNamesTheMissingKey()
    {
        QTemporaryFile key;
        QVERIFY(key.open());
        Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
        map->setString("syslog.host", "127.0.0.1");
        map->setString("syslog.transport", "tls");
        map->setString("syslog.tls.key", key.fileName().toStdString());
        std::vector<ConfigError> errors;
        QVERIFY(!ServerConfig::fromConfiguration(*map, errors).ok());
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(errors[0].key, std::string("syslog.tls.cert"));
    }
};

QTEST_APPLESS_MAIN(TestServerConfig)
#include "TestServerConfig.moc"
