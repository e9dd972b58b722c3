#pragma once

#include "saml/SignatureAlgorithm.h"

#include <optional>
#include <string>
#include <string_view>

namespace castellan::saml {

/// The HTTP-Redirect binding (SAML bindings §3.4): a message DEFLATE-compressed (raw, RFC 1951), base64-encoded
/// and URL-encoded in the query. Returns the XML, or nothing when it does not decode (or inflates past `maxBytes`).
std::optional<std::string> decodeRedirectMessage(std::string_view base64, size_t maxBytes = 256 * 1024);

/// The HTTP-POST binding (SAML bindings §3.5): plain base64 of the XML.
std::optional<std::string> decodePostMessage(std::string_view base64, size_t maxBytes = 256 * 1024);

/// Verifies the query signature of the redirect binding (§3.4.4.1): `Signature` over
/// `SAMLRequest=..&RelayState=..&SigAlg=..` (or SAMLResponse=..) exactly as they appear (percent-encoded) in
/// `rawQuery`, with the SP's certificate (base64 DER). SigAlg may be RSA-SHA256/384/512 or ECDSA-SHA256/384/512;
/// RSA-SHA1 (and ECDSA-SHA1) only when `allowSha1`, else the verdict names the refused algorithm.
SignatureVerdict verifyRedirectSignature(const std::string& rawQuery, const std::string& certificateBase64,
                                         bool allowSha1);

/// The query of a message sent over HTTP-Redirect by the IdP: `SAMLResponse` (or `SAMLRequest`, per `parameter`)
/// deflated and base64-encoded, RelayState when not empty, SigAlg RSA-SHA256 and the Signature over them made with
/// `privateKeyPem` (bindings §3.4.4.1).
std::string signedRedirectQuery(const std::string& parameter, const std::string& xml, const std::string& relayState,
                                const std::string& privateKeyPem);

} // namespace castellan::saml
