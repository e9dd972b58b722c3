#pragma once

#include <string>

namespace castellan::saml {

/// The IdP's metadata (SAML metadata §2.4.3): EntityDescriptor `<baseUrl>/saml/metadata` with an
/// IDPSSODescriptor: the signing certificate, SingleLogoutService at /saml/logout and SingleSignOnService at
/// /saml/sso, both for HTTP-Redirect and HTTP-POST, and the NameID formats offered.
std::string idpMetadata(const std::string& baseUrl, const std::string& certificatePem);
/// `<baseUrl>/saml/metadata`: the IdP's entityID.
std::string idpEntityId(const std::string& baseUrl);

} // namespace castellan::saml
