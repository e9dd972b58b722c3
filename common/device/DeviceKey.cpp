#include "device/DeviceKey.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <cstring>
#include <stdexcept>

namespace castellan {
namespace {

constexpr std::string_view kCurve = "prime256v1";

std::shared_ptr<EVP_PKEY> own(EVP_PKEY* key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

bool isP256(EVP_PKEY* key)
{
    if (!key || !EVP_PKEY_is_a(key, "EC")) {
        return false;
    }
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) != 1) {
        return false;
    }
    return std::string_view(group, length) == kCurve;
}

Error invalidKey(const char* what)
{
    return Error::invalid({{"public_key", std::string("must be ") + what}}, "The key is not a P-256 key");
}

} // namespace

DeviceKey DeviceKey::generate()
{
    EVP_PKEY* key = EVP_EC_gen(kCurve.data());
    if (!key) {
        throw std::runtime_error("P-256 key generation failed");
    }
    return DeviceKey(own(key), true);
}

Result<DeviceKey> DeviceKey::fromPublicKeyDer(std::span<const std::uint8_t> der)
{
    const unsigned char* at = der.data();
    std::shared_ptr<EVP_PKEY> key = own(d2i_PUBKEY(nullptr, &at, static_cast<long>(der.size())));
    if (!key || at != der.data() + der.size() || !isP256(key.get())) {
        ERR_clear_error(); // a failed parse must not leave errors for the next OpenSSL caller on this thread
        return invalidKey("a P-256 SubjectPublicKeyInfo (DER)");
    }
    return DeviceKey(std::move(key), false);
}

Result<DeviceKey> DeviceKey::fromPrivateKeyDer(std::span<const std::uint8_t> der)
{
    const unsigned char* at = der.data();
    PKCS8_PRIV_KEY_INFO* info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &at, static_cast<long>(der.size()));
    const bool whole = info && at == der.data() + der.size();
    std::shared_ptr<EVP_PKEY> key = own(info ? EVP_PKCS82PKEY(info) : nullptr);
    PKCS8_PRIV_KEY_INFO_free(info);
    if (!whole || !key || !isP256(key.get())) {
        ERR_clear_error();
        return invalidKey("a P-256 PKCS#8 private key (DER)");
    }
    return DeviceKey(std::move(key), true);
}

std::vector<std::uint8_t> DeviceKey::publicKeyDer() const
{
    unsigned char* out = nullptr;
    const int length = i2d_PUBKEY(m_key.get(), &out);
    if (length <= 0) {
        throw std::runtime_error("cannot encode the public key");
    }
    std::vector<std::uint8_t> der(out, out + length);
    OPENSSL_free(out);
    return der;
}

std::vector<std::uint8_t> DeviceKey::privateKeyDer() const
{
    if (!m_private) {
        throw std::logic_error("a public key has no private half");
    }
    PKCS8_PRIV_KEY_INFO* info = EVP_PKEY2PKCS8(m_key.get());
    unsigned char* out = nullptr;
    const int length = info ? i2d_PKCS8_PRIV_KEY_INFO(info, &out) : -1;
    PKCS8_PRIV_KEY_INFO_free(info);
    if (length <= 0) {
        throw std::runtime_error("cannot encode the private key");
    }
    std::vector<std::uint8_t> der(out, out + length);
    OPENSSL_clear_free(out, static_cast<size_t>(length));
    return der;
}

std::vector<std::uint8_t> DeviceKey::sign(std::string_view data) const
{
    if (!m_private) {
        throw std::logic_error("a public key cannot sign");
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(data.data()),
                       data.size()) != 1) {
        throw std::runtime_error("ECDSA signing failed");
    }
    std::vector<std::uint8_t> signature(length);
    if (EVP_DigestSign(context.get(), signature.data(), &length, reinterpret_cast<const unsigned char*>(data.data()),
                       data.size()) != 1) {
        throw std::runtime_error("ECDSA signing failed");
    }
    signature.resize(length);
    return signature;
}

bool DeviceKey::verify(std::string_view data, std::span<const std::uint8_t> signature) const
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const bool valid = context && !signature.empty() &&
                       EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
                       EVP_DigestVerify(context.get(), signature.data(), signature.size(),
                                        reinterpret_cast<const unsigned char*>(data.data()), data.size()) == 1;
    if (!valid) {
        ERR_clear_error(); // a bad signature (e.g. malformed DER) must not leave errors for the TLS layer
    }
    return valid;
}

} // namespace castellan
