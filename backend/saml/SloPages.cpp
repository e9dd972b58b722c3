#include "saml/SloPages.h"

#include "auth/OpaqueToken.h"
#include "portal/HtmlForm.h"
#include "portal/PortalSite.h"
#include "rest/Router.h"
#include "saml/BackChannelLogout.h"
#include "saml/BrowserBinding.h"
#include "saml/IdpKeyStore.h"
#include "saml/IdpMetadata.h"
#include "saml/LogoutMessages.h"
#include "saml/LogoutRepository.h"
#include "saml/RedirectBinding.h"
#include "saml/SamlPages.h"
#include "saml/SamlText.h"
#include "saml/ServiceProviderRepository.h"
#include "saml/SsoPages.h"
#include "saml/SsoSessionRepository.h"
#include "store/AuditLog.h"

#include <algorithm>

namespace castellan {
namespace {

constexpr const char* kSuccess = "urn:oasis:names:tc:SAML:2.0:status:Success";
constexpr const char* kPartialLogout = "urn:oasis:names:tc:SAML:2.0:status:PartialLogout";

/// The binding logout messages to `sp` use (HTTP-Redirect for SPs stored before the binding was recorded).
std::string bindingOf(const ServiceProviderRecord& sp)
{
    return sp.metadata.sloBinding.empty() ? std::string(saml::kRedirectBinding) : sp.metadata.sloBinding;
}

std::string responseUrlOf(const ServiceProviderRecord& sp)
{
    return sp.metadata.sloResponseUrl.empty() ? sp.metadata.sloUrl : sp.metadata.sloResponseUrl;
}

} // namespace

SloPages::SloPages(Stores stores, PortalSite& site, const SamlPages& metadata, const Clock& clock)
    : m_stores(stores), m_site(site), m_metadata(metadata), m_clock(clock)
{
    m_site.setSingleLogout(
        [this](const RestRequest& request, PortalVisit& visit) { return portalSignOut(request, visit); });
}

void SloPages::addRoutes(Router& router)
{
    const std::set<Scope> open{Scope::Public};
    router.add({"GET", "/saml/logout", open, handlerFor(this, &SloPages::logoutRedirect)});
    router.add({"POST", "/saml/logout", open, handlerFor(this, &SloPages::logoutPost)});
    router.add({"GET", "/portal/signed-out", open, handlerFor(this, &SloPages::signedOut)});
}

RestResponse SloPages::refuse(const RestRequest& request, const std::string& reason, const std::string& issuer,
                              SamlProblem problem, const ServiceProviderRecord* sp)
{
    m_stores.audit.record({.channel = "saml",
                           .event = "saml.slo",
                           .actor = issuer,
                           .client = issuer,
                           .result = "failure",
                           .reason = reason,
                           .sourceIp = request.sourceIp});
    const std::string back = sp && !sp->metadata.acs.empty() ? sp->metadata.acs.front().location : std::string();
    return SamlErrorPage(m_site).render(request, problem, reason, back, true);
}

std::optional<RestResponse> SloPages::refuseSignature(const RestRequest& request, const std::string& xml,
                                                      bool redirectBinding, const ServiceProviderRecord& sp,
                                                      const std::string& issuer)
{
    if (!sp.metadata.authnRequestsSigned) {
        return std::nullopt;
    }
    const auto verdict = saml::browser::checkSignature(redirectBinding, request.rawQuery, xml,
                                                       sp.metadata.certificateBase64, sp.allowSha1Signatures);
    if (verdict.kind == saml::SignatureVerdict::Kind::Verified) {
        return std::nullopt;
    }
    return refuse(request, saml::signatureRefusal(verdict, sp.name), issuer,
                  verdict.kind == saml::SignatureVerdict::Kind::Invalid ? SamlProblem::BadSignature
                                                                        : SamlProblem::RefusedAlgorithm,
                  &sp);
}

RestResponse SloPages::logoutRedirect(const RestRequest& request)
{
    const bool isResponse = !request.queryValue("SAMLResponse").empty();
    auto xml = saml::decodeRedirectMessage(request.queryValue(isResponse ? "SAMLResponse" : "SAMLRequest"));
    if (!xml) {
        return refuse(request, "The SAMLRequest is missing or does not decode (HTTP-Redirect binding).", {},
                      SamlProblem::Malformed);
    }
    const std::string relayState = request.queryValue("RelayState");
    return isResponse ? handleResponse(request, *xml, relayState, true)
                      : handleRequest(request, *xml, relayState, true);
}

RestResponse SloPages::logoutPost(const RestRequest& request)
{
    const HtmlForm form = HtmlForm::parse(request.body);
    const bool isResponse = form.has("SAMLResponse");
    auto xml = saml::decodePostMessage(form.value(isResponse ? "SAMLResponse" : "SAMLRequest"));
    if (!xml) {
        return refuse(request, "The SAMLRequest is missing or does not decode (HTTP-POST binding).", {},
                      SamlProblem::Malformed);
    }
    return isResponse ? handleResponse(request, *xml, form.value("RelayState"), false)
                      : handleRequest(request, *xml, form.value("RelayState"), false);
}

RestResponse SloPages::handleRequest(const RestRequest& request, const std::string& xml, const std::string& relayState,
                                     bool redirectBinding)
{
    auto logout = saml::parseLogoutRequest(xml);
    if (!logout) {
        return refuse(request, logout.error().message + ".", {}, SamlProblem::Malformed);
    }
    auto sp = m_stores.providers.findByEntityId(logout->issuer);
    if (!sp || !sp->enabled) {
        return refuse(request, "The application is not registered with this identity provider.", logout->issuer,
                      SamlProblem::UnknownSp);
    }
    if (auto refused = refuseSignature(request, xml, redirectBinding, *sp, logout->issuer)) {
        return *refused;
    }
    const std::int64_t now = m_clock.nowSeconds();
    if (logout->issueInstant < now - SsoPages::kMaxRequestAgeSeconds ||
        logout->issueInstant > now + SsoPages::kClockSkewSeconds) {
        return refuse(request, "The request is too old or from the future (IssueInstant).", logout->issuer,
                      SamlProblem::Expired, &*sp);
    }
    if (relayState.size() > 1024) {
        return refuse(request, "The RelayState is too long.", logout->issuer, SamlProblem::Malformed, &*sp);
    }
    if (!m_stores.providers.firstSighting(sp->id, logout->id, now,
                                          now + SsoPages::kMaxRequestAgeSeconds + SsoPages::kClockSkewSeconds)) {
        return refuse(request, "This request was already used (replayed request ID).", logout->issuer,
                      SamlProblem::Replay, &*sp);
    }
    // The SSO session the SP names by its SessionIndex, for its NameID. Without a SessionIndex the request is for
    // every session of the NameID in which the SP takes part (SAML core 3.7.3.2): the first one is logged out
    // through the browser, the others end at once and their SPs hear of it over the back channel.
    std::optional<SsoSessionRecord> session;
    std::vector<std::string> alsoEnded;
    if (logout->sessionIndexes.empty()) {
        for (const std::string& id : m_stores.sessions.findByParticipant(sp->id, logout->nameId)) {
            if (!session) {
                session = m_stores.sessions.findById(id);
            } else {
                alsoEnded.push_back(id);
            }
        }
    }
    for (const std::string& index : logout->sessionIndexes) {
        if (auto id = m_stores.sessions.findBySessionIndex(sp->id, index, logout->nameId)) {
            session = m_stores.sessions.findById(*id);
            break;
        }
    }
    for (const std::string& id : alsoEnded) {
        endWithBackChannel(request, id, sp->id);
    }
    LogoutRecord record;
    record.id = OpaqueToken::generate("slo_").substr(0, 40);
    record.originSpId = sp->id;
    record.originRequestId = logout->id;
    record.originRelayState = relayState;
    record.username = session ? session->username : logout->nameId;
    if (session) {
        record.userId = session->userId;
    }
    m_stores.audit.record({.channel = "saml",
                           .event = "saml.slo",
                           .actor = record.username,
                           .username = session ? session->username : std::string(),
                           .client = sp->metadata.entityId,
                           .result = "success",
                           .reason = !session ? std::string("no SSO session left for this SessionIndex")
                                     : alsoEnded.empty()
                                         ? "SSO session " + session->id + " ended at the SP's request"
                                         : "SSO session " + session->id + " and " + std::to_string(alsoEnded.size()) +
                                               " more of the NameID ended at the SP's request (no SessionIndex)",
                           .sourceIp = request.sourceIp});
    return begin(request, std::move(record), session);
}

std::optional<RestResponse> SloPages::portalSignOut(const RestRequest& request, PortalVisit& visit)
{
    auto session = m_stores.sessions.findByPortalSession(visit.session.id);
    if (!session) {
        return std::nullopt;
    }
    LogoutRecord record;
    record.id = OpaqueToken::generate("slo_").substr(0, 40);
    record.userId = session->userId;
    record.username = session->username;
    record.language = visit.language;
    m_stores.audit.record({.channel = "saml",
                           .event = "saml.slo",
                           .actor = session->username,
                           .username = session->username,
                           .result = "success",
                           .reason = "SSO session " + session->id + " ended by signing out of the portal",
                           .sourceIp = request.sourceIp});
    return begin(request, std::move(record), session);
}

void SloPages::endWithBackChannel(const RestRequest& request, const std::string& sessionId, std::int64_t originSpId)
{
    auto session = m_stores.sessions.findById(sessionId);
    if (!session) {
        return;
    }
    std::vector<SsoParticipant> others;
    for (const SsoParticipant& p : session->participants) {
        if (p.spId != originSpId) {
            others.push_back(p);
        }
    }
    m_stores.sessions.end(session->id);
    m_stores.backChannel.notify(session->username, others, request.sourceIp);
}

RestResponse SloPages::begin(const RestRequest& request, LogoutRecord logout,
                             const std::optional<SsoSessionRecord>& session)
{
    const std::int64_t now = m_clock.nowSeconds();
    logout.createdAt = now;
    logout.expiresAt = now + kLogoutSeconds;
    std::vector<SsoParticipant> soapOnly;
    if (session) {
        for (const SsoParticipant& p : session->participants) {
            if (logout.originSpId && p.spId == *logout.originSpId) {
                continue;
            }
            auto sp = m_stores.providers.findById(p.spId);
            if (sp && sp->enabled && !sp->metadata.sloUrl.empty()) {
                logout.steps.push_back({.position = static_cast<int>(logout.steps.size()),
                                        .spId = p.spId,
                                        .nameId = p.nameId,
                                        .sessionIndex = p.sessionIndex});
            } else {
                soapOnly.push_back(p); // told over the back channel, if it has one
            }
        }
        m_stores.sessions.end(session->id); // first: an SP that never answers cannot keep the session alive
        m_stores.backChannel.notify(session->username, soapOnly, request.sourceIp);
    }
    m_stores.logouts.create(logout);
    return next(request, logout.id);
}

RestResponse SloPages::next(const RestRequest& request, const std::string& logoutId)
{
    const std::int64_t now = m_clock.nowSeconds();
    auto logout = m_stores.logouts.find(logoutId, now);
    if (!logout) {
        return refuse(request, "This sign-out expired; you are signed out of the identity provider.", {},
                      SamlProblem::Expired);
    }
    for (const LogoutStep& step : logout->steps) {
        if (step.state != "pending") {
            continue;
        }
        const std::string requestId = saml::newId();
        if (!m_stores.logouts.markSent(logout->id, step.position, requestId)) {
            continue; // sent by another request of this browser meanwhile
        }
        auto sp = m_stores.providers.findById(step.spId);
        if (!sp || sp->metadata.sloUrl.empty()) {
            m_stores.logouts.markAnswered(logout->id, requestId, false);
            continue;
        }
        const std::string xml =
            saml::buildLogoutRequest(saml::idpEntityId(m_metadata.baseUrlFor(request)), sp->metadata.sloUrl,
                                     step.nameId, sp->nameIdFormat, step.sessionIndex, requestId, now);
        return saml::browser::send(bindingOf(*sp), sp->metadata.sloUrl, "SAMLRequest", xml, logout->id,
                                   m_stores.keys.active());
    }
    return finish(request, *logout);
}

RestResponse SloPages::finish(const RestRequest& request, const LogoutRecord& logout)
{
    const bool partial =
        std::any_of(logout.steps.begin(), logout.steps.end(), [](const LogoutStep& s) { return s.state != "done"; });
    if (!logout.originSpId) {
        // IdP-initiated: the portal says which applications confirmed (the record stays until it expires).
        return saml::browser::seeOther("/portal/signed-out?logout=" + logout.id);
    }
    m_stores.logouts.remove(logout.id);
    auto sp = m_stores.providers.findById(*logout.originSpId);
    if (!sp || sp->metadata.sloUrl.empty()) {
        return saml::browser::page(200, "Signed out", "You are signed out. You may close this window.");
    }
    const std::string xml = saml::buildLogoutResponse(saml::idpEntityId(m_metadata.baseUrlFor(request)),
                                                      responseUrlOf(*sp), logout.originRequestId, saml::newId(),
                                                      m_clock.nowSeconds(), kSuccess, partial ? kPartialLogout : "");
    return saml::browser::send(bindingOf(*sp), responseUrlOf(*sp), "SAMLResponse", xml, logout.originRelayState,
                               m_stores.keys.active());
}

RestResponse SloPages::handleResponse(const RestRequest& request, const std::string& xml, const std::string& relayState,
                                      bool redirectBinding)
{
    auto answer = saml::parseLogoutResponse(xml);
    if (!answer) {
        return refuse(request, answer.error().message + ".", {}, SamlProblem::Malformed);
    }
    auto logout = saml::browser::validHandle(relayState, "slo_")
                      ? m_stores.logouts.find(relayState, m_clock.nowSeconds())
                      : std::nullopt;
    if (!logout) {
        return refuse(request, "The sign-out this answer belongs to is unknown or expired.", answer->issuer,
                      SamlProblem::Expired);
    }
    const auto step = std::find_if(logout->steps.begin(), logout->steps.end(), [&](const LogoutStep& s) {
        return s.state == "sent" && s.requestId == answer->inResponseTo;
    });
    auto sp = step != logout->steps.end() ? m_stores.providers.findById(step->spId) : std::nullopt;
    if (!sp || sp->metadata.entityId != answer->issuer) {
        return refuse(request, "The LogoutResponse answers no request of this sign-out.", answer->issuer);
    }
    if (auto refused = refuseSignature(request, xml, redirectBinding, *sp, answer->issuer)) {
        return *refused;
    }
    m_stores.logouts.markAnswered(logout->id, answer->inResponseTo, answer->success());
    m_stores.audit.record({.channel = "saml",
                           .event = "saml.slo",
                           .actor = logout->username,
                           .username = logout->username,
                           .client = sp->metadata.entityId,
                           .result = answer->success() ? "success" : "failure",
                           .reason = "LogoutResponse " + answer->statusCode,
                           .sourceIp = request.sourceIp});
    return next(request, logout->id);
}

RestResponse SloPages::signedOut(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    const std::string id = request.queryValue("logout");
    auto logout =
        saml::browser::validHandle(id, "slo_") ? m_stores.logouts.find(id, m_clock.nowSeconds()) : std::nullopt;
    std::string items;
    if (logout && !logout->originSpId) {
        for (const LogoutStep& step : logout->steps) {
            auto sp = m_stores.providers.findById(step.spId);
            items += m_site.fragment(
                visit, "signed-out-item",
                {{"name", sp ? sp->name : std::to_string(step.spId)},
                 {"state", m_site.text(visit, step.state == "done" ? "signedout.done" : "signedout.failed")}});
        }
    }
    return m_site.page(visit, "signedout.title", m_site.fragment(visit, "signed-out", {{"items", items}}));
}

} // namespace castellan
