#include "saml/SsoPages.h"

#include "auth/OpaqueToken.h"
#include "portal/HtmlForm.h"
#include "portal/PortalSite.h"
#include "rest/Router.h"
#include "saml/AssertionSigner.h"
#include "saml/AuthnRequest.h"
#include "saml/BrowserBinding.h"
#include "saml/IdpKeyStore.h"
#include "saml/IdpMetadata.h"
#include "saml/PendingRequestRepository.h"
#include "saml/RedirectBinding.h"
#include "saml/SamlPages.h"
#include "saml/SamlResponse.h"
#include "saml/SamlText.h"
#include "saml/ServiceProviderRepository.h"
#include "saml/SsoSessionRepository.h"
#include "store/ApplicationRepository.h"
#include "store/AuditLog.h"
#include "store/UserRepository.h"

#include <algorithm>

namespace castellan {
namespace {

constexpr size_t kMaxRelayState = 1024;

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

SsoPages::SsoPages(Stores stores, PortalSite& site, const SamlPages& metadata, std::int64_t sessionMaxSeconds,
                   const Clock& clock)
    : m_stores(stores), m_site(site), m_metadata(metadata), m_sessionMaxSeconds(sessionMaxSeconds), m_clock(clock)
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
    response.body = saml::browser::postScript();
    response.headers.emplace_back("Cache-Control", "public, max-age=3600");
    return response;
}

RestResponse SsoPages::refuse(const RestRequest& request, const std::string& reason, const std::string& issuer,
                              SamlProblem problem, const ServiceProviderRecord* sp)
{
    m_stores.audit.record({.channel = "saml",
                           .event = "saml.sso",
                           .actor = issuer,
                           .client = issuer,
                           .result = "failure",
                           .reason = reason,
                           .sourceIp = request.sourceIp});
    const std::string back = sp && !sp->metadata.acs.empty() ? sp->metadata.acs.front().location : std::string();
    return SamlErrorPage(m_site).render(request, problem, reason, back);
}

RestResponse SsoPages::ssoRedirect(const RestRequest& request)
{
    auto xml = saml::decodeRedirectMessage(request.queryValue("SAMLRequest"));
    if (!xml) {
        return refuse(request, "The SAMLRequest is missing or does not decode (HTTP-Redirect binding).", {},
                      SamlProblem::Malformed);
    }
    return accept(request, *xml, request.queryValue("RelayState"), true);
}

RestResponse SsoPages::ssoPost(const RestRequest& request)
{
    const HtmlForm form = HtmlForm::parse(request.body);
    auto xml = saml::decodePostMessage(form.value("SAMLRequest"));
    if (!xml) {
        return refuse(request, "The SAMLRequest is missing or does not decode (HTTP-POST binding).", {},
                      SamlProblem::Malformed);
    }
    return accept(request, *xml, form.value("RelayState"), false);
}

RestResponse SsoPages::accept(const RestRequest& request, const std::string& xml, const std::string& relayState,
                              bool redirectBinding)
{
    auto authn = saml::parseAuthnRequest(xml);
    if (!authn) {
        return refuse(request, authn.error().message + ".", {}, SamlProblem::Malformed);
    }
    auto sp = m_stores.providers.findByEntityId(authn->issuer);
    if (!sp || !sp->enabled) {
        return refuse(request, "The application is not registered with this identity provider.", authn->issuer,
                      SamlProblem::UnknownSp);
    }
    if (sp->metadata.authnRequestsSigned) {
        // HTTP-Redirect signs the query (bindings §3.4.4.1); HTTP-POST carries an enveloped XML signature.
        const auto verdict = saml::browser::checkSignature(redirectBinding, request.rawQuery, xml,
                                                           sp->metadata.certificateBase64, sp->allowSha1Signatures);
        if (verdict.kind != saml::SignatureVerdict::Kind::Verified) {
            return refuse(request, saml::signatureRefusal(verdict, sp->name), authn->issuer,
                          verdict.kind == saml::SignatureVerdict::Kind::Invalid ? SamlProblem::BadSignature
                                                                                : SamlProblem::RefusedAlgorithm,
                          &*sp);
        }
    }
    std::string acsUrl = authn->acsUrl;
    const auto& acs = sp->metadata.acs;
    const auto post = std::find_if(acs.begin(), acs.end(), [&](const saml::AcsEndpoint& e) {
        return e.binding == saml::kPostBinding && (acsUrl.empty() || e.location == acsUrl);
    });
    if (post == acs.end()) {
        return refuse(request, "The AssertionConsumerServiceURL is not registered for this application.", authn->issuer,
                      SamlProblem::UnregisteredAcs, &*sp);
    }
    acsUrl = post->location;
    const std::int64_t now = m_clock.nowSeconds();
    if (authn->issueInstant < now - kMaxRequestAgeSeconds || authn->issueInstant > now + kClockSkewSeconds) {
        return refuse(request, "The request is too old or from the future (IssueInstant).", authn->issuer,
                      SamlProblem::Expired, &*sp);
    }
    if (relayState.size() > kMaxRelayState) {
        return refuse(request, "The RelayState is too long.", authn->issuer, SamlProblem::Malformed, &*sp);
    }
    if (!m_stores.providers.firstSighting(sp->id, authn->id, now, now + kMaxRequestAgeSeconds + kClockSkewSeconds)) {
        return refuse(request, "This request was already used (replayed request ID).", authn->issuer,
                      SamlProblem::Replay, &*sp);
    }
    PendingRequestRecord pending{.id = OpaqueToken::generate("sr_"),
                                 .spId = sp->id,
                                 .requestId = authn->id,
                                 .acsUrl = acsUrl,
                                 .relayState = relayState,
                                 .forceAuthn = authn->forceAuthn,
                                 .isPassive = authn->isPassive,
                                 .createdAt = now,
                                 .expiresAt = now + kPendingSeconds};
    m_stores.pending.create(pending);
    return saml::browser::seeOther("/portal/saml/continue?request=" + pending.id);
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
    return saml::browser::seeOther("/portal/saml/continue?request=" + pending.id);
}

Result<std::optional<ApplicationRecord>> SsoPages::profileFor(const ServiceProviderRecord& sp)
{
    if (sp.applicationId) {
        auto profile = m_stores.applications.findById(*sp.applicationId);
        if (!profile || !profile->enabled) {
            // Never fall back to a weaker profile than the one the administrator chose.
            return Error::of(ErrorCode::InvalidInput, "The application's sign-in profile is disabled.");
        }
        return std::optional<ApplicationRecord>(*profile);
    }
    auto saml = m_stores.applications.enabledOfType("saml");
    if (saml.size() == 1) {
        return std::optional<ApplicationRecord>(saml.front());
    }
    return std::optional<ApplicationRecord>(); // the registration profile
}

bool SsoPages::sessionServes(PortalVisit& visit, const PendingRequestRecord& pending,
                             const std::optional<ApplicationRecord>& profile)
{
    if (!m_site.active(visit) || !visit.session.authenticatedAt) {
        return false;
    }
    const std::int64_t signedInAt = *visit.session.authenticatedAt;
    // ForceAuthn: only a sign-in made for this request counts (the login pages were sent here by it, or it came
    // later; seconds are too coarse to tell a sign-in just before the request from one just after).
    const bool forThisRequest = visit.session.continueTo == "/portal/saml/continue?request=" + pending.id;
    if (pending.forceAuthn && !forThisRequest && signedInAt <= pending.createdAt) {
        return false;
    }
    if (signedInAt + m_sessionMaxSeconds <= m_clock.nowSeconds()) {
        return false; // the SSO session is too old to answer without a new sign-in
    }
    // Neither a saml nor a registration profile: nobody signs in through the portal now, and a session from before
    // the profiles were disabled does not answer either (fail closed).
    const auto effective = profile ? profile : m_site.registrationProfile();
    return effective && PortalSite::satisfies(visit.session, effective);
}

RestResponse SsoPages::continueLogin(const RestRequest& request)
{
    const std::string handle = request.queryValue("request");
    PortalVisit visit = m_site.visit(request);
    if (!saml::browser::validHandle(handle, "sr_")) {
        return refuse(request, "The sign-in request is unknown.", {}, SamlProblem::Expired);
    }
    auto waiting = m_stores.pending.find(handle, m_clock.nowSeconds());
    auto sp = waiting ? m_stores.providers.findById(waiting->spId) : std::nullopt;
    if (!waiting || !sp || !sp->enabled) {
        return refuse(request, "The sign-in request expired or was already answered.", {}, SamlProblem::Expired);
    }
    auto profile = profileFor(*sp);
    if (!profile) {
        return refuse(request, profile.error().message, sp->metadata.entityId);
    }
    if (!sessionServes(visit, *waiting, *profile)) {
        if (waiting->isPassive) {
            // IsPassive: the user must not see a login page; the SP hears that none could be done silently.
            if (auto pending = m_stores.pending.take(handle, m_clock.nowSeconds())) {
                return answerNoPassive(request, *sp, *pending);
            }
            return refuse(request, "The sign-in request expired or was already answered.", {}, SamlProblem::Expired);
        }
        // Sign in (again, or more strongly) first; the login pages come back here (PortalSite::nextAfterSignIn).
        m_site.requireSignIn(visit, *profile, "/portal/saml/continue?request=" + handle);
        return m_site.redirect(visit, "/portal/login");
    }
    auto pending = m_stores.pending.take(handle, m_clock.nowSeconds());
    if (!visit.session.continueTo.empty() || visit.session.loginApplicationId) {
        visit.session.continueTo.clear();
        visit.session.loginApplicationId.reset();
        m_site.save(visit);
    }
    if (!pending) {
        return refuse(request, "The sign-in request expired or was already answered.", {}, SamlProblem::Expired);
    }
    return answer(request, visit, *pending);
}

RestResponse SsoPages::answerNoPassive(const RestRequest& request, const ServiceProviderRecord& sp,
                                       const PendingRequestRecord& pending)
{
    m_stores.audit.record({.channel = "saml",
                           .event = "saml.sso",
                           .client = sp.metadata.entityId,
                           .result = "failure",
                           .reason = "IsPassive request answered NoPassive: no SSO session serves it",
                           .sourceIp = request.sourceIp});
    const std::string xml =
        saml::buildStatusResponse(saml::idpEntityId(m_metadata.baseUrlFor(request)), pending.acsUrl, pending.requestId,
                                  saml::newId(), m_clock.nowSeconds(), "urn:oasis:names:tc:SAML:2.0:status:Responder",
                                  "urn:oasis:names:tc:SAML:2.0:status:NoPassive", "The user is not signed in");
    return saml::browser::postForm(pending.acsUrl, "SAMLResponse", xml, pending.relayState);
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
    content.lifetimeSeconds = kAssertionSeconds;
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
    auto signedXml = saml::signResponse(saml::buildResponse(content, saml::newId(), assertionId), assertionId,
                                        saml::ResponseSigning::of(sp->responseSigning, sp->signatureAlgorithm),
                                        key.privateKeyPem, key.certificatePem);
    if (!signedXml) {
        return refuse(request, "The identity provider could not sign the response.");
    }
    m_stores.sessions.recordSignIn(visit.session.id, user->id, user->username, request.sourceIp,
                                   {.spId = sp->id,
                                    .nameId = content.nameId,
                                    .sessionIndex = content.sessionIndex,
                                    .idpEntityId = content.idpEntityId},
                                   now);
    m_stores.audit.record({.channel = "saml",
                           .event = "saml.sso",
                           .actor = visit.session.username,
                           .username = visit.session.username,
                           .client = sp->metadata.entityId,
                           .result = "success",
                           .reason = std::string("assertion issued (") + content.authnContextClassRef + ")",
                           .sourceIp = request.sourceIp});
    return saml::browser::postForm(pending.acsUrl, "SAMLResponse", *signedXml, pending.relayState);
}

} // namespace castellan
