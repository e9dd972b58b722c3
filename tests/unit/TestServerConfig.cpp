#include "app/ServerConfig.h"

#include <Poco/AutoPtr.h>
#include <Poco/Util/MapConfiguration.h>

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
        QTest::newRow("bool") << "auth.allow_admin_without_otp"
                              << "maybe"
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
};

QTEST_APPLESS_MAIN(TestServerConfig)
#include "TestServerConfig.moc"
