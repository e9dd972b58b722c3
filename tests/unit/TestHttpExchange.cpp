#include "http/HttpExchange.h"

#include <QtTest>

using namespace castellan;

/// What the HTTP fronts share: request targets, answer headers, which listener serves which route.
class TestHttpExchange : public QObject
{
    Q_OBJECT
private:
    static Route route(const std::string& pattern, std::set<Scope> scopes)
    {
        Route r;
        r.method = "GET";
        r.pattern = pattern;
        r.scopes = std::move(scopes);
        return r;
    }

private slots:
    void testTargetsAreSplitAndDecoded()
    {
        RestRequest r;
        QVERIFY(HttpExchange::parseTarget("GET", "/api/v1/users?q=a%20b&limit=5", r));
        QCOMPARE(r.path, std::string("/api/v1/users"));
        QCOMPARE(r.queryValue("q"), std::string("a b"));
        QCOMPARE(r.rawQuery, std::string("q=a%20b&limit=5"));
    }
    void testMalformedTargetsAreRefused()
    {
        RestRequest r;
        QVERIFY(!HttpExchange::parseTarget("GET", "/api/v1/health%zz", r));
        QVERIFY(!HttpExchange::parseTarget("OPTIONS", "*", r));
        QVERIFY(!HttpExchange::parseTarget("CONNECT", "example.com:443", r));
        QVERIFY(!HttpExchange::parseTarget("GET", "", r));
    }
    void testAnswersCarrySecurityHeadersAndEveryCookie()
    {
        RestResponse reply;
        reply.contentType = "text/html";
        reply.headers = {{"Set-Cookie", "a=1"}, {"Set-Cookie", "b=2"}, {"Cache-Control", "private"}};
        const auto headers = HttpExchange::responseHeaders(reply);
        int cookies = 0;
        int cacheControls = 0;
        bool hsts = false;
        for (const auto& [name, value] : headers) {
            cookies += name == "Set-Cookie";
            if (name == "Cache-Control") {
                ++cacheControls;
                QCOMPARE(value, std::string("private")); // the reply's own replaces the default
            }
            hsts = hsts || name == "Strict-Transport-Security";
        }
        QCOMPARE(cookies, 2);
        QCOMPARE(cacheControls, 1);
        QVERIFY(hsts);
    }
    void testPublicListenerServesPortalSamlDeviceAndHealthOnly()
    {
        const Route users = route("/api/v1/users", {Scope::Admin});
        const Route validate = route("/api/v1/auth/validate", {Scope::Agent, Scope::User});
        const Route token = route("/api/v1/oauth/token", {Scope::Public});
        const Route login = route("/api/v1/auth/login", {Scope::Public});
        const Route health = route("/api/v1/health", {Scope::Public});
        const Route portal = route("/portal/login", {Scope::Public});
        const auto pub = RouteExposure::Public;
        QVERIFY(HttpExchange::exposes(pub, false, &portal, "/portal/login"));
        QVERIFY(HttpExchange::exposes(pub, false, &health, "/api/v1/health"));
        const Route ready = route("/api/v1/health/ready", {Scope::Public});
        QVERIFY(HttpExchange::exposes(pub, false, &ready, "/api/v1/health/ready"));
        QVERIFY(HttpExchange::exposes(pub, false, nullptr, "/device/v1/enroll"));
        QVERIFY(!HttpExchange::exposes(pub, false, &users, "/api/v1/users"));
        QVERIFY(!HttpExchange::exposes(pub, false, &validate, "/api/v1/auth/validate"));
        QVERIFY(!HttpExchange::exposes(pub, false, &login, "/api/v1/auth/login"));
        QVERIFY(!HttpExchange::exposes(pub, false, nullptr, "/metrics"));
        // With the agent API published: validation and client credentials, never admin login or admin routes.
        QVERIFY(HttpExchange::exposes(pub, true, &validate, "/api/v1/auth/validate"));
        QVERIFY(HttpExchange::exposes(pub, true, &token, "/api/v1/oauth/token"));
        QVERIFY(!HttpExchange::exposes(pub, true, &login, "/api/v1/auth/login"));
        QVERIFY(!HttpExchange::exposes(pub, true, &users, "/api/v1/users"));
    }
    void testAdminListenerServesTheApiAndMetricsOnly()
    {
        const Route users = route("/api/v1/users", {Scope::Admin});
        const Route portal = route("/portal/login", {Scope::Public});
        const auto admin = RouteExposure::Admin;
        QVERIFY(HttpExchange::exposes(admin, false, &users, "/api/v1/users"));
        QVERIFY(HttpExchange::exposes(admin, false, nullptr, "/metrics"));
        QVERIFY(!HttpExchange::exposes(admin, false, &portal, "/portal/login"));
        QVERIFY(!HttpExchange::exposes(admin, false, nullptr, "/saml/sso"));
        QVERIFY(HttpExchange::exposes(RouteExposure::All, false, &portal, "/portal/login"));
    }
    void testTransportRefusalsHaveTheirStatus()
    {
        QCOMPARE(HttpExchange::headersTooLarge(100, 10).status, 431);
        QCOMPARE(HttpExchange::bodyTooLarge(100).status, 413);
        QCOMPARE(HttpExchange::badRequest("x").status, 400);
        const RestResponse busy = HttpExchange::serverBusy();
        QCOMPARE(busy.status, 503);
        QCOMPARE(busy.contentType, std::string("application/problem+json"));
        QVERIFY(std::find(busy.headers.begin(), busy.headers.end(),
                          std::make_pair(std::string("Retry-After"), std::string("1"))) != busy.headers.end());
    }
};

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "TestHttpExchange.moc"
