#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace castellan::saml {

/// The parts of a samlp:AuthnRequest (SAML core §3.4.1) the IdP acts on.
struct AuthnRequest
{
    std::string id;
    std::string issuer;
    std::int64_t issueInstant = 0;
    std::string acsUrl;          ///< AssertionConsumerServiceURL; empty: the SP's default HTTP-POST endpoint
    std::string protocolBinding; ///< may be empty
    std::string nameIdFormat;    ///< NameIDPolicy Format; may be empty
    bool forceAuthn = false;     ///< ForceAuthn: the user must sign in anew
    bool isPassive = false;      ///< IsPassive: the IdP must not show the user anything
};

/// Parses an AuthnRequest (XXE-safe); ErrorCode::InvalidInput with what is wrong otherwise.
Result<AuthnRequest> parseAuthnRequest(std::string_view xml);

} // namespace castellan::saml
