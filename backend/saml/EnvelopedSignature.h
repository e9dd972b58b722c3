#pragma once

#include "saml/SignatureAlgorithm.h"

#include <string>

namespace castellan::saml {

/// Verifies the enveloped ds:Signature of a SAML protocol message sent over HTTP-POST (SAML core §5.4, bindings
/// §3.5.5.2) with the SP's certificate (base64 DER), through libxmlsec1. Against signature wrapping, the
/// signature must be a child of the root element and its only Reference must point at the root's ID; keys in the
/// message's KeyInfo are ignored (the registered certificate alone counts).
bool verifyEnvelopedSignature(const std::string& xml, const std::string& certificateBase64);

/// verifyEnvelopedSignature, after the algorithms of the signature's SignedInfo are checked: its SignatureMethod
/// and every DigestMethod must be known, and SHA-1 based only when `allowSha1`; the verdict names a refused one.
SignatureVerdict checkEnvelopedSignature(const std::string& xml, const std::string& certificateBase64, bool allowSha1);

} // namespace castellan::saml
