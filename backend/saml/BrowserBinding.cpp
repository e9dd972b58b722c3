#include "saml/BrowserBinding.h"

#include "crypto/Base64.h"
#include "saml/AssertionSigner.h"
#include "saml/EnvelopedSignature.h"
#include "saml/RedirectBinding.h"
#include "saml/SamlErrorPage.h"
#include "saml/SamlText.h"
#include "saml/SigningKeyPair.h"

#include <algorithm>
#include <cctype>

namespace castellan::saml::browser {
namespace {

RestResponse html(int status, const std::string& body, const std::string& formAction)
{
    RestResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Castellan MFA</title>"
                    "</head><body>" +
                    body + "</body></html>\n";
    // A message is posted to the SP: form-action must allow its origin, and the only script is our own file.
    const std::string action = formAction.empty() ? "'none'" : formAction;
    response.headers.emplace_back("Content-Security-Policy", "default-src 'none'; script-src 'self'; form-action " +
                                                                 action + "; frame-ancestors 'none'; base-uri 'none'");
    response.headers.emplace_back("Referrer-Policy", "no-referrer");
    response.headers.emplace_back("X-Frame-Options", "DENY");
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

} // namespace

const char* postScript()
{
    return "document.getElementById('saml-post').submit();\n";
}

RestResponse page(int status, const std::string& title, const std::string& text)
{
    return html(status, "<h1>" + escape(title) + "</h1><p>" + escape(text) + "</p>", {});
}

RestResponse postForm(const std::string& action, const std::string& parameter, const std::string& xml,
                      const std::string& relayState)
{
    const std::vector<std::uint8_t> bytes(xml.begin(), xml.end());
    std::string form = "<form id=\"saml-post\" method=\"post\" action=\"" + escape(action) +
                       "\"><input type=\"hidden\" name=\"" + parameter + "\" value=\"" + Base64::encode(bytes) + "\">";
    if (!relayState.empty()) {
        form += "<input type=\"hidden\" name=\"RelayState\" value=\"" + escape(relayState) + "\">";
    }
    form += "<noscript><p>JavaScript is off: press Continue to return to the application.</p></noscript>"
            "<button type=\"submit\">Continue</button></form><script src=\"/saml/static/post.js\"></script>";
    return html(200, form, SamlErrorPage::originOf(action));
}

RestResponse send(const std::string& binding, const std::string& url, const std::string& parameter,
                  const std::string& xml, const std::string& relayState, const SigningKeyPair& key)
{
    if (binding == kPostBinding) {
        auto signedXml = signMessage(xml, key.privateKeyPem, key.certificatePem);
        if (!signedXml) {
            return page(500, "Sign-out failed", "The identity provider could not sign the message.");
        }
        return postForm(url, parameter, *signedXml, relayState);
    }
    return seeOther(url + (url.find('?') == std::string::npos ? "?" : "&") +
                    signedRedirectQuery(parameter, xml, relayState, key.privateKeyPem));
}

RestResponse seeOther(const std::string& location)
{
    RestResponse response;
    response.status = 303;
    response.contentType = "text/plain; charset=utf-8";
    response.headers.emplace_back("Location", location);
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

bool validHandle(const std::string& text, std::string_view prefix)
{
    return text.size() > prefix.size() && text.size() <= 64 && text.rfind(prefix, 0) == 0 &&
           std::all_of(text.begin(), text.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; });
}

SignatureVerdict checkSignature(bool redirectBinding, const std::string& rawQuery, const std::string& xml,
                                const std::string& certificateBase64, bool allowSha1)
{
    return redirectBinding ? verifyRedirectSignature(rawQuery, certificateBase64, allowSha1)
                           : checkEnvelopedSignature(xml, certificateBase64, allowSha1);
}

} // namespace castellan::saml::browser
