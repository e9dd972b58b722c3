#pragma once

#include "core/Result.h"
#include "license/LicenseTerms.h"

#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// A license key: the terms as JSON, signed by the vendor with Ed25519 (RFC 8032, via OpenSSL). Text form:
/// `CASTELLAN-LICENSE-1.<base64url(terms JSON)>.<base64url(signature over the second part's ASCII)>`, so it can be
/// pasted through e-mail and web forms unchanged (white space and line breaks in it are ignored).
class LicenseKey
{
public:
    static constexpr const char* kPrefix = "CASTELLAN-LICENSE-1.";

    /// Signs `terms` with the vendor's private key (PEM, PKCS#8 Ed25519). Error when the key is not Ed25519.
    static Result<std::string> sign(const LicenseTerms& terms, const std::string& privateKeyPem);

    /// Checks the signature against each of `publicKeysPem` (PEM SubjectPublicKeyInfo, Ed25519) and reads the
    /// terms. InvalidInput with a message for the administrator: not a license key, damaged, signed by another
    /// vendor key (tampered or foreign), or terms missing or out of range.
    static Result<LicenseTerms> verify(std::string_view key, const std::vector<std::string>& publicKeysPem);

    /// A new Ed25519 key pair as {private PEM, public PEM}.
    static std::pair<std::string, std::string> generateKeyPair();
};

} // namespace castellan
