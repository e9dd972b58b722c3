#pragma once

#include "core/Result.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace castellan {

/// The files of backup and restore: the backup itself, written whole or not at all, and a private scratch directory
/// beside it.
class BackupFile
{
public:
    /// The bytes of `path`; ErrorCode::InvalidInput naming the path when it cannot be read.
    static Result<std::vector<std::uint8_t>> read(const std::string& path);
    /// Writes `bytes` to a new 0600 file beside `path`, flushes it and renames it over `path`: a reader sees the
    /// old file or the complete new one, never a partial backup.
    static Result<void> writeAtomically(const std::string& path, std::span<const std::uint8_t> bytes);

    /// A directory (mode 0700) beside `path`, removed with everything in it when this goes out of scope. Throws
    /// std::runtime_error when it cannot be created.
    class PrivateDirectory
    {
    public:
        explicit PrivateDirectory(const std::string& beside);
        ~PrivateDirectory();
        const std::string& path() const { return m_path; }
        PrivateDirectory(const PrivateDirectory&) = delete;
        PrivateDirectory& operator=(const PrivateDirectory&) = delete;

    private:
        std::string m_path;
    };
};

} // namespace castellan
