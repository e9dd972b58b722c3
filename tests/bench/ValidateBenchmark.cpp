// Benchmark: POST /api/v1/auth/validate (password only) against a real castellan-server on loopback.
// Prints one line per figure: throughput, p50, p99 (DESIGN §8). Run on demand, never as a pass/fail test:
//   castellan-bench-validate [--db-url URL] [--threads N] [--seconds S] [--users N]
#include "AdminSession.h"
#include "ServerProcess.h"

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

using namespace castellan::test;
using Clock = std::chrono::steady_clock;

namespace {

struct Options
{
    std::string dbUrl;
    int threads = 8;
    int seconds = 10;
    int users = 200;
};

Options parse(const QStringList& args)
{
    Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--db-url") {
            o.dbUrl = args[i + 1].toStdString();
        } else if (args[i] == "--threads") {
            o.threads = args[i + 1].toInt();
        } else if (args[i] == "--seconds") {
            o.seconds = args[i + 1].toInt();
        } else if (args[i] == "--users") {
            o.users = args[i + 1].toInt();
        }
    }
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
    QStringList args{"--set", "log.level=warning"};
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
    for (int i = 0; i < options.users; ++i) {
        admin.send("POST", "/api/v1/users",
                   json({{"username", "bench" + std::to_string(i)},
                         {"password", password},
                         {"password_confirmation", password}}));
    }

    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::vector<double> latenciesMs;
    std::atomic<long> failures{0};
    std::vector<std::thread> workers;
    const auto started = Clock::now();
    for (int t = 0; t < options.threads; ++t) {
        workers.emplace_back([&, t] {
            HttpsClient client("127.0.0.1", server.httpsPort());
            std::vector<double> mine;
            for (int i = t; !stop; i += options.threads) {
                const std::string body =
                    json({{"username", "bench" + std::to_string(i % options.users)}, {"password", password}});
                const auto begin = Clock::now();
                try {
                    HttpReply r = client.send("POST", "/api/v1/auth/validate", body, "application/json",
                                              {{"Authorization", "Bearer " + agent}});
                    if (r.status != 200 || r.body.find("\"accept\"") == std::string::npos) {
                        ++failures;
                    }
                } catch (...) {
                    ++failures;
                }
                mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
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
    const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
    std::sort(latenciesMs.begin(), latenciesMs.end());
    auto percentile = [&](double p) {
        return latenciesMs.empty()
                   ? 0.0
                   : latenciesMs[std::min(latenciesMs.size() - 1, static_cast<size_t>(p * latenciesMs.size()))];
    };
    const std::string db = options.dbUrl.empty() ? "sqlite" : "postgresql";
    std::printf("validate.password db=%s threads=%d requests=%zu failures=%ld\n", db.c_str(), options.threads,
                latenciesMs.size(), failures.load());
    std::printf("validate.password.throughput %.1f req/s\n", latenciesMs.size() / elapsed);
    std::printf("validate.password.p50 %.2f ms\n", percentile(0.50));
    std::printf("validate.password.p99 %.2f ms\n", percentile(0.99));
    std::printf("server.rss %ld KiB\n", rss);
    server.stop();
    return failures.load() == 0 ? 0 : 1;
}
