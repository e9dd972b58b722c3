#include "app/CastellanServer.h"

#include "app/AdminCommand.h"
#include "app/AuditJournal.h"
#include "app/AuditSyslog.h"
#include "app/BootstrapAdmin.h"
#include "app/HttpListeners.h"
#include "app/JournalChannel.h"
#include "app/JournalEvents.h"
#include "app/Metrics.h"
#include "app/SelfSignedCertificate.h"
#include "app/ServerServices.h"
#include "app/ServiceNotifier.h"
#include "app/ServiceReload.h"
#include "app/ServiceSignals.h"
#include "app/StateDirectory.h"
#include "crypto/MasterKey.h"
#include "crypto/SecretBox.h"
#include "radius/RadiusCounters.h"
#include "radius/RadiusServer.h"
#include "store/Database.h"
#include "store/Housekeeping.h"
#include "store/KeyCanary.h"
#include "store/Migrator.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/PatternFormatter.h>
#include <Poco/Timer.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/LayeredConfiguration.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sys/stat.h>

namespace castellan {

using Poco::Util::Option;
using Poco::Util::OptionCallback;

int CastellanServer::runFromCommandLine(int argc, char** argv)
{
    ServiceSignals::block(); // before any thread exists: every thread inherits the mask
    try {
        init(argc, argv);
    } catch (const Poco::Exception& e) {
        std::cerr << "castellan-server: " << e.displayText() << " (see --help)\n";
        return kExitConfig;
    }
    return run();
}

void CastellanServer::defineOptions(Poco::Util::OptionSet& options)
{
    ServerApplication::defineOptions(options);
    options.addOption(Option("help", "h", "show this help and exit"));
    options.addOption(Option("version", "v", "print the version and exit"));
    options.addOption(
        Option("config", "c",
               "read configuration from FILE (default " + std::string(kDefaultConfigFile) + " when it exists)")
            .argument("FILE"));
    options.addOption(Option("set", "s", "override one configuration key, e.g. --set http.port=9443 (repeatable)")
                          .argument("KEY=VALUE")
                          .repeatable(true));
    options.addOption(
        Option("state-dir", "d", "directory for the database, keys and certificates (state.dir)").argument("DIR"));
    options.addOption(Option("password-stdin", "", "admin add: read the password from standard input"));
    options.addOption(Option("no-otp", "", "admin add: no second factor (needs auth.allow_admin_without_otp)"));
    options.addOption(Option("out", "", "backup: write the encrypted backup to FILE").argument("FILE"));
    options.addOption(
        Option("passphrase-file", "", "backup, restore: read the passphrase from FILE (default: standard input)")
            .argument("FILE"));
}

void CastellanServer::handleOption(const std::string& name, const std::string& value)
{
    ServerApplication::handleOption(name, value);
    if (name == "help") {
        m_helpRequested = true;
        stopOptionsProcessing();
    } else if (name == "version") {
        m_versionRequested = true;
        stopOptionsProcessing();
    } else if (name == "config") {
        m_configFile = value;
    } else if (name == "password-stdin") {
        m_adminOptions.passwordFromStdin = true;
    } else if (name == "no-otp") {
        m_adminOptions.noOtp = true;
    } else if (name == "out") {
        m_backupOptions.outFile = value;
    } else if (name == "passphrase-file") {
        m_backupOptions.passphraseFile = value;
    } else if (name == "state-dir") {
        m_overrides.emplace_back("state.dir", value);
    } else if (name == "set") {
        const size_t eq = value.find('=');
        if (eq == std::string::npos || eq == 0) {
            m_optionError = "--set expects KEY=VALUE (got '" + value + "')";
        } else {
            m_overrides.emplace_back(value.substr(0, eq), value.substr(eq + 1));
        }
    }
}

void CastellanServer::printHelp()
{
    Poco::Util::HelpFormatter help(options());
    help.setCommand(commandName());
    help.setUsage("[OPTIONS] [admin add NAME --password-stdin [--no-otp] | admin list | admin reset NAME | "
                  "admin remove NAME | backup --out FILE [--passphrase-file FILE] | "
                  "restore FILE [--passphrase-file FILE]]");
    help.setHeader("Castellan MFA server: REST API, RADIUS, SAML IdP, registration portal and device API.");
    help.setFooter("Configuration keys are listed in README.md. Exit codes: 0 stopped cleanly, 1 runtime "
                   "failure, 2 configuration error.");
    help.setUnixStyle(true);
    help.format(std::cout);
}

bool CastellanServer::loadConfigurationLayers()
{
    std::string error;
    if (!addConfigurationLayers(config(), error)) {
        std::cerr << "castellan-server: " << error << "\n";
        return false;
    }
    return true;
}

bool CastellanServer::addConfigurationLayers(Poco::Util::LayeredConfiguration& layers, std::string& error) const
{
    std::string file;
    if (m_configFile) {
        file = *m_configFile;
    } else if (std::filesystem::exists(kDefaultConfigFile)) {
        file = kDefaultConfigFile;
    }
    if (!file.empty()) {
        std::ifstream probe(file);
        if (!probe) {
            error = "cannot read configuration file " + file + ": " + std::strerror(errno);
            return false;
        }
        try {
            layers.add(new Poco::Util::PropertyFileConfiguration(file), 0, false);
        } catch (const Poco::Exception& e) {
            error = "cannot parse configuration file " + file + ": " + e.displayText();
            return false;
        }
    }
    Poco::AutoPtr<Poco::Util::MapConfiguration> overrides(new Poco::Util::MapConfiguration);
    for (const auto& [key, value] : m_overrides) {
        overrides->setString(key, value);
    }
    layers.add(overrides, -100, false);
    return true;
}

Result<ServerConfig> CastellanServer::rereadConfiguration() const
{
    Poco::AutoPtr<Poco::Util::LayeredConfiguration> layers(new Poco::Util::LayeredConfiguration);
    std::string error;
    if (!addConfigurationLayers(*layers, error)) {
        return Error::of(ErrorCode::Configuration, error);
    }
    std::vector<ConfigError> errors;
    auto parsed = ServerConfig::fromConfiguration(*layers, errors);
    if (!parsed) {
        std::string text;
        for (const ConfigError& e : errors) {
            text += (text.empty() ? "" : "; ") + e.key + ": " + e.message;
        }
        return Error::of(ErrorCode::Configuration, "configuration error: " + text);
    }
    return std::move(parsed.value());
}

void CastellanServer::reportConfigurationError(const std::string& text)
{
    // Logging is not set up (the configuration says how): under systemd the journal by default, with its id.
    const std::string journal = JournalChannel::select("auto", JournalChannel::kDefaultSocket);
    if (journal.empty()) {
        std::cerr << "castellan-server: configuration error: " << text << "\n";
        return;
    }
    Poco::AutoPtr<JournalChannel> channel(
        new JournalChannel(journal, commandName(), Poco::AutoPtr<Poco::Channel>(new Poco::ConsoleChannel(std::cerr))));
    Poco::Message message("configuration", "error: " + text, Poco::Message::PRIO_ERROR);
    message.set("MESSAGE_ID", JournalEvents::kConfigError);
    channel->log(message);
}

void CastellanServer::configureLogging(const ServerConfig& config)
{
    Poco::AutoPtr<Poco::PatternFormatter> formatter(new Poco::PatternFormatter("%Y-%m-%dT%H:%M:%S.%iZ %p %s: %t"));
    formatter->setProperty("times", "UTC");
    Poco::AutoPtr<Poco::ConsoleChannel> console(new Poco::ConsoleChannel(std::cerr));
    Poco::AutoPtr<Poco::Channel> channel(new Poco::FormattingChannel(formatter, console));
    m_journalSocket = JournalChannel::select(config.logJournal, config.logJournalSocket);
    if (!m_journalSocket.empty()) {
        // Under systemd the journal takes the time, priority and fields; stderr only when it cannot be reached.
        channel = new JournalChannel(m_journalSocket, commandName(), channel);
    }
    Poco::Logger::root().setChannel(channel);
    logger().setChannel(channel);
    applyLogLevel(config.logLevel);
}

void CastellanServer::applyLogLevel(const std::string& level)
{
    // Every logger that exists, and (through the root) every one made later.
    Poco::Logger::setLevel("", Poco::Logger::parseLevel(level));
    logger().setLevel(Poco::Logger::parseLevel(level));
    // Every listener's address is logged whatever log.level says: operators and scripts look for these lines;
    // so is what a reload did.
    Poco::Logger::get("listen").setLevel(Poco::Message::PRIO_NOTICE);
    Poco::Logger::get("reload").setLevel(std::max(Poco::Logger::parseLevel(level), int(Poco::Message::PRIO_NOTICE)));
}

int CastellanServer::main(const std::vector<std::string>& args)
{
    if (m_helpRequested) {
        printHelp();
        return EXIT_OK;
    }
    if (m_versionRequested) {
        std::cout << "castellan-server " << CASTELLAN_VERSION << "\n";
        return EXIT_OK;
    }
    if (!m_optionError.empty()) {
        std::cerr << "castellan-server: " << m_optionError << "\n";
        return kExitConfig;
    }
    const bool adminCommand = !args.empty() && args.front() == "admin";
    const bool backupCommand = !args.empty() && (args.front() == "backup" || args.front() == "restore");
    if (!args.empty() && !adminCommand && !backupCommand) {
        std::cerr << "castellan-server: unexpected argument '" << args.front() << "' (see --help)\n";
        return kExitConfig;
    }
    if (!loadConfigurationLayers()) {
        return kExitConfig;
    }
    std::vector<ConfigError> errors;
    auto parsed = ServerConfig::fromConfiguration(config(), errors);
    if (!parsed) {
        for (const ConfigError& e : errors) {
            reportConfigurationError(e.key + ": " + e.message);
        }
        return kExitConfig;
    }
    if (adminCommand) {
        Poco::Logger::root().setLevel(Poco::Message::PRIO_WARNING);
        return AdminCommand::run(args, m_adminOptions, parsed.value(), std::cin, std::cout, std::cerr);
    }
    if (backupCommand) {
        Poco::Logger::root().setLevel(Poco::Message::PRIO_WARNING);
        return BackupCommand::run(args, m_backupOptions, parsed.value(), std::cin, std::cout, std::cerr);
    }
    if (parsed->licenseZone.usesSystemZone()) {
        // License months follow the configured zone; localtime_r reads TZ, set here before any worker starts.
        ::setenv("TZ", parsed->licenseZone.name().c_str(), 1);
        ::tzset();
    }
    configureLogging(parsed.value());
    return serve(parsed.value());
}

namespace {

/// Adapts a callable to Poco::Timer's member-function callback.
class HousekeepingCallback
{
public:
    explicit HousekeepingCallback(std::function<void()> work) : m_work(std::move(work)) {}
    void onTimer(Poco::Timer&) { m_work(); }

private:
    std::function<void()> m_work;
};

RadiusSettings radiusSettings(const ServerConfig& config, const std::string& certFile, const std::string& keyFile)
{
    RadiusSettings s;
    s.address = config.radiusAddress;
    s.port = config.radiusPort;
    s.accountingPort = config.radiusAccountingPort;
    s.radsecPort = config.radsecPort;
    s.radsecCertFile = config.radsecCertFile.empty() ? certFile : config.radsecCertFile;
    s.radsecKeyFile = config.radsecKeyFile.empty() ? keyFile : config.radsecKeyFile;
    s.radsecCaFile = config.radsecCaFile;
    s.workers = config.radiusWorkers;
    return s;
}

/// Opens the RADIUS listeners and logs their addresses; the exit code when one cannot be opened.
int startRadius(RadiusServer& radius, const ServerConfig& config, Poco::Logger& log)
{
    try {
        for (const std::string& line : radius.start()) {
            log.notice("listening %s", line);
        }
    } catch (const Poco::Net::NetException& e) {
        std::cerr << "castellan-server: cannot listen for RADIUS on " << config.radiusAddress << ": " << e.displayText()
                  << "\n";
        return CastellanServer::kExitRuntime;
    } catch (const Poco::Exception& e) {
        std::cerr << "castellan-server: cannot start RadSec: " << e.displayText() << "\n";
        return CastellanServer::kExitConfig;
    }
    return Poco::Util::Application::EXIT_OK;
}

} // namespace

int CastellanServer::serve(const ServerConfig& config)
{
    Poco::Logger& log = logger();
    ServiceNotifier systemd = ServiceNotifier::fromEnvironment(); // watchdog pings from here on (migrations)
    if (auto dir = StateDirectory::prepare(config.stateDir); !dir) {
        std::cerr << "castellan-server: " << dir.error().message << "\n";
        return kExitConfig;
    }
    auto masterKey = MasterKey::loadOrCreate(config.stateDir + "/master.key");
    if (!masterKey) {
        std::cerr << "castellan-server: " << masterKey.error().message << "\n";
        return kExitConfig;
    }

    auto database = Database::open(config.database, {.poolMax = config.dbPoolMax});
    if (!database) {
        std::cerr << "castellan-server: " << database.error().message << "\n";
        return kExitRuntime;
    }
    Database& db = *database.value();
    auto schema = Migrator(db).migrate();
    if (!schema) {
        std::cerr << "castellan-server: " << schema.error().message << "\n";
        return schema.error().code == ErrorCode::Configuration ? kExitConfig : kExitRuntime;
    }
    log.information("database %s at schema version %d", config.database.display, schema.value());
    // Before anything can seal a secret: a master.key that is not this database's stops the server here.
    const SecretBox canaryBox(MasterKey::fromBytes(masterKey.value().bytes()));
    auto canary = KeyCanary::verifyOrCreate(db, canaryBox, config.stateDir + "/master.key");
    if (!canary) {
        std::cerr << "castellan-server: " << canary.error().message << "\n";
        return canary.error().code == ErrorCode::Configuration ? kExitConfig : kExitRuntime;
    }
    if (canary.value() == KeyCanary::Outcome::Created) {
        log.information("sealed the key canary under master key %s", masterKey.value().keyIdHex());
    }

    ServerServices services(config, db, std::move(masterKey.value()));
    AuditLog& audit = services.audit();
    // Before anything is recorded; the last events (server.stop) are drained when it goes out of scope.
    AuditSyslog syslog(config.syslog, audit);
    std::optional<AuditJournal> journal;
    if (!m_journalSocket.empty()) {
        journal.emplace(audit);
    }
    if (auto created = BootstrapAdmin::ensure(db, audit, services.hasher(), std::cout); !created) {
        std::cerr << "castellan-server: " << created.error().message << "\n";
        return kExitRuntime;
    }
    // An MFA server must never silently become single-factor (profiles can change later: GET /api/v1/health).
    for (const SecondFactorEnforcement::Finding& f : *services.secondFactorEnforcement().findings()) {
        log.warning("second factor NOT enforced on channel %s: %s", f.channel, f.reason);
    }

    std::string certFile = config.tlsCertFile;
    std::string keyFile = config.tlsKeyFile;
    if (certFile.empty()) {
        certFile = config.stateDir + "/tls/server.crt";
        keyFile = config.stateDir + "/tls/server.key";
        std::filesystem::create_directories(config.stateDir + "/tls");
        auto made = SelfSignedCertificate::ensure(certFile, keyFile);
        if (!made) {
            std::cerr << "castellan-server: " << made.error().message << "\n";
            return kExitConfig;
        }
        if (made.value()) {
            log.notice("created a self-signed TLS certificate %s (SHA-256 %s)", certFile,
                       SelfSignedCertificate::fingerprint(certFile).value());
        }
    }

    Router& router = services.router();

    Poco::Net::initializeSSL();
    // RADIUS listeners open before HTTPS, so every "listening" line is logged by the time the HTTPS one is.
    RadiusServer radius(radiusSettings(config, certFile, keyFile), services.engine(), services.radiusClients(),
                        services.radiusProfiles(), audit);
    if (const int failed = startRadius(radius, config, Poco::Logger::get("listen")); failed != EXIT_OK) {
        return failed;
    }
    Metrics::instance().setSource("database", [&db](std::string& out) {
        const Database::PoolState pool = db.poolState();
        out += "# HELP castellan_db_pool_sessions Database sessions of this node's pool.\n"
               "# TYPE castellan_db_pool_sessions gauge\n";
        out += "castellan_db_pool_sessions{state=\"used\"} " + std::to_string(pool.used) + "\n";
        out += "castellan_db_pool_sessions{state=\"idle\"} " + std::to_string(pool.idle) + "\n";
        out += "castellan_db_pool_sessions{state=\"capacity\"} " + std::to_string(pool.capacity) + "\n";
    });
    Metrics::instance().setSource("radius", [&radius](std::string& out) {
        const RadiusCounters& c = radius.counters();
        out += "# HELP castellan_radius_packets_total RADIUS packets, by what became of them.\n"
               "# TYPE castellan_radius_packets_total counter\n";
        const std::pair<const char*, const std::atomic<std::uint64_t>&> counts[] = {
            {"received", c.received},
            {"malformed", c.malformed},
            {"unknown_client", c.unknownClient},
            {"bad_authenticator", c.badAuthenticator},
            {"missing_authenticator", c.missingAuthenticator},
            {"unexpected_code", c.unexpectedCode},
            {"duplicate", c.duplicates},
            {"shed", c.shed},
            {"access_accept", c.accepts},
            {"access_reject", c.rejects},
            {"access_challenge", c.challenges},
            {"accounting", c.accounting}};
        for (const auto& [outcome, value] : counts) {
            out += std::string("castellan_radius_packets_total{outcome=\"") + outcome + "\"} " +
                   std::to_string(value.load()) + "\n";
        }
    });
    HttpListeners http;
    if (auto started = http.start(config, certFile, keyFile, router, Poco::Logger::get("listen")); !started) {
        std::cerr << "castellan-server: " << started.error().message << "\n";
        return started.error().code == ErrorCode::Configuration ? kExitConfig : kExitRuntime;
    }

    audit.record({.channel = "system", .event = "server.start", .actor = "system", .result = "success"});
    systemd.ready();
    JournalEvents::log(log, Poco::Message::PRIO_NOTICE, "castellan-server " + std::string(CASTELLAN_VERSION) + " ready",
                       JournalEvents::kServerStart);

    // Housekeeping every 10 minutes (and once now): expired short-lived security state is deleted.
    Housekeeping housekeeping(db);
    Poco::Timer housekeepingTimer(0, 10 * 60 * 1000);
    auto sweep = [&] {
        try {
            const HousekeepingReport report = housekeeping.run(SystemClock::instance().nowSeconds());
            if (report.total() > 0) {
                log.information("housekeeping removed %Ld expired rows", static_cast<Poco::Int64>(report.total()));
            }
            services.licenseAlarms().check(); // at start and every 10 minutes: days left, usage
        } catch (const Poco::Exception& e) {
            log.warning("housekeeping failed: %s", e.displayText());
        }
    };
    HousekeepingCallback callback(sweep);
    housekeepingTimer.start(Poco::TimerCallback<HousekeepingCallback>(callback, &HousekeepingCallback::onTimer));
    ServiceReload reload({.readConfiguration = [this] { return rereadConfiguration(); },
                          .applyLogLevel =
                              [this](const std::string& level) {
                                  applyLogLevel(level);
                              }},
                         http, radius, systemd, audit);
    ServiceSignals::wait([&reload] { reload.run(); });
    systemd.stopping();
    housekeepingTimer.stop();

    log.notice("stopping: finishing requests in flight");
    http.stop();
    radius.stop();
    Metrics::instance().removeSource("radius");
    Metrics::instance().removeSource("database");
    if (config.radiusPort != 0 || config.radiusAccountingPort != 0 || config.radsecPort != 0) {
        log.information("radius counters: %s", radius.counters().summary());
    }
    audit.record({.channel = "system", .event = "server.stop", .actor = "system", .result = "success"});
    JournalEvents::log(log, Poco::Message::PRIO_NOTICE, "stopped", JournalEvents::kServerStop);
    return EXIT_OK;
}

} // namespace castellan
