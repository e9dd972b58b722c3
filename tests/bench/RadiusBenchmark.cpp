// Benchmark: RADIUS Access-Requests against a real castellan-server on loopback, with FreeRADIUS (Debian
// `freeradius`, PAP from a users file, loopback only) run the same way as the reference.
// Modes: otp (profile without password: an HOTP code per request, the replay-proof write path), pap-otp (password
// with the HOTP code appended: Argon2id bound), freeradius (the reference), all (the three in turn).
// Every request carries Message-Authenticator; each load thread keeps one request in flight as its own user (HOTP
// counters must be used in order), so Castellan modes use at most 25 threads: the Demo License's monthly users.
// Prints one line per figure (DESIGN §8). Run on demand, never pass/fail:
//   castellan-bench-radius [--mode all|otp|pap-otp|freeradius] [--db-url URL] [--threads N] [--seconds S]
#include "AdminSession.h"
#include "ServerProcess.h"
#include "crypto/Random.h"
#include "otp/Hotp.h"
#include "radius/RadiusDictionary.h"
#include "radius/RadiusIntegrity.h"
#include "radius/UserPassword.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <mutex>
#include <thread>

using namespace castellan;
using namespace castellan::test;
using SteadyClock = std::chrono::steady_clock;

namespace {

constexpr const char* kPassword = "Benchmark-Password-1";
constexpr int kDemoLicenseUsers = 25;
constexpr const char* kSecret = "bench-shared-secret-0123456789";
const std::string kSeedText = "12345678901234567890";

struct Options
{
    std::string mode = "all";
    std::string dbUrl;
    int threads = 16;
    int seconds = 10;
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
            o.threads = std::max(1, args[i + 1].toInt());
        } else if (args[i] == "--seconds") {
            o.seconds = std::max(1, args[i + 1].toInt());
        }
    }
    return o;
}

/// What one load thread sends: the n-th request of thread t.
struct Load
{
    std::string name;
    std::string bindAddress;
    int port = 0;
    std::function<RadiusPacket(int thread, long n)> request;
};

struct Figures
{
    std::vector<double> latenciesMs;
    long failures = 0;
    double seconds = 0;
};

/// One UDP socket per thread, one request in flight on it, answers checked for Access-Accept and authenticity.
void loadThread(const Load& load, int thread, const std::atomic<bool>& stop, Figures& out, std::mutex& mutex)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, load.bindAddress.c_str(), &local.sin_addr);
    ::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local);
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(static_cast<std::uint16_t>(load.port));
    inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
    std::vector<double> mine;
    long failures = 0;
    std::vector<std::uint8_t> answer(4096);
    for (long n = 0; !stop; ++n) {
        const RadiusPacket request = load.request(thread, n);
        const auto bytes = *RadiusIntegrity::signRequest(request, kSecret, true);
        const auto begin = SteadyClock::now();
        ::sendto(fd, bytes.data(), bytes.size(), 0, reinterpret_cast<sockaddr*>(&server), sizeof server);
        pollfd p{fd, POLLIN, 0};
        const bool ready = ::poll(&p, 1, 3000) == 1;
        const ssize_t size = ready ? ::recv(fd, answer.data(), answer.size(), 0) : -1;
        mine.push_back(std::chrono::duration<double, std::milli>(SteadyClock::now() - begin).count());
        if (size < 20 || answer[0] != static_cast<std::uint8_t>(RadiusCode::AccessAccept) ||
            !RadiusIntegrity::responseValid(std::span(answer.data(), static_cast<std::size_t>(size)), request,
                                            kSecret)) {
            ++failures;
            if (failures == 1 && thread == 0) {
                std::fprintf(stderr, "%s: first failure: %s\n", load.name.c_str(),
                             size < 20 ? "no answer" : radiusCodeName(answer[0]).c_str());
            }
        }
    }
    ::close(fd);
    std::lock_guard lock(mutex);
    out.latenciesMs.insert(out.latenciesMs.end(), mine.begin(), mine.end());
    out.failures += failures;
}

Figures drive(const Load& load, const Options& options)
{
    Figures figures;
    std::mutex mutex;
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    const auto started = SteadyClock::now();
    for (int t = 0; t < options.threads; ++t) {
        threads.emplace_back([&, t] { loadThread(load, t, stop, figures, mutex); });
    }
    std::this_thread::sleep_for(std::chrono::seconds(options.seconds));
    stop = true;
    for (auto& t : threads) {
        t.join();
    }
    figures.seconds = std::chrono::duration<double>(SteadyClock::now() - started).count();
    return figures;
}

void print(const std::string& name, Figures figures, const std::string& note)
{
    std::sort(figures.latenciesMs.begin(), figures.latenciesMs.end());
    auto percentile = [&](double p) {
        const auto& l = figures.latenciesMs;
        return l.empty() ? 0.0 : l[std::min(l.size() - 1, static_cast<std::size_t>(p * l.size()))];
    };
    std::printf("%s %s requests=%zu failures=%ld\n", name.c_str(), note.c_str(), figures.latenciesMs.size(),
                figures.failures);
    std::printf("%s.throughput %.1f req/s\n", name.c_str(), figures.latenciesMs.size() / figures.seconds);
    std::printf("%s.p50 %.2f ms\n", name.c_str(), percentile(0.50));
    std::printf("%s.p99 %.2f ms\n", name.c_str(), percentile(0.99));
    std::fflush(stdout);
}

RadiusPacket accessRequest(const std::string& user, const std::string& password, long n)
{
    RadiusPacket p;
    p.code = static_cast<std::uint8_t>(RadiusCode::AccessRequest);
    p.identifier = static_cast<std::uint8_t>(n);
    const auto random = Random::system().bytes(RadiusPacket::kAuthenticatorSize);
    std::copy(random.begin(), random.end(), p.authenticator.begin());
    p.addText(RadiusAttr::UserName, user);
    p.add(RadiusAttr::UserPassword, *UserPassword::hide(password, kSecret, p.authenticator));
    return p;
}

using Counters = std::shared_ptr<std::vector<std::uint64_t>>;

/// A Castellan load: thread t is user `bench<t>` with an HOTP factor, whose counter it alone advances (across modes
/// too), so every code is used once and in order.
Load castellanLoad(const std::string& name, const std::string& bind, int port, const Counters& counters,
                   bool withPassword)
{
    const std::vector<std::uint8_t> seed(kSeedText.begin(), kSeedText.end());
    return {name, bind, port, [=](int t, long n) {
                const std::string code = hotp(seed, (*counters)[static_cast<std::size_t>(t)]++, 6, OtpAlgorithm::Sha1);
                return accessRequest("bench" + std::to_string(t), withPassword ? kPassword + code : code, n);
            }};
}

void setUp(AdminSession& admin, int threads)
{
    HttpReply settings = admin.get("/api/v1/settings/security");
    admin.send("PUT", "/api/v1/settings/security",
               json({{"failed_attempt_limit", "=1000"},
                     {"window_seconds", "=60"},
                     {"block_seconds", "=60"},
                     {"permanent_block", "false"},
                     {"source_failure_limit", "=1000000"}}),
               {{"If-Match", settings.headers["ETag"]}});
    HttpReply otp = admin.send("POST", "/api/v1/applications",
                               R"({"name":"bench-otp","type":"radius","allowed_factors":["hotp"],)"
                               R"("password_required":false})");
    HttpReply pap = admin.send("POST", "/api/v1/applications",
                               R"({"name":"bench-pap-otp","type":"radius","allowed_factors":["hotp"],)"
                               R"("appended_otp_length":6})");
    for (const auto& [name, source, app] : {std::tuple{"otp", "127.0.0.1", otp.json()->getValue<int>("id")},
                                            std::tuple{"pap-otp", "127.0.0.2", pap.json()->getValue<int>("id")}}) {
        admin.send("POST", "/api/v1/radius-clients",
                   json({{"name", name},
                         {"source", source},
                         {"secret", kSecret},
                         {"application_id", "=" + std::to_string(app)}}));
    }
    const std::string seedHex = "3132333435363738393031323334353637383930";
    for (int i = 0; i < threads; ++i) {
        const std::string name = "bench" + std::to_string(i);
        HttpReply user =
            admin.send("POST", "/api/v1/users",
                       json({{"username", name}, {"password", kPassword}, {"password_confirmation", kPassword}}));
        admin.send("POST", "/api/v1/users/" + std::to_string(user.json()->getValue<int>("id")) + "/factors",
                   json({{"type", "hotp"}, {"serial", "B-" + name}, {"secret_hex", seedHex}}));
    }
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

int runCastellan(Options options)
{
    if (options.threads > kDemoLicenseUsers) {
        std::fprintf(stderr, "castellan modes: %d threads (one user each) capped at %d, the Demo License's users\n",
                     options.threads, kDemoLicenseUsers);
        options.threads = kDemoLicenseUsers;
    }
    QTemporaryDir state;
    QStringList args{"--set", "log.level=notice", "--set", "radius.port=auto", "--set", "radius.workers=32"};
    if (!options.dbUrl.empty()) {
        args << "--set" << QString::fromStdString("db.url=" + options.dbUrl);
    }
    ServerProcess server(state.path(), args);
    if (!server.start()) {
        std::fprintf(stderr, "server did not start:\n%s\n", qPrintable(server.stderrText()));
        return 1;
    }
    AdminSession admin(server);
    setUp(admin, options.threads);
    const std::string note = "db=" + std::string(options.dbUrl.empty() ? "sqlite" : "postgresql") +
                             " in_flight=" + std::to_string(options.threads);
    const Counters counters = std::make_shared<std::vector<std::uint64_t>>(static_cast<std::size_t>(options.threads));
    if (options.mode == "all" || options.mode == "otp") {
        print("radius.otp", drive(castellanLoad("otp", "127.0.0.1", server.radiusPort(), counters, false), options),
              note);
    }
    if (options.mode == "all" || options.mode == "pap-otp") {
        print("radius.pap-otp",
              drive(castellanLoad("pap-otp", "127.0.0.2", server.radiusPort(), counters, true), options), note);
    }
    std::printf("server.rss %ld KiB\n", residentKiB(server.process().processId()));
    server.stop();
    return 0;
}

/// FreeRADIUS with a minimal configuration: one client, PAP from a users file, loopback only.
int runFreeRadius(const Options& options)
{
    QTemporaryDir dir;
    const int port = 20000 + static_cast<int>(QCoreApplication::applicationPid() % 20000);
    std::ofstream(dir.filePath("users").toStdString()) << "bench Cleartext-Password := \"" << kPassword << "\"\n";
    const std::string d = dir.path().toStdString();
    std::ofstream(dir.filePath("radiusd.conf").toStdString())
        << "prefix = /usr\nlocalstatedir = " << d << "\nlogdir = " << d << "\nraddbdir = " << d << "\nconfdir = " << d
        << "\nrun_dir = " << d << "\nlibdir = /usr/lib/freeradius\npidfile = " << d
        << "/radiusd.pid\nname = freeradius\nmax_request_time = 30\ncleanup_delay = 5\nmax_requests = 65536\n"
        << "hostname_lookups = no\nlog {\n destination = stderr\n}\nsecurity {\n max_attributes = 200\n"
        << " reject_delay = 0\n status_server = no\n}\nthread pool {\n start_servers = 8\n max_servers = 32\n"
        << " min_spare_servers = 4\n max_spare_servers = 16\n max_requests_per_server = 0\n}\n"
        << "client bench {\n ipaddr = 127.0.0.1\n secret = " << kSecret << "\n}\n"
        << "modules {\n files {\n  filename = " << d << "/users\n }\n pap {\n }\n}\n"
        << "server default {\n listen {\n  type = auth\n  ipaddr = 127.0.0.1\n  port = " << port << "\n }\n"
        << " authorize {\n  files\n  pap\n }\n authenticate {\n  Auth-Type PAP {\n   pap\n  }\n }\n}\n";
    QProcess freeradius;
    freeradius.setProcessChannelMode(QProcess::MergedChannels);
    freeradius.start("freeradius", {"-f", "-d", dir.path(), "-l", "stdout"});
    if (!freeradius.waitForStarted(10000)) {
        std::fprintf(stderr, "freeradius did not start (apt-get install freeradius)\n");
        return 1;
    }
    QThread::msleep(1500);
    if (freeradius.state() != QProcess::Running) {
        std::fprintf(stderr, "freeradius stopped:\n%s\n", freeradius.readAll().constData());
        return 1;
    }
    const Load load{"freeradius", "127.0.0.1", port, [](int, long n) {
                        return accessRequest("bench", kPassword, n);
                    }};
    print("freeradius.pap", drive(load, options), "in_flight=" + std::to_string(options.threads));
    freeradius.terminate();
    freeradius.waitForFinished(5000);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app.arguments());
    if (qEnvironmentVariableIsEmpty("CASTELLAN_SERVER_BINARY")) {
        qputenv("CASTELLAN_SERVER_BINARY", (QCoreApplication::applicationDirPath() + "/castellan-server").toUtf8());
    }
    int failed = 0;
    if (options.mode != "freeradius") {
        failed |= runCastellan(options);
    }
    if (options.mode == "all" || options.mode == "freeradius") {
        failed |= runFreeRadius(options);
    }
    return failed;
}
