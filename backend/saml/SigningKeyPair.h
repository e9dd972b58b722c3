#pragma once

#include "core/Result.h"

#include <string>

namespace castellan {

/// An RSA-2048 key and its self-signed X.509 certificate (SHA-256), both PEM: what the IdP signs assertions with
/// and publishes in its metadata.
struct SigningKeyPair
{
    std::string certificatePem;
    std::string privateKeyPem;

    /// A new pair whose certificate names `commonName` and is valid for `validDays`.
    static Result<SigningKeyPair> generate(const std::string& commonName, int validDays = 3650);
    /// The certificate's DER as base64 without PEM armour or line breaks (ds:X509Certificate content).
    static std::string certificateBase64(const std::string& certificatePem);
};

} // namespace castellan
