#pragma once

#include "core/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

/// What the relying party expects of a ceremony (W3C WebAuthn Level 2 §7.1 steps 7-9, §7.2 steps 11-13).
struct WebAuthnExpectation
{
    std::string rpId;      ///< the host the portal is served under ("localhost", "mfa.example.com")
    std::string origin;    ///< "https://mfa.example.com:8443"
    std::string challenge; ///< base64url, as issued for this ceremony
    bool requireUserVerification = false;
};

/// A credential registered with navigator.credentials.create().
struct WebAuthnCredential
{
    std::string credentialId;            ///< base64url
    std::vector<std::uint8_t> publicKey; ///< as libfido2 holds it (ES256: x||y, 64 bytes; EdDSA: 32; RS256: DER)
    int algorithm = -7;                  ///< COSE algorithm: -7 ES256, -8 EdDSA, -257 RS256
    std::uint32_t signCount = 0;
    std::string format; ///< attestation statement format: none | packed | fido-u2f
    std::string aaguid; ///< hex
    bool userVerified = false;
};

/// One assertion from navigator.credentials.get(), its parts as the browser gives them (base64url decoded).
struct WebAuthnAssertion
{
    std::string credentialId; ///< base64url
    std::vector<std::uint8_t> clientDataJson;
    std::vector<std::uint8_t> authenticatorData;
    std::vector<std::uint8_t> signature;
};

/// WebAuthn (FIDO2) ceremonies on the relying party's side, over bytes: registration (attestation formats `none`,
/// `packed` with or without a certificate, `fido-u2f`) and assertion (signature, RP ID hash, flags, counter), using
/// libcbor for the attestation object and libfido2 for the cryptography. Refusals carry a message that names
/// the check, for the audit log; the browser is only told the key could not be used.
class WebAuthnVerifier
{
public:
    static Result<WebAuthnCredential> verifyRegistration(const std::vector<std::uint8_t>& clientDataJson,
                                                         const std::vector<std::uint8_t>& attestationObject,
                                                         const WebAuthnExpectation& expected);

    /// The authenticator's new signature counter when the assertion is valid for `credential`.
    static Result<std::uint32_t> verifyAssertion(const WebAuthnAssertion& assertion,
                                                 const WebAuthnCredential& credential,
                                                 const WebAuthnExpectation& expected);

    /// Whether a presented counter may follow the stored one (§6.1.1): it must grow, unless the authenticator
    /// keeps no counter at all (both zero). A counter that does not grow suggests a cloned authenticator.
    static bool counterAcceptable(std::uint32_t stored, std::uint32_t presented);

    static std::string base64Url(const std::vector<std::uint8_t>& bytes);
    static std::optional<std::vector<std::uint8_t>> fromBase64Url(const std::string& text);
};

} // namespace castellan
