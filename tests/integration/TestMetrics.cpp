#include "AdminSession.h"
#include "ServerProcess.h"

#include <QTemporaryDir>
#include <QtTest>

#include <regex>

using namespace castellan;
using namespace castellan::test;

/// `/metrics` of a real server in the Prometheus text format: requests by route pattern (never the path with its
/// ids), the latency histogram, authentication decisions by channel and result, the database pool and RADIUS;
/// readable from loopback by default and closed by `metrics.allow=none`.
class TestMetrics : public QObject
{
    Q_OBJECT
private:
    /// The value of the sample `line` starts with (name and labels), or -1 when absent.
    static double sample(const std::string& text, const std::string& line)
    {
        const size_t at = text.find("\n" + line + " ");
        if (at == std::string::npos) {
            return -1;
        }
        return std::stod(text.substr(at + line.size() + 2));
    }

private slots:
    void testCountersOfARunningServer()
    {
        QTemporaryDir state;
        ServerProcess server(state.path(), {"--set", "radius.port=auto"});
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        AdminSession admin(server);
        const std::string agent = admin.createClientToken("agent", "Metrics VPN");
        HttpsClient client("127.0.0.1", server.httpsPort());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(client.get("/api/v1/health").status, 200);
        }
        QCOMPARE(admin.get("/api/v1/users/987654").status, 404);
        const auto reject =
            client.send("POST", "/api/v1/auth/validate", json({{"username", "nobody"}, {"password", "wrong-password"}}),
                        "application/json", {{"Authorization", "Bearer " + agent}});
        QCOMPARE(reject.status, 200);

        HttpReply metrics = client.get("/metrics");
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.headers["Content-Type"].find("text/plain; version=0.0.4") != std::string::npos);
        const std::string& text = metrics.body;
        QVERIFY(sample(text, "castellan_http_requests_total{route=\"/api/v1/health\",method=\"GET\",status=\"200\"}") >=
                3);
        // The route's pattern, not the path: ids never become labels.
        QVERIFY(
            sample(text, "castellan_http_requests_total{route=\"/api/v1/users/{id}\",method=\"GET\",status=\"404\"}") ==
            1);
        QVERIFY(text.find("/api/v1/users/987654") == std::string::npos);
        QVERIFY(sample(text, "castellan_http_request_duration_seconds_bucket{route=\"/api/v1/health\",le=\"+Inf\"}") >=
                3);
        QVERIFY(sample(text, "castellan_http_request_duration_seconds_count{route=\"/api/v1/health\"}") >= 3);
        QCOMPARE(sample(text, "castellan_auth_decisions_total{channel=\"rest\",result=\"reject\"}"), 1.0);
        QVERIFY(sample(text, "castellan_db_pool_sessions{state=\"capacity\"}") > 0);
        QVERIFY(sample(text, "castellan_radius_packets_total{outcome=\"received\"}") == 0);
        // Every line is a comment or a sample of the exposition format.
        const std::regex line(
            "^(# (HELP|TYPE) .*|[a-z_]+(\\{[a-z_]+=\"[^\"]*\"(,[a-z_]+=\"[^\"]*\")*\\})? [0-9.e+-]+)$");
        size_t start = 0;
        while (start < text.size()) {
            const size_t end = text.find('\n', start);
            const std::string one = text.substr(start, end - start);
            QVERIFY2(std::regex_match(one, line), one.c_str());
            start = end + 1;
        }
    }

    void testClosedByConfiguration()
    {
        QTemporaryDir state;
        ServerProcess server(state.path(), {"--set", "metrics.allow=none"});
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        HttpsClient client("127.0.0.1", server.httpsPort());
        HttpReply refused = client.get("/metrics");
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.body.find("metrics.allow") != std::string::npos);
        ServerProcess bad(state.path(), {"--set", "metrics.allow=10.0.0.1/8"});
        QVERIFY(!bad.start());
        QVERIFY(bad.stderrText().contains("metrics.allow"));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
