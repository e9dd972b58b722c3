#pragma once

#include "app/AdminCommand.h"
#include "app/BackupCommand.h"
#include "app/ServerConfig.h"

#include <Poco/Util/ServerApplication.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace castellan {

/// castellan-server: one Poco ServerApplication serving every channel (DESIGN §1).
///
/// Exit codes: 0 after a clean stop; 2 when configuration or the state directory must be fixed
/// (bad value, unreadable file, loose master key permissions, schema newer than the binary);
/// 1 when a resource is unavailable (port in use, database unreachable).
class CastellanServer : public Poco::Util::ServerApplication
{
public:
    static constexpr int kExitRuntime = 1;
    static constexpr int kExitConfig = 2;
    static constexpr const char* kDefaultConfigFile = "/etc/castellan/castellan.properties";

    /// Parses the command line and runs the server; returns the process exit code.
    int runFromCommandLine(int argc, char** argv);

protected:
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& args) override;

private:
    void printHelp();
    bool loadConfigurationLayers();
    /// The configuration file (--config or the default) under the --set/--state-dir overrides.
    bool addConfigurationLayers(Poco::Util::LayeredConfiguration& layers, std::string& error) const;
    /// The configuration as a reload sees it: the same layers read again and parsed.
    Result<ServerConfig> rereadConfiguration() const;
    void configureLogging(const ServerConfig& config);
    /// A configuration error at start: to the journal with its MESSAGE_ID under systemd, else to stderr.
    void reportConfigurationError(const std::string& text);
    void applyLogLevel(const std::string& level);
    int serve(const ServerConfig& config);

    bool m_helpRequested = false;
    bool m_versionRequested = false;
    std::optional<std::string> m_configFile;
    std::vector<std::pair<std::string, std::string>> m_overrides;
    std::string m_optionError;
    AdminCommand::Options m_adminOptions;
    BackupCommand::Options m_backupOptions;
    std::string m_journalSocket; ///< the journal logged to (JournalChannel); empty: stderr
};

} // namespace castellan
