// Benchmark: POST /api/v1/auth/validate against a real castellan-server on loopback, either password only
// (Argon2id bound) or OTP only (an HOTP code per request: the replay-proof write path).
// Prints one line per figure: throughput, p50, p99, server RSS (DESIGN §8). Run on demand, never pass/fail:
//   castellan-bench-validate [--mode password|otp] [--db-url URL] [--threads N] [--seconds S] [--users N]
#include "AdminSession.h"
#include "ServerProcess.h"
#include "otp/Hotp.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <thread>

using namespace castellan;
using namespace castellan::test;
using SteadyClock = std::chrono::steady_clock;

namespace {

struct Options
{
    std::string dbUrl;
    std::string mode = "password";
    int threads = 8;
    int seconds = 10;
    int users = 200;
};

Options parse(const QStringList& args)
{
    Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--mode") {
            o.mode = args[i + 1].toStdString();
        } else if (args[i] == "--db-url") {
            o.dbUrl = args[i + 1].toStdString();
        } else if (args[i] == "--threads") {
            o.threads = args[i + 1].toInt();
        } else if (args[i] == "--seconds") {
            o.seconds = args[i + 1].toInt();
        } else if (args[i] == "--users") {
            o.users = args[i + 1].toInt();
        }
    }
    o.threads = std::max(1, o.threads);
    // OTP mode: each thread owns every threads-th user, so the user count is a multiple of the thread count.
    o.users = std::max(o.threads, (o.users + o.threads - 1) / o.threads * o.threads);
    return o;
}

long residentKiB(qint64 pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::stol(line.substr(6));
        }
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app.arguments());
    if (qEnvironmentVariableIsEmpty("CASTELLAN_SERVER_BINARY")) {
        qputenv("CASTELLAN_SERVER_BINARY", (QCoreApplication::applicationDirPath() + "/castellan-server").toUtf8());
    }
    QTemporaryDir state;
    // Password mode measures the password check alone: users without factors, no api profile.
    QStringList args{"--set", "log.level=notice", "--set", "auth.password_only_without_profile=true"};
    if (!options.dbUrl.empty()) {
        args << "--set" << QString::fromStdString("db.url=" + options.dbUrl);
    }
    ServerProcess server(state.path(), args);
    if (!server.start()) {
        std::fprintf(stderr, "server did not start:\n%s\n", qPrintable(server.stderrText()));
        return 1;
    }
    AdminSession admin(server);
    const std::string agent = admin.createClientToken("agent", "bench");
    // Lockout must not interfere: failures are not part of this figure, but keep the limits generous anyway.
    const std::string password = "Benchmark-Password-1";
    const bool otpMode = options.mode == "otp";
    const std::string seedHex = "3132333435363738393031323334353637383930";
    const std::string seedText = "12345678901234567890";
    const std::vector<std::uint8_t> seed(seedText.begin(), seedText.end());
    if (otpMode) {
        admin.send("POST", "/api/v1/applications",
                   R"({"name":"bench-otp","type":"api","allowed_factors":["hotp"],"password_required":false})");
        HttpReply settings = admin.get("/api/v1/settings/security");
        admin.send("PUT", "/api/v1/settings/security",
                   json({{"failed_attempt_limit", "=1000"},
                         {"window_seconds", "=60"},
                         {"block_seconds", "=60"},
                         {"permanent_block", "false"},
                         {"source_failure_limit", "=1000000"}}),
                   {{"If-Match", settings.headers["ETag"]}});
    }
    for (int i = 0; i < options.users; ++i) {
        HttpReply user = admin.send("POST", "/api/v1/users",
                                    json({{"username", "bench" + std::to_string(i)},
                                          {"password", password},
                                          {"password_confirmation", password}}));
        if (otpMode) {
            admin.send("POST", "/api/v1/users/" + std::to_string(user.json()->getValue<int>("id")) + "/factors",
                       json({{"type", "hotp"}, {"serial", "B" + std::to_string(i)}, {"secret_hex", seedHex}}));
        }
    }

    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::vector<double> latenciesMs;
    std::atomic<long> failures{0};
    std::vector<std::thread> workers;
    const auto started = SteadyClock::now();
    for (int t = 0; t < options.threads; ++t) {
        workers.emplace_back([&, t] {
            HttpsClient client("127.0.0.1", server.httpsPort());
            std::vector<double> mine;
            std::vector<std::uint64_t> counters(static_cast<size_t>(options.users), 0);
            for (int i = t; !stop; i += options.threads) {
                // Each thread owns the users i = t (mod threads), so every HOTP counter is used in order, once.
                const int u = i % options.users;
                const std::string body =
                    otpMode ? json({{"username", "bench" + std::to_string(u)},
                                    {"otp", hotp(seed, counters[static_cast<size_t>(u)]++, 6, OtpAlgorithm::Sha1)},
                                    {"application", "bench-otp"}})
                            : json({{"username", "bench" + std::to_string(u)}, {"password", password}});
                const auto begin = SteadyClock::now();
                try {
                    HttpReply r = client.send("POST", "/api/v1/auth/validate", body, "application/json",
                                              {{"Authorization", "Bearer " + agent}});
                    if (r.status != 200 || r.body.find("\"accept\"") == std::string::npos) {
                        ++failures;
                    }
                } catch (...) {
                    ++failures;
                }
                mine.push_back(std::chrono::duration<double, std::milli>(SteadyClock::now() - begin).count());
            }
            std::lock_guard lock(mutex);
            latenciesMs.insert(latenciesMs.end(), mine.begin(), mine.end());
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(options.seconds));
    const long rss = residentKiB(server.process().processId());
    stop = true;
    for (auto& w : workers) {
        w.join();
    }
    const double elapsed = std::chrono::duration<double>(SteadyClock::now() - started).count();
    std::sort(latenciesMs.begin(), latenciesMs.end());
    auto percentile = [&](double p) {
        return latenciesMs.empty()
                   ? 0.0
                   : latenciesMs[std::min(latenciesMs.size() - 1, static_cast<size_t>(p * latenciesMs.size()))];
    };
    const std::string db = options.dbUrl.empty() ? "sqlite" : "postgresql";
    const char* m = otpMode ? "otp" : "password";
    std::printf("validate.%s db=%s threads=%d requests=%zu failures=%ld\n", m, db.c_str(), options.threads,
                latenciesMs.size(), failures.load());
    std::printf("validate.%s.throughput %.1f req/s\n", m, latenciesMs.size() / elapsed);
    std::printf("validate.%s.p50 %.2f ms\n", m, percentile(0.50));
    std::printf("validate.%s.p99 %.2f ms\n", m, percentile(0.99));
    std::printf("server.rss %ld KiB\n", rss);
    server.stop();
    return failures.load() == 0 ? 0 : 1;
}
