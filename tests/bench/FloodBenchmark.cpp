// Benchmark: what slow clients and a password flood do to everyone else (issue 14). For each HTTP front (the
// earlier thread-per-connection Poco server, http.front=threaded, and the asynchronous listener, the default) and
// each attack (100 slow connections; a password flood of about 10x the Argon2id capacity on keep-alive
// connections), it measures health checks and OTP-only validations on NEW connections (TLS handshake included),
// and prints one line per figure, both designs side by side. Run on demand, never pass/fail:
//   castellan-bench-flood [--db-url URL] [--seconds S] [--flood-connections N] [--slow-connections N]
#include "AdminSession.h"
#include "RawConnection.h"
#include "ServerProcess.h"
#include "otp/Hotp.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace castellan;
using namespace castellan::test;
using SteadyClock = std::chrono::steady_clock;

namespace {

struct Options
{
    std::string dbUrl;
    int seconds = 10;
    int floodConnections = 200;
    int slowConnections = 100;
    std::string fronts = "threaded,async";
    std::string attacks = "slow,flood";
};

Options parse(const QStringList& args)
{
    Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--db-url") {
            o.dbUrl = args[i + 1].toStdString();
        } else if (args[i] == "--seconds") {
            o.seconds = std::max(1, args[i + 1].toInt());
        } else if (args[i] == "--flood-connections") {
            o.floodConnections = std::max(1, args[i + 1].toInt());
        } else if (args[i] == "--fronts") {
            o.fronts = args[i + 1].toStdString();
        } else if (args[i] == "--attacks") {
            o.attacks = args[i + 1].toStdString();
        } else if (args[i] == "--slow-connections") {
            o.slowConnections = std::max(1, args[i + 1].toInt());
        }
    }
    return o;
}

struct Probe
{
    std::vector<double> ms;
    int failed = 0; ///< no answer within 30 s, refused, or a wrong answer
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))];
}

/// One request on a new connection from 127.0.0.1; the milliseconds it took, or a negative number.
double timedRequest(int port, const std::string& request, const std::string& expect)
{
    const auto begin = SteadyClock::now();
    RawConnection c;
    if (!c.connect(port, "127.0.0.1", 30000) || !c.handshake(30000) || !c.send(request)) {
        return -1;
    }
    const std::string reply = c.readResponse(30000);
    if (RawConnection::statusOf(reply) != 200 || reply.find(expect) == std::string::npos) {
        return -1;
    }
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - begin).count();
}

class Scenario
{
public:
    Scenario(const Options& options, const std::string& front) : m_options(options), m_front(front) {}

    bool run(const std::string& attack)
    {
        QTemporaryDir state;
        // The threaded front runs with main's earlier default of 16 threads, as the issue measured it.
        QStringList args{"--set", "log.level=warning", "--set", QString::fromStdString("http.front=" + m_front)};
        if (m_front == "threaded") {
            args << "--set"
                 << "http.threads=16";
        }
        if (!m_options.dbUrl.empty()) {
            args << "--set" << QString::fromStdString("db.url=" + m_options.dbUrl);
        }
        ServerProcess server(state.path(), args);
        if (!server.start()) {
            std::fprintf(stderr, "server did not start (exit %d):\n%s\n%s\n", server.process().exitCode(),
                         qPrintable(server.process().errorString()), qPrintable(server.stderrText()));
            return false;
        }
        prepare(server);
        std::atomic<bool> stop{false};
        std::vector<std::thread> attackers;
        std::atomic<long> floodAnswers{0}, floodBusy{0};
        if (attack == "slow") {
            for (int i = 0; i < m_options.slowConnections; ++i) {
                attackers.emplace_back([&, i] { slowClient(server.httpsPort(), i, stop); });
            }
        } else {
            for (int i = 0; i < m_options.floodConnections; ++i) {
                attackers.emplace_back([&, i] { floodClient(server.httpsPort(), i, stop, floodAnswers, floodBusy); });
            }
        }
        std::this_thread::sleep_for(std::chrono::seconds(1)); // let the attack settle in
        Probe health, otp;
        const auto end = SteadyClock::now() + std::chrono::seconds(m_options.seconds);
        while (SteadyClock::now() < end) {
            record(health, timedRequest(server.httpsPort(), httpRequest("GET", "/api/v1/health"), "\"ok\""));
            record(otp, timedRequest(server.httpsPort(), otpRequest(), "\"accept\""));
        }
        stop = true;
        for (auto& t : attackers) {
            t.join();
        }
        const char* a = attack == "slow" ? "slow100" : "flood10x";
        report(a, "health", health);
        report(a, "otp", otp);
        if (attack != "slow") {
            std::printf("flood.%s.%s.password answers %ld (429: %ld)\n", m_front.c_str(), a, floodAnswers.load(),
                        floodBusy.load());
        }
        std::fflush(stdout);
        server.stop();
        return true;
    }

private:
    void report(const char* attack, const char* what, const Probe& probe) const
    {
        if (probe.ms.empty()) {
            std::printf("flood.%s.%s.%s p95 >30000 ms: none of %d probes answered within 30 s\n", m_front.c_str(),
                        attack, what, probe.failed);
            return;
        }
        std::printf("flood.%s.%s.%s p50 %.1f ms p95 %.1f ms answered %zu unanswered %d\n", m_front.c_str(), attack,
                    what, percentile(probe.ms, 0.5), percentile(probe.ms, 0.95), probe.ms.size(), probe.failed);
    }

    static void record(Probe& probe, double ms)
    {
        if (ms < 0) {
            ++probe.failed;
        } else {
            probe.ms.push_back(ms);
        }
    }

    void prepare(ServerProcess& server)
    {
        AdminSession admin(server);
        m_agent = admin.createClientToken("agent", "bench");
        admin.send("POST", "/api/v1/applications",
                   R"({"name":"bench-otp","type":"api","allowed_factors":["hotp"],"password_required":false})");
        admin.send("POST", "/api/v1/applications",
                   R"({"name":"bench-password","type":"api","allowed_factors":["hotp"],"password_required":true,)"
                   R"("second_factor_required":false})");
        HttpReply settings = admin.get("/api/v1/settings/security");
        admin.send("PUT", "/api/v1/settings/security",
                   json({{"failed_attempt_limit", "=1000"},
                         {"window_seconds", "=10"},
                         {"block_seconds", "=60"},
                         {"permanent_block", "false"},
                         {"source_failure_limit", "=1000000"}}),
                   {{"If-Match", settings.headers["ETag"]}});
        HttpReply user =
            admin.send("POST", "/api/v1/users",
                       json({{"username", "probe"}, {"password", kPassword}, {"password_confirmation", kPassword}}));
        admin.send(
            "POST", "/api/v1/users/" + std::to_string(user.json()->getValue<int>("id")) + "/factors",
            json({{"type", "hotp"}, {"serial", "P1"}, {"secret_hex", "3132333435363738393031323334353637383930"}}));
        admin.send("POST", "/api/v1/users",
                   json({{"username", "flooded"}, {"password", kPassword}, {"password_confirmation", kPassword}}));
        m_counter = 0;
    }

    std::string otpRequest()
    {
        const std::string seedText = "12345678901234567890";
        const std::vector<std::uint8_t> seed(seedText.begin(), seedText.end());
        const std::string body = json({{"username", "probe"},
                                       {"otp", hotp(seed, m_counter++, 6, OtpAlgorithm::Sha1)},
                                       {"application", "bench-otp"}});
        return httpRequest("POST", "/api/v1/auth/validate", body,
                           "Content-Type: application/json\r\nAuthorization: Bearer " + m_agent + "\r\n");
    }

    /// Holds a connection the way slow attackers do (a third each: silent TCP, a quiet TLS connection, slowloris
    /// sending a header line every 5 s), opening a new one whenever the server closes it.
    static void slowClient(int port, int i, const std::atomic<bool>& stop)
    {
        const std::string source = "127.0.1." + std::to_string(1 + i % 200);
        while (!stop) {
            RawConnection c;
            if (!c.connect(port, source)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                continue;
            }
            if (i % 3 != 0 && !c.handshake(30000)) {
                continue;
            }
            if (i % 3 == 2) {
                c.send("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n");
            }
            while (!stop) {
                if (c.closedByPeer(5000)) {
                    break;
                }
                if (i % 3 == 2 && !c.send("X-Slow: 1\r\n")) {
                    break;
                }
            }
        }
    }

    void floodClient(int port, int i, const std::atomic<bool>& stop, std::atomic<long>& answers,
                     std::atomic<long>& busy) const
    {
        const std::string source = "127.0.2." + std::to_string(1 + i % 200);
        const std::string request =
            httpRequest("POST", "/api/v1/auth/validate",
                        R"({"username":"flooded","password":"wrong-password-1","application":"bench-password"})",
                        "Content-Type: application/json\r\nAuthorization: Bearer " + m_agent + "\r\n");
        while (!stop) {
            RawConnection c;
            if (!c.connect(port, source, 30000) || !c.handshake(30000)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                continue;
            }
            while (!stop && c.send(request)) {
                const std::string reply = c.readResponse(30000);
                if (reply.empty()) {
                    break;
                }
                ++answers;
                busy += RawConnection::statusOf(reply) == 429 ? 1 : 0;
                if (RawConnection::headerOf(reply, "Connection") == "close") {
                    break;
                }
            }
        }
    }

    static constexpr const char* kPassword = "Benchmark-Password-1";
    const Options& m_options;
    const std::string m_front;
    std::string m_agent;
    std::uint64_t m_counter = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app.arguments());
    if (qEnvironmentVariableIsEmpty("CASTELLAN_SERVER_BINARY")) {
        qputenv("CASTELLAN_SERVER_BINARY", (QCoreApplication::applicationDirPath() + "/castellan-server").toUtf8());
    }
    std::printf("flood db=%s seconds=%d slow=%d flood=%d (new-connection probes from 127.0.0.1)\n",
                options.dbUrl.empty() ? "sqlite" : "postgresql", options.seconds, options.slowConnections,
                options.floodConnections);
    for (const std::string attack : {"slow", "flood"}) {
        for (const std::string front : {"threaded", "async"}) {
            if (options.attacks.find(attack) == std::string::npos || options.fronts.find(front) == std::string::npos) {
                continue;
            }
            Scenario scenario(options, front);
            if (!scenario.run(attack)) {
                return 1;
            }
        }
    }
    return 0;
}
