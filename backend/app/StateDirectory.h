#pragma once

#include "core/Result.h"

#include <string>

namespace castellan {

/// The server's state directory (`state.dir`): database (SQLite), master key, generated certificates.
class StateDirectory
{
public:
    /// Creates `dir` when missing and restricts it to its owner (0700); ErrorCode::Configuration naming `dir` when
    /// it cannot be created.
    static Result<void> prepare(const std::string& dir);
};

} // namespace castellan
