#pragma once

#include "core/Result.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// Base32 with the RFC 4648 §6 alphabet (A–Z, 2–7), the encoding of OTP secrets in otpauth URIs.
/// Conforms to RFC 4648; decoding is deliberately lenient about how people type secrets.
class Base32
{
public:
    enum class Padding
    {
        Include, ///< pad with '=' to a multiple of 8 characters (RFC 4648 §6)
        Omit,    ///< no padding, as otpauth URIs want (RFC 4648 §3.2 allows it when the length is known)
    };

    /// Upper-case Base32 of `data`.
    static std::string encode(std::span<const std::uint8_t> data, Padding padding = Padding::Include);

    /// The bytes of `text`, accepting lower case, spaces and hyphens anywhere, and missing or partial padding.
    /// Fails with InvalidInput for any other character, '=' before the end, or a length no encoding produces.
    /// Unused trailing bits are ignored (RFC 4648 §3.5 allows decoders not to reject them).
    static Result<std::vector<std::uint8_t>> decode(std::string_view text);
};

} // namespace castellan
