#include "saml/SsoPages.h"

#include "auth/OpaqueToken.h"
#include "crypto/Base64.h"
#include "portal/HtmlForm.h"
#include "portal/PortalSite.h"
#include "rest/Router.h"
#include "saml/AssertionSigner.h"
#include "saml/AuthnRequest.h"
#include "saml/EnvelopedSignature.h"
#include "saml/IdpKeyStore.h"
#include "saml/IdpMetadata.h"
#include "saml/PendingRequestRepository.h"
#include "saml/RedirectBinding.h"
#include "saml/SamlPages.h"
#include "saml/SamlResponse.h"
#include "saml/SamlText.h"
#include "saml/ServiceProviderRepository.h"
#include "saml/SsoSessionRepository.h"
#include "store/AuditLog.h"
#include "store/UserRepository.h"

#include <algorithm>

namespace castellan {
namespace {

constexpr const char* kPostScript = "document.getElementById('saml-post').submit();\n";
constexpr size_t kMaxRelayState = 1024;

RestResponse html(int status, const std::string& body, const std::string& formAction = {})
{
    RestResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Castellan MFA</title>"
                    "</head><body>" +
                    body + "</body></html>\n";
    // The Response is posted to the SP: form-action must allow its origin, and the only script is our own file.
    const std::string action = formAction.empty() ? "'none'" : formAction;
    response.headers.emplace_back("Content-Security-Policy", "default-src 'none'; script-src 'self'; form-action " +
                                                                 action + "; frame-ancestors 'none'; base-uri 'none'");
    response.headers.emplace_back("Referrer-Policy", "no-referrer");
    response.headers.emplace_back("X-Frame-Options", "DENY");
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

std::string originOf(const std::string& url)
{
    const size_t scheme = url.find("://");
    if (scheme == std::string::npos) {
        return {};
    }
    return url.substr(0, url.find('/', scheme + 3));
}

bool validHandle(const std::string& handle)
{
    return handle.size() > 4 && handle.size() <= 64 && handle.rfind("sr_", 0) == 0 &&
           std::all_of(handle.begin(), handle.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; });
}

std::string attributeValue(const UserRecord& user, const std::string& name)
{
    if (name == "email") {
        return user.email;
    }
    if (name == "first_name") {
        return user.firstName;
    }
    if (name == "last_name") {
        return user.lastName;
    }
    return user.username;
}

} // namespace

SsoPages::SsoPages(Stores stores, PortalSite& site, const SamlPages& metadata, const Clock& clock)
    : m_stores(stores), m_site(site), m_metadata(metadata), m_clock(clock)
{}

void SsoPages::addRoutes(Router& router)
{
    const std::set<Scope> open{Scope::Public};
    router.add({"GET", "/saml/sso", open, handlerFor(this, &SsoPages::ssoRedirect)});
    router.add({"POST", "/saml/sso", open, handlerFor(this, &SsoPages::ssoPost)});
    router.add({"GET", "/saml/static/post.js", open, handlerFor(this, &SsoPages::postScript)});
    router.add({"GET", "/portal/saml/continue", open, handlerFor(this, &SsoPages::continueLogin)});
    router.add({"GET", "/portal/saml/start", open, handlerFor(this, &SsoPages::startIdpInitiated)});
}

RestResponse SsoPages::postScript(const RestRequest&)
{
    RestResponse response;
    response.contentType = "text/javascript; charset=utf-8";
    response.body = kPostScript;
    response.headers.emplace_back("Cache-Control", "public, max-age=3600");
    return response;
}

RestResponse SsoPages::refuse(const RestRequest& request, const std::string& reason, const std::string& issuer)
{
    m_stores.audit.record({.channel = "saml",
                           .event = "saml.sso",
                           .actor = issuer,
                           .client = issuer,
                           .result = "failure",
                           .reason = reason,
                           .sourceIp = request.sourceIp});
    return html(400, "<h1>Sign-in request refused</h1><p>" + saml::escape(reason) +
                         "</p><p>Go back to the application and try again.</p>");
}

RestResponse SsoPages::ssoRedirect(const RestRequest& request)
{
    auto xml = saml::decodeRedirectMessage(request.queryValue("SAMLRequest"));
    if (!xml) {
        return refuse(request, "The SAMLRequest is missing or does not decode (HTTP-Redirect binding).");
    }
    return accept(request, *xml, request.queryValue("RelayState"), true);
}

RestResponse SsoPages::ssoPost(const RestRequest& request)
{
    const HtmlForm form = HtmlForm::parse(request.body);
    auto xml = saml::decodePostMessage(form.value("SAMLRequest"));
    if (!xml) {
        return refuse(request, "The SAMLRequest is missing or does not decode (HTTP-POST binding).");
    }
    return accept(request, *xml, form.value("RelayState"), false);
}

RestResponse SsoPages::accept(const RestRequest& request, const std::string& xml, const std::string& relayState,
                              bool redirectBinding)
{
    auto authn = saml::parseAuthnRequest(xml);
    if (!authn) {
        return refuse(request, authn.error().message + ".");
    }
    auto sp = m_stores.providers.findByEntityId(authn->issuer);
    if (!sp || !sp->enabled) {
        return refuse(request, "The application is not registered with this identity provider.", authn->issuer);
    }
    if (sp->metadata.authnRequestsSigned) {
        // HTTP-Redirect signs the query (bindings §3.4.4.1); HTTP-POST carries an enveloped XML signature.
        const std::string& cert = sp->metadata.certificateBase64;
        const bool verified = redirectBinding ? saml::verifyRedirectSignature(request.rawQuery, cert)
                                              : saml::verifyEnvelopedSignature(xml, cert);
        if (!verified) {
            return refuse(request, "The request's signature is missing or does not verify.", authn->issuer);
        }
    }
    std::string acsUrl = authn->acsUrl;
    const auto& acs = sp->metadata.acs;
    const auto post = std::find_if(acs.begin(), acs.end(), [&](const saml::AcsEndpoint& e) {
        return e.binding == saml::kPostBinding && (acsUrl.empty() || e.location == acsUrl);
    });
    if (post == acs.end()) {
        return refuse(request, "The AssertionConsumerServiceURL is not registered for this application.",
                      authn->issuer);
    }
    acsUrl = post->location;
    const std::int64_t now = m_clock.nowSeconds();
    if (authn->issueInstant < now - kMaxRequestAgeSeconds || authn->issueInstant > now + kClockSkewSeconds) {
        return refuse(request, "The request is too old or from the future (IssueInstant).", authn->issuer);
    }
    if (relayState.size() > kMaxRelayState) {
        return refuse(request, "The RelayState is too long.", authn->issuer);
    }
    if (!m_stores.providers.firstSighting(sp->id, authn->id, now, now + kMaxRequestAgeSeconds + kClockSkewSeconds)) {
        return refuse(request, "This request was already used (replayed request ID).", authn->issuer);
    }
    PendingRequestRecord pending{.id = OpaqueToken::generate("sr_"),
                                 .spId = sp->id,
                                 .requestId = authn->id,
                                 .acsUrl = acsUrl,
                                 .relayState = relayState,
                                 .createdAt = now,
                                 .expiresAt = now + kPendingSeconds};
    m_stores.pending.create(pending);
    RestResponse response;
    response.status = 303;
    response.contentType = "text/plain; charset=utf-8";
    response.headers.emplace_back("Location", "/portal/saml/continue?request=" + pending.id);
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

RestResponse SsoPages::startIdpInitiated(const RestRequest& request)
{
    const std::string spText = request.queryValue("sp");
    std::optional<ServiceProviderRecord> sp;
    if (!spText.empty() && spText.size() < 19 && spText.find_first_not_of("0123456789") == std::string::npos) {
        sp = m_stores.providers.findById(std::stoll(spText));
    }
    if (!sp || !sp->enabled || !sp->idpInitiated) {
        return refuse(request, "This application cannot be started from the identity provider.");
    }
    const std::string relayState = request.queryValue("RelayState");
    const auto& acs = sp->metadata.acs;
    const auto post = std::find_if(acs.begin(), acs.end(),
                                   [](const saml::AcsEndpoint& e) { return e.binding == saml::kPostBinding; });
    if (post == acs.end() || relayState.size() > kMaxRelayState) {
        return refuse(request, "This application cannot be started from the identity provider.");
    }
    const std::int64_t now = m_clock.nowSeconds();
    // No AuthnRequest: the Response will carry no InResponseTo.
    PendingRequestRecord pending{.id = OpaqueToken::generate("sr_"),
                                 .spId = sp->id,
                                 .requestId = {},
                                 .acsUrl = post->location,
                                 .relayState = relayState,
                                 .createdAt = now,
                                 .expiresAt = now + kPendingSeconds};
    m_stores.pending.create(pending);
    RestResponse response;
    response.status = 303;
    response.contentType = "text/plain; charset=utf-8";
    response.headers.emplace_back("Location", "/portal/saml/continue?request=" + pending.id);
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

RestResponse SsoPages::continueLogin(const RestRequest& request)
{
    const std::string handle = request.queryValue("request");
    PortalVisit visit = m_site.visit(request);
    if (!validHandle(handle)) {
        return refuse(request, "The sign-in request is unknown.");
    }
    if (!m_site.signedIn(visit)) {
        // Sign in first; the login pages come back here (PortalSite::nextAfterSignIn).
        visit.session.continueTo = "/portal/saml/continue?request=" + handle;
        m_site.save(visit);
        return m_site.redirect(visit, "/portal/login");
    }
    auto pending = m_stores.pending.take(handle, m_clock.nowSeconds());
    if (!visit.session.continueTo.empty()) {
        visit.session.continueTo.clear();
        m_site.save(visit);
    }
    if (!pending) {
        return refuse(request, "The sign-in request expired or was already answered.");
    }
    return answer(request, visit, *pending);
}

RestResponse SsoPages::answer(const RestRequest& request, PortalVisit& visit, const PendingRequestRecord& pending)
{
    const std::int64_t now = m_clock.nowSeconds();
    auto sp = m_stores.providers.findById(pending.spId);
    auto user = visit.session.userId ? m_stores.users.findById(*visit.session.userId, now) : std::nullopt;
    if (!sp || !sp->enabled || !user || user->status(now) != "active") {
        return refuse(request, "The sign-in cannot be completed for this application.");
    }
    saml::ResponseContent content;
    content.idpEntityId = saml::idpEntityId(m_metadata.baseUrlFor(request));
    content.spEntityId = sp->metadata.entityId;
    content.acsUrl = pending.acsUrl;
    content.inResponseTo = pending.requestId;
    content.nameIdFormat = sp->nameIdFormat;
    content.nameId = sp->nameIdAttribute == "email" ? user->email : user->username;
    content.authnContextClassRef = visit.session.secondFactor ? saml::kMultiFactor : saml::kPasswordProtectedTransport;
    content.sessionIndex = "_" + OpaqueToken::digest(visit.session.id).substr(0, 32);
    for (const std::string& name : sp->attributes) {
        content.attributes.emplace_back(name, attributeValue(*user, name));
    }
    content.now = now;
    content.authnInstant = visit.session.authenticatedAt.value_or(now);
    if (content.nameId.empty()) {
        return refuse(request, "Your account has no " + sp->nameIdAttribute + " for this application.");
    }
    const SigningKeyPair key = m_stores.keys.active();
    const std::string assertionId = saml::newId();
    auto signedXml = saml::signAssertion(saml::buildResponse(content, saml::newId(), assertionId), assertionId,
                                         key.privateKeyPem, key.certificatePem);
    if (!signedXml) {
        return refuse(request, "The identity provider could not sign the response.");
    }
    m_stores.sessions.recordSignIn(visit.session.id, user->id, user->username, request.sourceIp,
                                   {.spId = sp->id, .nameId = content.nameId, .sessionIndex = content.sessionIndex},
                                   now);
    m_stores.audit.record({.channel = "saml",
                           .event = "saml.sso",
                           .actor = visit.session.username,
                           .username = visit.session.username,
                           .client = sp->metadata.entityId,
                           .result = "success",
                           .reason = std::string("assertion issued (") + content.authnContextClassRef + ")",
                           .sourceIp = request.sourceIp});
    const std::vector<std::uint8_t> bytes(signedXml->begin(), signedXml->end());
    std::string form = "<form id=\"saml-post\" method=\"post\" action=\"" + saml::escape(pending.acsUrl) +
                       "\"><input type=\"hidden\" name=\"SAMLResponse\" value=\"" + Base64::encode(bytes) + "\">";
    if (!pending.relayState.empty()) {
        form += "<input type=\"hidden\" name=\"RelayState\" value=\"" + saml::escape(pending.relayState) + "\">";
    }
    form += "<noscript><p>JavaScript is off: press Continue to return to the application.</p></noscript>"
            "<button type=\"submit\">Continue</button></form><script src=\"/saml/static/post.js\"></script>";
    return html(200, form, originOf(pending.acsUrl));
}

} // namespace castellan
