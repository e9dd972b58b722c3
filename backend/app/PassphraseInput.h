#pragma once

#include "core/Result.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace castellan {

/// The passphrase of a backup, from a file (`--passphrase-file`) or standard input; never from the command line,
/// where other users see it in the process list.
class PassphraseInput
{
public:
    enum class Purpose
    {
        NewBackup, ///< on a terminal it is asked twice
        Restore,
    };

    /// The passphrase: the first line of `file`, or else a line of `in` (asked on `err` without echo when standard
    /// input is a terminal). ErrorCode::InvalidInput when it is empty or cannot be read.
    static Result<std::string> read(const std::optional<std::string>& file, Purpose purpose, std::istream& in,
                                    std::ostream& err);
};

} // namespace castellan
