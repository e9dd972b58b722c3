#pragma once

#include "app/ServerConfig.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace castellan {

/// `castellan-server admin ...`: operators' and automation's way to manage administrators (like pi-manage or
/// kcadm), against the configured database, also while the server runs:
///   admin add NAME --password-stdin [--no-otp]   admin list   admin reset NAME   admin remove NAME
class AdminCommand
{
public:
    struct Options
    {
        bool passwordFromStdin = false;
        bool noOtp = false;
    };

    /// Runs the subcommand in `args` (args[0] == "admin"); returns the exit code (0 ok, 1 failed, 2 usage).
    static int run(const std::vector<std::string>& args, const Options& options, const ServerConfig& config,
                   std::istream& in, std::ostream& out, std::ostream& err);
};

} // namespace castellan
