#pragma once

#include "core/Result.h"

#include <cstdint>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace castellan {

/// One value of a row as it travels between databases: NULL, an integer, a boolean or a text. These are the only
/// column types of our schema (BIGINT/INTEGER, BOOLEAN, TEXT in both dialects).
using CellValue = std::variant<std::monostate, std::int64_t, bool, std::string>;

/// The rows of one table, with the names of the columns they fill.
struct TableRows
{
    std::string name;
    std::vector<std::string> columns;
    std::vector<std::vector<CellValue>> rows;
};

/// What a backup holds before it is encrypted: the schema version, the master key and every row of every table,
/// in a format of our own that does not depend on the database it came from (a SQLite backup restores into
/// PostgreSQL and the other way round).
///
/// Encoding, version 1 (integers big-endian, texts as a 4-byte length and UTF-8 bytes):
///     "CASTELLAN-DATA" | format (4) | schema version (4) | source dialect (text) | created at (8, Unix seconds) |
///     server version (text) | master key (text of 32 bytes) | table count (4) |
///     per table: name (text) | column count (4) | column names (texts) | row count (8) |
///                per cell: tag 'N' | 'I' + 8 bytes | 'B' + 1 byte | 'T' + text
///     | "END" (a truncated payload fails to decode even when a table boundary happens to fit)
struct BackupPayload
{
    int schemaVersion = 0;
    std::string sourceDialect;
    std::int64_t createdAt = 0;
    std::string serverVersion;
    std::vector<std::uint8_t> masterKey;
    std::vector<TableRows> tables;

    /// Overwrites the master key bytes (OPENSSL_cleanse).
    ~BackupPayload();
    BackupPayload() = default;
    BackupPayload(BackupPayload&&) = default;
    BackupPayload& operator=(BackupPayload&&) = default;

    std::size_t rowCount() const;
    std::vector<std::uint8_t> encode() const;
    /// The payload in `bytes`; ErrorCode::InvalidInput naming what is wrong when it is not a valid encoding.
    static Result<BackupPayload> decode(std::span<const std::uint8_t> bytes);
};

} // namespace castellan
