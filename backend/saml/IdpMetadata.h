#pragma once

#include <string>
#include <vector>

namespace castellan::saml {

/// The IdP's metadata (SAML metadata §2.4.3): EntityDescriptor `<baseUrl>/saml/metadata` with an
/// IDPSSODescriptor: one signing KeyDescriptor per certificate in the given order (during a key rollover SPs
/// accept a signature by any of them, §2.4.1.1; the signing one comes first for tools that read only the first),
/// SingleLogoutService at /saml/logout and SingleSignOnService at /saml/sso, both for HTTP-Redirect and
/// HTTP-POST, and the NameID formats offered.
std::string idpMetadata(const std::string& baseUrl, const std::vector<std::string>& certificatePems);
/// `<baseUrl>/saml/metadata`: the IdP's entityID.
std::string idpEntityId(const std::string& baseUrl);

} // namespace castellan::saml
