#pragma once

#include "rest/RestMessage.h"
#include "saml/SignatureAlgorithm.h"

#include <string>
#include <string_view>

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

/// A 303 to `location`, not cached.
RestResponse seeOther(const std::string& location);

/// Whether `text` can be one of our random handles starting with `prefix` ("sr_", "slo_"): at most 64 letters,
/// digits, '_' and '-', so what the browser brings back is never passed on unchecked.
bool validHandle(const std::string& text, std::string_view prefix);

/// Whether an SP's message carries a valid signature by `certificateBase64`: the query signature of HTTP-Redirect
/// (bindings §3.4.4.1, over `rawQuery` as sent) or the enveloped XML signature of HTTP-POST.
/// SHA-1 based algorithms count only when `allowSha1`; the verdict names an algorithm it refuses.
SignatureVerdict checkSignature(bool redirectBinding, const std::string& rawQuery, const std::string& xml,
                                const std::string& certificateBase64, bool allowSha1);

/// The script postForm pages load (served at /saml/static/post.js).
const char* postScript();

} // namespace saml::browser
} // namespace castellan
