#pragma once

#include "core/Result.h"

#include <openssl/types.h>

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace castellan {

/// An ECDSA key on NIST P-256 (FIPS 186-4; "prime256v1", "secp256r1"): the key an authenticator device
/// generates at enrollment and signs its requests with. Public keys travel as X.509 SubjectPublicKeyInfo
/// DER (RFC 5480 §2), private keys as PKCS#8 DER (RFC 5208), signatures as DER ECDSA-Sig-Value (RFC 3279
/// §2.2.3) over SHA-256. Any other key type or curve is refused. Copies share the (immutable) OpenSSL key,
/// so one key may verify on many threads.
class DeviceKey
{
public:
    /// A fresh key pair from the OpenSSL CSPRNG; throws std::runtime_error if OpenSSL fails.
    static DeviceKey generate();
    /// A verifying key from SubjectPublicKeyInfo DER; InvalidInput when it is not exactly one P-256 public key.
    static Result<DeviceKey> fromPublicKeyDer(std::span<const std::uint8_t> der);
    /// A signing key from PKCS#8 DER; InvalidInput when it is not exactly one P-256 private key.
    static Result<DeviceKey> fromPrivateKeyDer(std::span<const std::uint8_t> der);

    /// The SubjectPublicKeyInfo DER of the public half.
    std::vector<std::uint8_t> publicKeyDer() const;
    /// The PKCS#8 DER of the private key; throws std::logic_error on a public-only key.
    std::vector<std::uint8_t> privateKeyDer() const;
    bool hasPrivateKey() const { return m_private; }

    /// The DER ECDSA-SHA256 signature of `data`; throws std::logic_error on a public-only key.
    std::vector<std::uint8_t> sign(std::string_view data) const;
    /// Whether `signature` (DER) is a valid ECDSA-SHA256 signature of `data` under this key.
    bool verify(std::string_view data, std::span<const std::uint8_t> signature) const;

private:
    DeviceKey(std::shared_ptr<EVP_PKEY> key, bool hasPrivate) : m_key(std::move(key)), m_private(hasPrivate) {}

    std::shared_ptr<EVP_PKEY> m_key;
    bool m_private = false;
};

} // namespace castellan
