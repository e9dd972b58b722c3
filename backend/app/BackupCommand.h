#pragma once

#include "app/ServerConfig.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

/// `castellan-server backup --out FILE` and `castellan-server restore FILE` (issue 16): an online, consistent backup
/// of the configured database together with the master key, encrypted under a passphrase (PassphraseBox), and its
/// restore into an empty database and state directory. The passphrase comes from `--passphrase-file FILE` or from
/// standard input (asked twice, without echo, on a terminal).
///
/// Consistency: SQLite is copied with `VACUUM INTO` (one read transaction, the server keeps writing beside it);
/// PostgreSQL is read in one REPEATABLE READ READ ONLY transaction, so every table comes from the same snapshot.
class BackupCommand
{
public:
    struct Options
    {
        std::optional<std::string> outFile;
        std::optional<std::string> passphraseFile;
    };

    /// Runs `args` (args[0] is "backup" or "restore"); returns the exit code (0 ok, 1 failed, 2 usage or a
    /// refusal the administrator must resolve, such as a non-empty target).
    static int run(const std::vector<std::string>& args, const Options& options, const ServerConfig& config,
                   std::istream& in, std::ostream& out, std::ostream& err);
};

} // namespace castellan
