#pragma once

#include "core/Result.h"
#include "radius/RadiusDictionary.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// Text forms of attribute values by data type (RFC 8044): what an administrator writes in a reply attribute and
/// what logs, the audit log and the codec test files show.
///
/// Text is written in single quotes with `\\`, `\'` and `\xNN` for every byte outside printable ASCII, so a value
/// never breaks a log line; octets as 0x-hex (when parsing, a value without 0x is taken as its text's bytes); integers
/// as decimal or their dictionary name; addresses in their usual notation; IPv6 prefixes as address/length; dates as
/// seconds since 1970.
class RadiusValue
{
public:
    /// The wire bytes for `text` (unquoted; quoting is the caller's). InvalidInput says what is wrong.
    static Result<std::vector<std::uint8_t>> parse(const RadiusAttributeDefinition& definition, std::string_view text);
    /// The text form of `bytes`; a value that does not fit its type (wrong length) is shown as 0x-hex.
    static std::string format(const RadiusAttributeDefinition& definition, std::span<const std::uint8_t> bytes);

    /// `bytes` as 0x followed by lower-case hex.
    static std::string hex(std::span<const std::uint8_t> bytes);
    /// `bytes` in single quotes with escapes.
    static std::string quote(std::span<const std::uint8_t> bytes);
};

} // namespace castellan
