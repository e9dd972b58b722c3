#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace castellan::client {

/// Standard padded base64 (RFC 4648 §4), as the device API writes keys and signatures.
std::string base64Encode(std::span<const std::uint8_t> bytes);
/// The bytes of base64 `text`; nothing when it is not base64.
std::optional<std::vector<std::uint8_t>> base64Decode(const std::string& text);

} // namespace castellan::client
