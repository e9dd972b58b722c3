#include "saml/SamlErrorPage.h"

#include "auth/OpaqueToken.h"
#include "portal/HtmlForm.h"
#include "portal/PortalSite.h"
#include "portal/PortalTemplates.h"
#include "portal/PortalText.h"

namespace castellan {
namespace {

const char* keyOf(SamlProblem problem)
{
    switch (problem) {
    case SamlProblem::Malformed:
        return "saml.error.malformed";
    case SamlProblem::UnknownSp:
        return "saml.error.unknown_sp";
    case SamlProblem::UnregisteredAcs:
        return "saml.error.acs";
    case SamlProblem::Replay:
        return "saml.error.replay";
    case SamlProblem::Expired:
        return "saml.error.expired";
    case SamlProblem::BadSignature:
        return "saml.error.signature";
    case SamlProblem::RefusedAlgorithm:
        return "saml.error.algorithm";
    case SamlProblem::Other:
        break;
    }
    return "saml.error.other";
}

} // namespace

SamlErrorPage::SamlErrorPage(PortalSite& site) : m_site(site) {}

std::string SamlErrorPage::originOf(const std::string& url)
{
    const size_t scheme = url.find("://");
    if (scheme == std::string::npos || (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)) {
        return {};
    }
    return url.substr(0, url.find_first_of("/?#", scheme + 3));
}

std::string SamlErrorPage::languageOf(const RestRequest& request) const
{
    const std::string asked = request.queryValue("lang");
    if (asked == "en" || asked == "tr") {
        return asked;
    }
    // The portal's cookie reaches /portal paths only; a session found there keeps the language chosen in the portal.
    const auto cookies = HtmlForm::cookies(request.header("cookie"));
    const auto cookie = cookies.find(PortalSite::kCookie);
    if (cookie != cookies.end() && cookie->second.rfind("ps_", 0) == 0) {
        if (auto session = m_site.sessions().find(OpaqueToken::digest(cookie->second), m_site.clock().nowSeconds())) {
            if (session->language == "en" || session->language == "tr") {
                return session->language;
            }
        }
    }
    return PortalText::negotiate(request.header("accept-language"));
}

RestResponse SamlErrorPage::render(const RestRequest& request, SamlProblem problem, const std::string& detail,
                                   const std::string& backUrl, bool signOut) const
{
    const std::string language = languageOf(request);
    const PortalTemplates& templates = PortalTemplates::instance();
    const std::string back = originOf(backUrl);
    PortalTemplates::Values values;
    values["what"] = PortalText::instance().get(language, keyOf(problem));
    values["detail"] = detail;
    if (!back.empty()) {
        values["back"] = templates.render("saml-error-back", {{"url", back + "/"}}, language);
    }
    PortalTemplates::Values layout;
    layout["lang"] = language;
    layout["title"] = PortalText::instance().get(language, signOut ? "saml.error.title_logout" : "saml.error.title");
    layout["content"] = templates.render("saml-error", values, language);
    RestResponse response;
    response.status = problem == SamlProblem::BadSignature || problem == SamlProblem::RefusedAlgorithm ? 403 : 400;
    response.contentType = "text/html; charset=utf-8";
    response.body = templates.render("layout", layout, language);
    response.headers.emplace_back("Content-Security-Policy",
                                  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                  "frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    response.headers.emplace_back("Referrer-Policy", "no-referrer");
    response.headers.emplace_back("X-Frame-Options", "DENY");
    response.headers.emplace_back("Cache-Control", "no-store");
    response.headers.emplace_back("Content-Language", language);
    return response;
}

} // namespace castellan
