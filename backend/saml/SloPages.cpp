#include "saml/SloPages.h"

#include "portal/HtmlForm.h"
#include "rest/Router.h"
#include "saml/EnvelopedSignature.h"
#include "saml/IdpKeyStore.h"
#include "saml/IdpMetadata.h"
#include "saml/LogoutMessages.h"
#include "saml/RedirectBinding.h"
#include "saml/SamlPages.h"
#include "saml/SamlText.h"
#include "saml/ServiceProviderRepository.h"
#include "saml/SsoPages.h"
#include "saml/SsoSessionRepository.h"
#include "store/AuditLog.h"

namespace castellan {
namespace {

RestResponse page(int status, const std::string& title, const std::string& text)
{
    RestResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Castellan MFA</title>"
                    "</head><body><h1>" +
                    saml::escape(title) + "</h1><p>" + saml::escape(text) + "</p></body></html>\n";
    response.headers.emplace_back("Content-Security-Policy",
                                  "default-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'");
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

} // namespace

SloPages::SloPages(Stores stores, const SamlPages& metadata, const Clock& clock)
    : m_stores(stores), m_metadata(metadata), m_clock(clock)
{}

void SloPages::addRoutes(Router& router)
{
    const std::set<Scope> open{Scope::Public};
    router.add({"GET", "/saml/logout", open, handlerFor(this, &SloPages::logoutRedirect)});
    router.add({"POST", "/saml/logout", open, handlerFor(this, &SloPages::logoutPost)});
}

RestResponse SloPages::refuse(const RestRequest& request, const std::string& reason, const std::string& issuer)
{
    m_stores.audit.record({.channel = "saml",
                           .event = "saml.slo",
                           .actor = issuer,
                           .client = issuer,
                           .result = "failure",
                           .reason = reason,
                           .sourceIp = request.sourceIp});
    return page(400, "Sign-out request refused", reason);
}

RestResponse SloPages::logoutRedirect(const RestRequest& request)
{
    auto xml = saml::decodeRedirectMessage(request.queryValue("SAMLRequest"));
    if (!xml) {
        return refuse(request, "The SAMLRequest is missing or does not decode (HTTP-Redirect binding).");
    }
    return handle(request, *xml, request.queryValue("RelayState"), true);
}

RestResponse SloPages::logoutPost(const RestRequest& request)
{
    const HtmlForm form = HtmlForm::parse(request.body);
    auto xml = saml::decodePostMessage(form.value("SAMLRequest"));
    if (!xml) {
        return refuse(request, "The SAMLRequest is missing or does not decode (HTTP-POST binding).");
    }
    return handle(request, *xml, form.value("RelayState"), false);
}

RestResponse SloPages::handle(const RestRequest& request, const std::string& xml, const std::string& relayState,
                              bool redirectBinding)
{
    auto logout = saml::parseLogoutRequest(xml);
    if (!logout) {
        return refuse(request, logout.error().message + ".");
    }
    auto sp = m_stores.providers.findByEntityId(logout->issuer);
    if (!sp || !sp->enabled) {
        return refuse(request, "The application is not registered with this identity provider.", logout->issuer);
    }
    if (sp->metadata.authnRequestsSigned) {
        const std::string& cert = sp->metadata.certificateBase64;
        if (!(redirectBinding ? saml::verifyRedirectSignature(request.rawQuery, cert)
                              : saml::verifyEnvelopedSignature(xml, cert))) {
            return refuse(request, "The request's signature is missing or does not verify.", logout->issuer);
        }
    }
    const std::int64_t now = m_clock.nowSeconds();
    if (logout->issueInstant < now - SsoPages::kMaxRequestAgeSeconds ||
        logout->issueInstant > now + SsoPages::kClockSkewSeconds) {
        return refuse(request, "The request is too old or from the future (IssueInstant).", logout->issuer);
    }
    if (!m_stores.providers.firstSighting(sp->id, logout->id, now,
                                          now + SsoPages::kMaxRequestAgeSeconds + SsoPages::kClockSkewSeconds)) {
        return refuse(request, "This request was already used (replayed request ID).", logout->issuer);
    }
    int ended = 0;
    for (const std::string& index : logout->sessionIndexes) {
        if (auto session = m_stores.sessions.findBySessionIndex(sp->id, index, logout->nameId)) {
            ended += m_stores.sessions.end(*session) ? 1 : 0;
        }
    }
    m_stores.audit.record({.channel = "saml",
                           .event = "saml.slo",
                           .actor = logout->nameId,
                           .client = sp->metadata.entityId,
                           .result = "success",
                           .reason = std::to_string(ended) + " SSO session(s) ended",
                           .sourceIp = request.sourceIp});
    if (sp->metadata.sloUrl.empty()) {
        return page(200, "Signed out", "You are signed out. You may close this window.");
    }
    const std::string responseXml = saml::buildLogoutResponse(saml::idpEntityId(m_metadata.baseUrlFor(request)),
                                                              sp->metadata.sloUrl, logout->id, saml::newId(), now);
    const std::string query =
        saml::signedRedirectQuery("SAMLResponse", responseXml, relayState, m_stores.keys.active().privateKeyPem);
    RestResponse response;
    response.status = 303;
    response.contentType = "text/plain; charset=utf-8";
    response.headers.emplace_back(
        "Location", sp->metadata.sloUrl + (sp->metadata.sloUrl.find('?') == std::string::npos ? "?" : "&") + query);
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

} // namespace castellan
