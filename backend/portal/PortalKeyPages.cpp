#include "portal/PortalKeyPages.h"

#include "auth/AuthEngine.h"
#include "core/Rfc3339.h"
#include "crypto/Random.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "store/UserRepository.h"
#include "store/WebAuthnCredentialRepository.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/NumberParser.h>

#include <sstream>

namespace castellan {
namespace {

constexpr int kCeremonyMilliseconds = 120000;

RestResponse json(const Poco::JSON::Object& o, int status = 200)
{
    std::ostringstream text;
    o.stringify(text);
    RestResponse response;
    response.status = status;
    response.body = text.str();
    return response;
}

RestResponse jsonError(const std::string& message, int status)
{
    Poco::JSON::Object o;
    o.set("error", message);
    return json(o, status);
}

std::string field(const Poco::JSON::Object::Ptr& o, const std::string& name)
{
    return o ? o->optValue<std::string>(name, "") : std::string();
}

std::vector<std::uint8_t> bytesOf(const Poco::JSON::Object::Ptr& o, const std::string& name)
{
    return WebAuthnVerifier::fromBase64Url(field(o, name)).value_or(std::vector<std::uint8_t>{});
}

Poco::JSON::Object::Ptr parseBody(const RestRequest& request)
{
    try {
        return Poco::JSON::Parser().parse(request.body).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
        return {};
    }
}

std::string shortDate(std::int64_t at)
{
    return Rfc3339::format(at).substr(0, 10);
}

} // namespace

PortalKeyPages::PortalKeyPages(PortalSite& site, AuthEngine& engine, WebAuthnCredentialRepository& keys,
                               UserRepository& users, AuditLog& audit, std::string publicUrl)
    : m_site(site), m_engine(engine), m_keys(keys), m_users(users), m_audit(audit), m_publicUrl(std::move(publicUrl))
{}

void PortalKeyPages::addRoutes(Router& router)
{
    const std::set<Scope> open{Scope::Public};
    router.add({"GET", "/portal/keys", open, handlerFor(this, &PortalKeyPages::show)});
    router.add({"POST", "/portal/keys/options", open, handlerFor(this, &PortalKeyPages::creationOptions)});
    router.add({"POST", "/portal/keys/register", open, handlerFor(this, &PortalKeyPages::registerKey)});
    router.add({"POST", "/portal/keys/rename", open, handlerFor(this, &PortalKeyPages::rename)});
    router.add({"POST", "/portal/keys/delete", open, handlerFor(this, &PortalKeyPages::remove)});
    router.add({"POST", "/portal/verify/key-options", open, handlerFor(this, &PortalKeyPages::requestOptions)});
    router.add({"POST", "/portal/verify/key", open, handlerFor(this, &PortalKeyPages::answer)});
}

std::string PortalKeyPages::newChallenge(PortalVisit& visit)
{
    visit.session.webauthnChallenge = WebAuthnVerifier::base64Url(Random::system().bytes(32));
    m_site.save(visit);
    return visit.session.webauthnChallenge;
}

RestResponse PortalKeyPages::page(const PortalVisit& visit, const std::string& notice, const std::string& kind,
                                  std::optional<std::int64_t> emptyName)
{
    std::string rows;
    for (const StoredWebAuthnKey& k : m_keys.forUser(*visit.session.userId)) {
        const bool empty = emptyName == k.factorId;
        const std::string errorId = "name-error-" + std::to_string(k.factorId);
        rows += m_site.fragment(
            visit, "key-row",
            {{"key", std::to_string(k.factorId)},
             {"name", empty ? std::string() : k.name},
             {"invalid", empty ? "aria-invalid=\"true\" aria-describedby=\"" + errorId + "\"" : ""},
             {"error", empty ? "<p class=\"field-error\" id=\"" + errorId + "\">" +
                                   PortalTemplates::escape(m_site.text(visit, "methods.name_empty")) + "</p>"
                             : std::string()},
             {"added", shortDate(k.createdAt)},
             {"used", k.lastUsedAt ? shortDate(*k.lastUsedAt) : m_site.text(visit, "keys.never")}});
    }
    if (rows.empty()) {
        rows = "<tr><td colspan=\"4\">" + PortalTemplates::escape(m_site.text(visit, "keys.none")) + "</td></tr>";
    }
    return m_site.page(visit, "keys.title", m_site.fragment(visit, "keys", {{"rows", rows}}), notice, kind);
}

RestResponse PortalKeyPages::show(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (!m_site.signedIn(visit)) {
        return m_site.redirect(visit, "/portal/login");
    }
    const std::string done = request.queryValue("done");
    return page(visit, done.empty() ? std::string() : m_site.text(visit, "keys." + done));
}

RestResponse PortalKeyPages::creationOptions(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (!m_site.signedIn(visit) || !m_site.scriptTokenValid(visit, request)) {
        return jsonError(m_site.text(visit, "error.csrf"), 403);
    }
    const auto [rpId, origin] = m_site.relyingParty(request, m_publicUrl);
    Poco::JSON::Object rp;
    rp.set("id", rpId);
    rp.set("name", "Castellan MFA");
    Poco::JSON::Object user;
    const std::string userId = std::to_string(*visit.session.userId);
    user.set("id", WebAuthnVerifier::base64Url(std::vector<std::uint8_t>(userId.begin(), userId.end())));
    user.set("name", visit.session.username);
    user.set("displayName", visit.session.username);
    Poco::JSON::Array algorithms;
    for (int alg : {-7, -8, -257}) {
        Poco::JSON::Object p;
        p.set("type", "public-key");
        p.set("alg", alg);
        algorithms.add(p);
    }
    Poco::JSON::Array exclude; // one key registers once
    for (const StoredWebAuthnKey& k : m_keys.forUser(*visit.session.userId)) {
        Poco::JSON::Object c;
        c.set("type", "public-key");
        c.set("id", k.credential.credentialId);
        exclude.add(c);
    }
    Poco::JSON::Object selection;
    selection.set("userVerification", "preferred");
    selection.set("residentKey", "preferred");
    Poco::JSON::Object options;
    options.set("rp", rp);
    options.set("user", user);
    options.set("challenge", newChallenge(visit));
    options.set("pubKeyCredParams", algorithms);
    options.set("excludeCredentials", exclude);
    options.set("authenticatorSelection", selection);
    options.set("attestation", "direct");
    options.set("timeout", kCeremonyMilliseconds);
    Poco::JSON::Object o;
    o.set("publicKey", options);
    return json(o);
}

RestResponse PortalKeyPages::registerKey(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (!m_site.signedIn(visit) || !m_site.scriptTokenValid(visit, request)) {
        return jsonError(m_site.text(visit, "error.csrf"), 403);
    }
    const auto body = parseBody(request);
    const auto [rpId, origin] = m_site.relyingParty(request, m_publicUrl);
    const WebAuthnExpectation expected{rpId, origin, visit.session.webauthnChallenge, false};
    visit.session.webauthnChallenge.clear(); // one ceremony per challenge
    m_site.save(visit);
    auto credential = WebAuthnVerifier::verifyRegistration(bytesOf(body, "clientDataJSON"),
                                                           bytesOf(body, "attestationObject"), expected);
    AuditEvent event{.channel = "portal",
                     .event = "webauthn.register",
                     .actor = "user:" + visit.session.username,
                     .username = visit.session.username,
                     .sourceIp = request.sourceIp};
    if (expected.challenge.empty() || !credential) {
        event.result = "failure";
        event.reason = expected.challenge.empty() ? "no ceremony under way" : credential.error().logDetail;
        m_audit.record(event);
        return jsonError(m_site.text(visit, "keys.failed"), 422);
    }
    if (m_keys.findByCredentialId(credential->credentialId)) {
        return jsonError(m_site.text(visit, "keys.failed"), 409);
    }
    std::string name = field(body, "name").substr(0, 100);
    if (name.empty()) {
        name = m_site.text(visit, "keys.default_name");
    }
    event.result = "success";
    event.reason = "'" + name + "' (" + credential->format + " attestation, AAGUID " + credential->aaguid + ")";
    m_keys.create(*visit.session.userId, name, *credential, m_site.clock().nowSeconds(), m_audit, event);
    Poco::JSON::Object o;
    o.set("next", "/portal/keys?done=added_ok");
    return json(o);
}

RestResponse PortalKeyPages::rename(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (!m_site.signedIn(visit)) {
        return m_site.redirect(visit, "/portal/login");
    }
    auto form = m_site.form(visit, request);
    Poco::Int64 key = 0;
    const std::string name = form ? form->value("name").substr(0, 100) : std::string();
    if (!form || !Poco::NumberParser::tryParse64(form->value("key"), key)) {
        return page(visit, m_site.text(visit, "error.csrf"), "error");
    }
    if (name.find_first_not_of(" \t") == std::string::npos) {
        return page(visit, {}, "error", key); // said next to the field
    }
    if (!m_keys.rename(*visit.session.userId, key, name)) {
        return page(visit, m_site.text(visit, "error.csrf"), "error");
    }
    return m_site.redirect(visit, "/portal/keys?done=renamed");
}

RestResponse PortalKeyPages::remove(const RestRequest& request)
{
    // A key is removed after the confirmation page every sign-in method has (PortalMethodPages), never directly.
    PortalVisit visit = m_site.visit(request);
    if (!m_site.signedIn(visit)) {
        return m_site.redirect(visit, "/portal/login");
    }
    auto form = m_site.form(visit, request);
    Poco::Int64 key = 0;
    if (!form || !Poco::NumberParser::tryParse64(form->value("key"), key)) {
        return page(visit, m_site.text(visit, "error.csrf"), "error");
    }
    return m_site.redirect(visit, "/portal/methods/remove?id=" + std::to_string(key));
}

RestResponse PortalKeyPages::requestOptions(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (visit.session.state != "second_factor" || !m_site.scriptTokenValid(visit, request)) {
        return jsonError(m_site.text(visit, "error.csrf"), 403);
    }
    const auto user = m_users.findByLogin(visit.session.username, m_site.clock().nowSeconds());
    Poco::JSON::Array allow;
    for (const StoredWebAuthnKey& k : user ? m_keys.forUser(user->id) : std::vector<StoredWebAuthnKey>{}) {
        Poco::JSON::Object c;
        c.set("type", "public-key");
        c.set("id", k.credential.credentialId);
        allow.add(c);
    }
    const auto [rpId, origin] = m_site.relyingParty(request, m_publicUrl);
    Poco::JSON::Object options;
    options.set("challenge", newChallenge(visit));
    options.set("rpId", rpId);
    options.set("allowCredentials", allow);
    options.set("userVerification", "preferred");
    options.set("timeout", kCeremonyMilliseconds);
    Poco::JSON::Object o;
    o.set("publicKey", options);
    return json(o);
}

RestResponse PortalKeyPages::answer(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (visit.session.state != "second_factor" || !m_site.scriptTokenValid(visit, request)) {
        return jsonError(m_site.text(visit, "error.csrf"), 403);
    }
    const auto body = parseBody(request);
    const auto [rpId, origin] = m_site.relyingParty(request, m_publicUrl);
    AuthRequest auth = m_site.authRequest(request, visit);
    auth.webauthn = WebAuthnAssertion{field(body, "id"), bytesOf(body, "clientDataJSON"),
                                      bytesOf(body, "authenticatorData"), bytesOf(body, "signature")};
    auth.webauthnExpected = {rpId, origin, visit.session.webauthnChallenge, false};
    visit.session.webauthnChallenge.clear();
    m_site.save(visit);
    if (auth.webauthnExpected.challenge.empty()) {
        return jsonError(m_site.text(visit, "keys.failed"), 422);
    }
    auto decision = m_engine.authenticate(auth);
    if (!decision || decision->result != AuthDecision::Result::Accept) {
        return jsonError(m_site.text(visit, "keys.failed"), 422);
    }
    const auto user = m_users.findByUsername(decision->username, m_site.clock().nowSeconds());
    m_site.signIn(visit, user ? user->id : 0, decision->username, decision->methods);
    Poco::JSON::Object o;
    o.set("next", PortalSite::nextAfterSignIn(visit));
    RestResponse response = json(o);
    response.headers.emplace_back("Set-Cookie", PortalSite::cookieHeader(visit));
    return response;
}

} // namespace castellan
