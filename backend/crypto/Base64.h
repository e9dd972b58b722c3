#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// Standard base64 with padding (RFC 4648 §4), as stored in TEXT columns and the master key file.
class Base64
{
public:
    /// The padded base64 text of `bytes`.
    static std::string encode(std::span<const std::uint8_t> bytes);
    /// The bytes of canonical padded base64 `text`; nullopt for anything else (whitespace, missing or
    /// extra padding, non-zero trailing bits), so one value has exactly one stored form.
    [[nodiscard]] static std::optional<std::vector<std::uint8_t>> decode(std::string_view text);
};

} // namespace castellan
