#pragma once

#include <string>
#include <string_view>

namespace castellan {

/// SHA-256 (FIPS 180-4) of `data` as 64 lower-case hex digits; used to store random tokens and secrets.
std::string sha256Hex(std::string_view data);

} // namespace castellan
