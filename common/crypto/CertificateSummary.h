#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace castellan {

/// What administrators compare and plan by when a certificate is shown: its SHA-256 fingerprint and its
/// validity period (RFC 5280 §4.1.2.5).
struct CertificateSummary
{
    /// SHA-256 of the DER as upper-case hex pairs separated by ':', as `openssl x509 -fingerprint -sha256` shows it.
    std::string sha256Fingerprint;
    std::int64_t notBefore = 0; ///< Unix epoch seconds
    std::int64_t notAfter = 0;  ///< Unix epoch seconds

    /// The summary of the first certificate in `pem`; fails with InvalidInput when there is none.
    static Result<CertificateSummary> fromPem(std::string_view pem);
    /// The summary of a certificate given as base64 DER (as SAML metadata's ds:X509Certificate carries it; white
    /// space ignored); fails with InvalidInput when it is none.
    static Result<CertificateSummary> fromBase64Der(std::string_view base64);
};

} // namespace castellan
