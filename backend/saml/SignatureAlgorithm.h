#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace castellan::saml {

/// An XML-DSig signature or digest algorithm (XML Signature §6, RFC 6931 for the SHA-2 and ECDSA URIs) as the IdP
/// meets it in an SP's request: its URI, the name an administrator reads, and whether it rests on SHA-1.
struct SignatureAlgorithm
{
    std::string_view uri;
    std::string_view name;   ///< RSA-SHA256, ECDSA-SHA384, SHA-1 (a digest)...
    std::string_view digest; ///< the OpenSSL digest name: sha1, sha256, sha384, sha512
    bool sha1 = false;
    bool ecdsa = false;
};

/// A signature algorithm (SigAlg, ds:SignatureMethod) by its URI; nothing when the IdP does not know it.
std::optional<SignatureAlgorithm> signatureAlgorithm(std::string_view uri);
/// A digest algorithm (ds:DigestMethod) by its URI; nothing when the IdP does not know it.
std::optional<SignatureAlgorithm> digestAlgorithm(std::string_view uri);

/// The algorithms the IdP signs Responses with, by their REST name (rsa-sha256, rsa-sha384, rsa-sha512).
struct SigningAlgorithm
{
    std::string_view name;
    std::string_view signatureUri;
    std::string_view digestUri;
};
std::optional<SigningAlgorithm> signingAlgorithm(std::string_view name);

/// How a request's signature was judged: verified, refused for its algorithm (weak or unknown), or not valid.
struct SignatureVerdict
{
    enum class Kind
    {
        Verified,
        Invalid,
        Sha1NotAllowed,
        UnknownAlgorithm
    };
    Kind kind = Kind::Invalid;
    std::string algorithm; ///< the refused algorithm's name (or URI when unknown)
    bool digest = false;   ///< the refused algorithm is the digest of a POST-binding signature
};

/// The administrator's text for a refused signature of SP `spName`: what was refused and what to change.
std::string signatureRefusal(const SignatureVerdict& verdict, const std::string& spName);

} // namespace castellan::saml
