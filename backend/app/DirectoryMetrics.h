#pragma once

#include "directory/DirectoryAccounts.h"

#include <string>
#include <vector>

namespace castellan {

/// The `/metrics` families of the directories that have been used (DirectoryAccounts::stats): lookups, cache hits,
/// failures, skipped attempts (open circuit), password checks and rejects, and whether each is up and why not.
void appendDirectoryMetrics(std::string& out, const std::vector<DirectoryStats>& stats);

} // namespace castellan
