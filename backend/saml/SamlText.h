#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace castellan::saml {

inline constexpr const char* kProtocolNs = "urn:oasis:names:tc:SAML:2.0:protocol";
inline constexpr const char* kAssertionNs = "urn:oasis:names:tc:SAML:2.0:assertion";
inline constexpr const char* kMetadataNs = "urn:oasis:names:tc:SAML:2.0:metadata";
inline constexpr const char* kDsigNs = "http://www.w3.org/2000/09/xmldsig#";
inline constexpr const char* kRedirectBinding = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
inline constexpr const char* kPostBinding = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
inline constexpr const char* kSoapBinding = "urn:oasis:names:tc:SAML:2.0:bindings:SOAP";
inline constexpr const char* kSoapEnvelopeNs = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr const char* kNameIdEmail = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
inline constexpr const char* kNameIdUnspecified = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
inline constexpr const char* kNameIdPersistent = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
inline constexpr const char* kNameIdTransient = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";

/// Text escaped for XML content and attribute values.
std::string escape(std::string_view text);
/// SAML's xs:dateTime in UTC with a Z (SAML core §1.3.3), e.g. 2026-11-24T17:30:00Z.
std::string instant(std::int64_t unixSeconds);
/// Parses an xs:dateTime in UTC ("Z", optional fraction); -1 when it is not one.
std::int64_t parseInstant(std::string_view text);
/// A fresh xs:ID: an underscore and 32 random hex digits (SAML core §1.3.4: at least 128 bits).
std::string newId();

} // namespace castellan::saml
