#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace castellan {

/// Comparisons of secrets (OTP codes, tokens, MACs) whose running time does not depend on where the
/// inputs differ, so an attacker cannot learn a secret byte by byte from response times.
class ConstantTime
{
public:
    /// True if `a` and `b` hold the same bytes; unequal lengths return false at once (the length is not secret).
    static bool equals(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b);
    /// True if `a` and `b` hold the same characters; unequal lengths return false at once.
    static bool equals(std::string_view a, std::string_view b);
};

/// Shorthand for ConstantTime::equals over bytes.
inline bool constantTimeEquals(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b)
{
    return ConstantTime::equals(a, b);
}

/// Shorthand for ConstantTime::equals over strings.
inline bool constantTimeEquals(std::string_view a, std::string_view b)
{
    return ConstantTime::equals(a, b);
}

} // namespace castellan
