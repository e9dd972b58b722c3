#pragma once

#include "core/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace castellan::saml {

/// An AssertionConsumerService endpoint of an SP.
struct AcsEndpoint
{
    std::string binding;
    std::string location;
};

/// What the IdP needs from an SP's metadata (SAML metadata §2.4.4 SPSSODescriptor).
struct SpMetadata
{
    std::string entityId;
    std::vector<AcsEndpoint> acs;
    std::string sloUrl;            ///< the front-channel SingleLogoutService (HTTP-Redirect preferred, else HTTP-POST)
    std::string sloBinding;        ///< its binding
    std::string sloResponseUrl;    ///< where LogoutResponses go when it names a ResponseLocation, else empty
    std::string sloSoapUrl;        ///< the SOAP SingleLogoutService (back channel), empty when none
    std::string certificateBase64; ///< the signing certificate (DER, base64), empty when none
    bool authnRequestsSigned = false;
};

/// Reads an EntityDescriptor with an SPSSODescriptor; ErrorCode::InvalidInput with the reason otherwise.
Result<SpMetadata> parseSpMetadata(std::string_view xml);

} // namespace castellan::saml
