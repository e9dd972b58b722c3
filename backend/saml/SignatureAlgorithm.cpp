#include "saml/SignatureAlgorithm.h"

#include <array>

namespace castellan::saml {
namespace {

constexpr std::array kSignatures{
    SignatureAlgorithm{"http://www.w3.org/2000/09/xmldsig#rsa-sha1", "RSA-SHA1", "sha1", true, false},
    SignatureAlgorithm{"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "RSA-SHA256", "sha256", false, false},
    SignatureAlgorithm{"http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "RSA-SHA384", "sha384", false, false},
    SignatureAlgorithm{"http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "RSA-SHA512", "sha512", false, false},
    SignatureAlgorithm{"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1", "ECDSA-SHA1", "sha1", true, true},
    SignatureAlgorithm{"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "ECDSA-SHA256", "sha256", false, true},
    SignatureAlgorithm{"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "ECDSA-SHA384", "sha384", false, true},
    SignatureAlgorithm{"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", "ECDSA-SHA512", "sha512", false, true},
};

constexpr std::array kDigests{
    SignatureAlgorithm{"http://www.w3.org/2000/09/xmldsig#sha1", "SHA-1", "sha1", true, false},
    SignatureAlgorithm{"http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256", "sha256", false, false},
    SignatureAlgorithm{"http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384", "sha384", false, false},
    SignatureAlgorithm{"http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512", "sha512", false, false},
};

constexpr std::array kSigning{
    SigningAlgorithm{"rsa-sha256", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                     "http://www.w3.org/2001/04/xmlenc#sha256"},
    SigningAlgorithm{"rsa-sha384", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
                     "http://www.w3.org/2001/04/xmldsig-more#sha384"},
    SigningAlgorithm{"rsa-sha512", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
                     "http://www.w3.org/2001/04/xmlenc#sha512"},
};

template <typename Table> std::optional<SignatureAlgorithm> byUri(const Table& table, std::string_view uri)
{
    for (const auto& a : table) {
        if (a.uri == uri) {
            return a;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<SignatureAlgorithm> signatureAlgorithm(std::string_view uri)
{
    return byUri(kSignatures, uri);
}

std::optional<SignatureAlgorithm> digestAlgorithm(std::string_view uri)
{
    return byUri(kDigests, uri);
}

std::optional<SigningAlgorithm> signingAlgorithm(std::string_view name)
{
    for (const auto& a : kSigning) {
        if (a.name == name) {
            return a;
        }
    }
    return std::nullopt;
}

std::string signatureRefusal(const SignatureVerdict& verdict, const std::string& spName)
{
    using Kind = SignatureVerdict::Kind;
    const std::string what =
        verdict.digest ? "The request's signature uses the digest " : "The request is signed with ";
    switch (verdict.kind) {
    case Kind::Sha1NotAllowed:
        return what + verdict.algorithm + ", which this identity provider does not accept for SP " + spName +
               ": configure the SP to sign with RSA-SHA256 (digest SHA-256), or allow SHA-1 for this SP.";
    case Kind::UnknownAlgorithm:
        return what + verdict.algorithm + ", which this identity provider does not know: configure SP " + spName +
               " to sign with RSA-SHA256 (digest SHA-256).";
    case Kind::Invalid:
        return "The request's signature is missing or does not verify with the certificate registered for SP " +
               spName + ".";
    case Kind::Verified:
        break;
    }
    return {};
}

} // namespace castellan::saml
