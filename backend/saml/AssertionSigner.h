#pragma once

#include "core/Result.h"

#include <string>

namespace castellan::saml {

/// Signs the saml:Assertion with ID `assertionId` inside `responseXml` through libxmlsec1: an enveloped
/// ds:Signature placed right after the Assertion's Issuer (SAML core §5.4.1, schema order), RSA-SHA256,
/// exclusive c14n (SAML core §5.4.3-4), one Reference to `#assertionId` with the ID attribute registered, and
/// the certificate in KeyInfo. Returns the signed document text.
Result<std::string> signAssertion(const std::string& responseXml, const std::string& assertionId,
                                  const std::string& privateKeyPem, const std::string& certificatePem);

/// What the IdP signs in a Response for an SP (its `response_signing` and `signature_algorithm`).
struct ResponseSigning
{
    bool assertion = true;
    bool response = false;
    std::string algorithm = "rsa-sha256"; ///< rsa-sha256 | rsa-sha384 | rsa-sha512 (SignatureAlgorithm.h)
    /// From the SP's field: "assertion", "response" or "both".
    static ResponseSigning of(const std::string& what, const std::string& algorithm);
};

/// Signs a Response as `signing` says: the Assertion (as signAssertion), the Response's root element (its
/// signature after the Response's Issuer, over the whole message), or both (the Assertion first, so the
/// Response's signature covers the signed Assertion; SAML core §5.4.1), with `signing.algorithm` and its digest.
Result<std::string> signResponse(const std::string& responseXml, const std::string& assertionId,
                                 const ResponseSigning& signing, const std::string& privateKeyPem,
                                 const std::string& certificatePem);

/// Signs the root element of a protocol message sent over HTTP-POST (a LogoutRequest or LogoutResponse) the same
/// way: the enveloped signature right after its Issuer, one Reference to the root's ID.
Result<std::string> signMessage(const std::string& xml, const std::string& privateKeyPem,
                                const std::string& certificatePem);

} // namespace castellan::saml
