#include "crypto/ConstantTime.h"

#include <openssl/crypto.h>

namespace castellan {

bool ConstantTime::equals(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b)
{
    if (a.size() != b.size()) {
        return false;
    }
    // CRYPTO_memcmp reads every byte whatever the contents; a zero-length compare is trivially equal.
    return a.empty() || CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool ConstantTime::equals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    return a.empty() || CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace castellan
