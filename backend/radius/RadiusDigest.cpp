#include "radius/RadiusDigest.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <memory>
#include <stdexcept>

namespace castellan {

RadiusDigest::Digest RadiusDigest::md5(std::initializer_list<std::span<const std::uint8_t>> parts)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_md5(), nullptr) != 1) {
        throw std::runtime_error("MD5 failed");
    }
    for (const auto& part : parts) {
        if (EVP_DigestUpdate(ctx.get(), part.data(), part.size()) != 1) {
            throw std::runtime_error("MD5 failed");
        }
    }
    Digest out{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), out.data(), &length) != 1) {
        throw std::runtime_error("MD5 failed");
    }
    return out;
}

RadiusDigest::Digest RadiusDigest::hmacMd5(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data)
{
    Digest out{};
    unsigned int length = 0;
    if (!HMAC(EVP_md5(), key.data(), static_cast<int>(key.size()), data.data(), data.size(), out.data(), &length)) {
        throw std::runtime_error("HMAC-MD5 failed");
    }
    return out;
}

} // namespace castellan
