#pragma once

#include "auth/UserImport.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// A hardware token read from a seed file, checked on its own (not yet against the database).
struct HotpTokenRow
{
    std::size_t line = 0;
    std::string username;
    std::string serial;
    std::vector<std::uint8_t> seed;
    std::int64_t counter = 0;
    int digits = 6;
    std::string algorithm = "SHA1";
    std::string label; ///< empty: "Token SERIAL"
};

struct HotpTokenPlan
{
    std::size_t totalRows = 0;
    std::vector<HotpTokenRow> rows;  ///< valid rows, in file order
    std::vector<ImportIssue> issues; ///< every problem, by line
    bool fileRefused = false;        ///< broken header or CSV syntax: nothing may be imported
};

/// Reads a CSV file of HOTP hardware tokens (RFC 4226) to assign to users, as token vendors ship seeds:
/// columns `username` and `serial` (required), the seed as `secret` (base32) or `secret_hex` (alias `seed`, hex;
/// one of the two per row), and optionally `counter` (default 0), `digits` (6-8, default 6), `algorithm` (SHA1,
/// SHA256, SHA512) and `label`. Header names are case-insensitive and may come in any order; an unknown or
/// repeated column refuses the file. Serials must be unique within the file. CSV syntax as CsvReader reads it.
class HotpTokenImport
{
public:
    static HotpTokenPlan plan(std::string_view csv);
};

} // namespace castellan
