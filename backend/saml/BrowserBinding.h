#pragma once

#include "rest/RestMessage.h"

#include <string>

namespace castellan {

struct SigningKeyPair;

/// How the IdP hands a SAML message to the browser for an SP: an auto-submitting form (HTTP-POST binding) or a
/// redirect with a signed query (HTTP-Redirect binding), and the plain pages of /saml.
namespace saml::browser {

/// A small HTML page (no script, nothing framed) with `title` and `text`.
RestResponse page(int status, const std::string& title, const std::string& text);

/// An HTML form posting `parameter` (SAMLResponse or SAMLRequest) = base64(`xml`) and RelayState to `action`,
/// submitted by /saml/static/post.js (or the Continue button without JavaScript). The XML is sent as given.
RestResponse postForm(const std::string& action, const std::string& parameter, const std::string& xml,
                      const std::string& relayState);

/// Sends a protocol message (LogoutRequest or LogoutResponse) to `url` over `binding`: HTTP-POST with an
/// enveloped signature, else HTTP-Redirect with the query signed (bindings §3.4.4.1). Both with `key`.
RestResponse send(const std::string& binding, const std::string& url, const std::string& parameter,
                  const std::string& xml, const std::string& relayState, const SigningKeyPair& key);

/// The script postForm pages load (served at /saml/static/post.js).
const char* postScript();

} // namespace saml::browser
} // namespace castellan
