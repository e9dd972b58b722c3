#include "portal/UserAgent.h"

#include <QTest>

using namespace castellan;

/// User-Agent strings as the browsers send them (from their vendors' documentation and current releases).
class TestUserAgent : public QObject
{
    Q_OBJECT

private slots:
    void testBrowserAndSystemAreNamed_data();
    void testBrowserAndSystemAreNamed();
};

void TestUserAgent::testBrowserAndSystemAreNamed_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("browser");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("system");
    QTest::newRow("chrome windows") << "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                                       "Gecko) Chrome/120.0.0.0 Safari/537.36"
                                    << "Chrome"
                                    << "120"
                                    << "Windows";
    QTest::newRow("edge windows") << "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                                     "Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.61"
                                  << "Edge"
                                  << "120"
                                  << "Windows";
    QTest::newRow("firefox linux") << "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"
                                   << "Firefox"
                                   << "121"
                                   << "Linux";
    QTest::newRow("firefox ios") << "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
                                    "(KHTML, like Gecko) FxiOS/120.0 Mobile/15E148 Safari/605.1.15"
                                 << "Firefox"
                                 << "120"
                                 << "iOS";
    QTest::newRow("safari macos") << "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, "
                                     "like Gecko) Version/17.1 Safari/605.1.15"
                                  << "Safari"
                                  << "17"
                                  << "macOS";
    QTest::newRow("safari iphone") << "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 "
                                      "(KHTML, like Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1"
                                   << "Safari"
                                   << "17"
                                   << "iOS";
    QTest::newRow("chrome ios") << "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
                                   "(KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1"
                                << "Chrome"
                                << "120"
                                << "iOS";
    QTest::newRow("opera windows") << "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                                      "Gecko) Chrome/119.0.0.0 Safari/537.36 OPR/105.0.0.0"
                                   << "Opera"
                                   << "105"
                                   << "Windows";
    QTest::newRow("samsung android") << "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like "
                                        "Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36"
                                     << "Samsung Internet"
                                     << "23"
                                     << "Android";
    QTest::newRow("chrome android") << "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                                       "Chrome/120.0.0.0 Mobile Safari/537.36"
                                    << "Chrome"
                                    << "120"
                                    << "Android";
    QTest::newRow("chromeos") << "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
                                 "Chrome/120.0.0.0 Safari/537.36"
                              << "Chrome"
                              << "120"
                              << "ChromeOS";
    QTest::newRow("headless tool") << "curl/8.4.0"
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("empty") << ""
                           << ""
                           << ""
                           << "";
    QTest::newRow("unknown browser, known system") << "SomeBot/1.0 (Windows NT 10.0)"
                                                   << ""
                                                   << ""
                                                   << "Windows";
}

void TestUserAgent::testBrowserAndSystemAreNamed()
{
    QFETCH(QString, header);
    QFETCH(QString, browser);
    QFETCH(QString, version);
    QFETCH(QString, system);
    const UserAgent ua = UserAgent::parse(header.toStdString());
    QCOMPARE(QString::fromStdString(ua.browser), browser);
    QCOMPARE(QString::fromStdString(ua.version), version);
    QCOMPARE(QString::fromStdString(ua.system), system);
}

QTEST_GUILESS_MAIN(TestUserAgent)
#include "TestUserAgent.moc"
