#pragma once

#include "app/ServerConfig.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace castellan {

/// `castellan-server restore FILE`: a backup (BackupCommand) restored into an empty database and state directory.
///
/// Refused, with nothing changed, when the passphrase does not open the file, when the database holds any table,
/// when the state directory holds a master.key other than the backup's, or when the backup's schema is newer than
/// this binary knows. The restore builds the backup's schema version, loads the rows and runs the later migrations
/// in one transaction, so it lands whole or not at all; the master key is written (0600) first.
class RestoreCommand
{
public:
    /// Returns the exit code: 0 restored, 1 failed, 2 refused (wrong passphrase, non-empty target, other key).
    static int run(const std::string& file, const std::optional<std::string>& passphraseFile,
                   const ServerConfig& config, std::istream& in, std::ostream& out, std::ostream& err);
};

} // namespace castellan
