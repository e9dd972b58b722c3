#include "portal/PortalLoginPages.h"

#include "auth/AuthEngine.h"
#include "portal/PortalResources.h"
#include "rest/Router.h"
#include "store/UserRepository.h"

#include <Poco/JSON/Object.h>

#include <sstream>

namespace castellan {
namespace {

/// `text` with its `{name}` placeholder replaced by `value` (catalog texts name what they show).
std::string filled(std::string text, const std::string& name, const std::string& value)
{
    const std::string placeholder = "{" + name + "}";
    if (const auto at = text.find(placeholder); at != std::string::npos) {
        text.replace(at, placeholder.size(), value);
    }
    return text;
}

RestResponse staticFile(std::string_view body, const char* type)
{
    RestResponse response;
    response.contentType = type;
    response.body = std::string(body);
    response.headers.emplace_back("Cache-Control", "public, max-age=3600");
    return response;
}

} // namespace

PortalLoginPages::PortalLoginPages(PortalSite& site, AuthEngine& engine, UserRepository& users)
    : m_site(site), m_engine(engine), m_users(users)
{}

void PortalLoginPages::addRoutes(Router& router)
{
    const std::set<Scope> open{Scope::Public};
    router.add({"GET", "/portal", open, handlerFor(this, &PortalLoginPages::root)});
    router.add({"GET", "/portal/login", open, handlerFor(this, &PortalLoginPages::showLogin)});
    router.add({"POST", "/portal/login", open, handlerFor(this, &PortalLoginPages::login)});
    router.add({"GET", "/portal/verify", open, handlerFor(this, &PortalLoginPages::showVerify)});
    router.add({"POST", "/portal/verify", open, handlerFor(this, &PortalLoginPages::verify)});
    router.add({"GET", "/portal/verify/status", open, handlerFor(this, &PortalLoginPages::verifyStatus)});
    router.add({"POST", "/portal/logout", open, handlerFor(this, &PortalLoginPages::logout)});
    router.add({"GET", "/portal/static/portal.css", open, handlerFor(this, &PortalLoginPages::css)});
    router.add({"GET", "/portal/static/portal.js", open, handlerFor(this, &PortalLoginPages::script)});
}

RestResponse PortalLoginPages::css(const RestRequest&)
{
    return staticFile(PortalResources::css(), "text/css; charset=utf-8");
}

RestResponse PortalLoginPages::script(const RestRequest&)
{
    return staticFile(PortalResources::script(), "text/javascript; charset=utf-8");
}

RestResponse PortalLoginPages::root(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    return m_site.redirect(visit, m_site.signedIn(visit) ? "/portal/home" : "/portal/login");
}

RestResponse PortalLoginPages::loginPage(const PortalVisit& visit, const std::string& username,
                                         const std::string& notice, int status, const std::string& noticeKind)
{
    return m_site.page(visit, "login.title", m_site.fragment(visit, "login", {{"username", username}}), notice,
                       noticeKind, status);
}

RestResponse PortalLoginPages::showLogin(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (!m_site.configured(visit)) {
        return m_site.page(visit, "setup.title", m_site.fragment(visit, "not-configured"), {}, "error", 503);
    }
    if (m_site.signedIn(visit)) {
        return m_site.redirect(visit, PortalSite::nextAfterSignIn(visit));
    }
    if (visit.session.state == "second_factor" && m_engine.transactionPending(visit.session.transactionId)) {
        // The second step is under way (the page after the password is /portal/login, so a language link lands
        // here): it goes on in the chosen language. "Cancel" on that step starts over.
        return m_site.redirect(visit, "/portal/verify");
    }
    // A new sign-in of a user the browser knows (an application needs stronger factors): the name is filled in.
    const bool again = visit.session.state == "anonymous" && visit.session.userId;
    return loginPage(visit, again ? visit.session.username : std::string(),
                     again ? m_site.text(visit, "login.again") : std::string(), 200, again ? "ok" : "error");
}

RestResponse PortalLoginPages::login(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    auto form = m_site.form(visit, request);
    if (!form) {
        return loginPage(visit, {}, m_site.text(visit, "error.csrf"), 403);
    }
    if (!m_site.configured(visit)) {
        return m_site.page(visit, "setup.title", m_site.fragment(visit, "not-configured"), {}, "error", 503);
    }
    AuthRequest auth = m_site.authRequest(request, visit);
    auth.username = form->value("username").substr(0, 256);
    auth.password = form->value("password").substr(0, 1024);
    auto decision = m_engine.authenticate(auth);
    if (!decision) {
        return loginPage(visit, auth.username, decision.error().message, 429);
    }
    if (decision->result == AuthDecision::Result::Challenge) {
        m_site.awaitSecondFactor(visit, auth.username, decision->transactionId);
    }
    return follow(visit, *decision);
}

RestResponse PortalLoginPages::follow(PortalVisit& visit, const AuthDecision& decision)
{
    switch (decision.result) {
    case AuthDecision::Result::Accept: {
        const auto user = m_users.findByUsername(decision.username, m_site.clock().nowSeconds());
        m_site.signIn(visit, user ? user->id : 0, decision.username, decision.methods);
        return m_site.redirect(visit, PortalSite::nextAfterSignIn(visit));
    }
    case AuthDecision::Result::Challenge:
        return verifyPage(visit, decision, {});
    case AuthDecision::Result::Reject:
        break;
    }
    const std::string username = visit.session.username;
    m_site.reset(visit);
    // The engine's own message when it is specific to the installation (license), else the generic one.
    const std::string message =
        decision.message == AuthEngine::kRejectMessage ? m_site.text(visit, "login.failed") : decision.message;
    return loginPage(visit, username, message, 401);
}

std::string PortalLoginPages::promptText(const PortalVisit& visit, const AuthDecision& challenge) const
{
    if (challenge.codeWaitSeconds > 0) {
        const char* key = challenge.codeLive ? "verify.code_recent" : "verify.code_wait";
        return filled(filled(m_site.text(visit, key), "destination", challenge.promptDetail), "n",
                      std::to_string(challenge.codeWaitSeconds));
    }
    const std::string& type = challenge.promptFactor;
    if (type == "sms" || type == "email") {
        return filled(m_site.text(visit, "verify.prompt_sent"), "destination", challenge.promptDetail);
    }
    if (type == "hotp") {
        return filled(m_site.text(visit, "verify.prompt_hotp"), "serial", challenge.promptDetail);
    }
    if (type == "totp" || type == "webauthn" || type == "push") {
        return m_site.text(visit, "verify.prompt_" + type);
    }
    return m_site.text(visit, "verify.prompt_code");
}

AuthDecision PortalLoginPages::pending(const RestRequest& request, const PortalVisit& visit)
{
    auto challenge = m_engine.pendingChallenge(m_site.authRequest(request, visit));
    return challenge ? *challenge : AuthDecision{};
}

RestResponse PortalLoginPages::verifyPage(const PortalVisit& visit, const AuthDecision& challenge,
                                          const std::string& error)
{
    std::string buttons;
    for (const OfferedFactor& f : challenge.factors) {
        buttons += "<button type=\"submit\" name=\"factor\" value=\"" + PortalTemplates::escape(f.type) +
                   "\" class=\"secondary\">" + PortalTemplates::escape(m_site.text(visit, "factor." + f.type)) +
                   "</button>";
    }
    PortalTemplates::Values values{{"prompt", promptText(visit, challenge)}};
    if (!challenge.numberMatch.empty()) {
        values["push"] = m_site.fragment(visit, "push", {{"number", challenge.numberMatch}});
    }
    for (const OfferedFactor& f : challenge.factors) {
        if (f.type == "webauthn") {
            values["push"] += m_site.fragment(visit, "key-login");
        }
    }
    if (challenge.promptFactor == "sms" || challenge.promptFactor == "email") {
        // A new code within the same login; the server's spacing decides whether one is sent (the page says).
        values["resend"] = m_site.fragment(visit, "resend", {{"factor", challenge.promptFactor}});
    }
    if (challenge.factors.size() > 1) {
        values["factors"] = m_site.fragment(visit, "factors", {{"buttons", buttons}});
    }
    return m_site.page(visit, "verify.title", m_site.fragment(visit, "verify", values), error);
}

RestResponse PortalLoginPages::showVerify(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (visit.session.state != "second_factor") {
        return m_site.redirect(visit, "/portal/login");
    }
    return verifyPage(visit, pending(request, visit), {});
}

RestResponse PortalLoginPages::verify(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    auto form = m_site.form(visit, request);
    if (visit.session.state != "second_factor") {
        return loginPage(visit, {}, m_site.text(visit, "login.expired"), 401);
    }
    if (!form) {
        return verifyPage(visit, pending(request, visit), m_site.text(visit, "error.csrf"));
    }
    AuthRequest auth = m_site.authRequest(request, visit);
    auth.factor = form->value("factor").substr(0, 32);
    const std::string otp = form->value("otp");
    if (!otp.empty() && auth.factor.empty()) {
        auth.otp = otp.substr(0, 64);
    }
    auto decision = m_engine.authenticate(auth);
    if (!decision) {
        return loginPage(visit, {}, decision.error().message, 429);
    }
    if (decision->result == AuthDecision::Result::Reject && auth.otp &&
        m_engine.transactionPending(*auth.transactionId)) {
        // A wrong code: the login goes on (the engine closes it after three), so the user may try again.
        return verifyPage(visit, pending(request, visit), m_site.text(visit, "verify.failed"));
    }
    if (decision->result == AuthDecision::Result::Reject && !auth.factor.empty() &&
        m_engine.transactionPending(*auth.transactionId)) {
        // Another factor or a new code could not be given (e.g. too many codes asked for): the login goes on with
        // what the user has; this is never a wrong password.
        return verifyPage(visit, pending(request, visit), m_site.text(visit, "verify.not_sent"));
    }
    if (decision->result == AuthDecision::Result::Challenge && form->has("poll")) {
        return verifyPage(visit, pending(request, visit), m_site.text(visit, "verify.waiting"));
    }
    return follow(visit, *decision);
}

RestResponse PortalLoginPages::verifyStatus(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    Poco::JSON::Object o;
    o.set("done", true);
    o.set("next", "/portal/login");
    if (visit.session.state == "second_factor") {
        AuthRequest auth = m_site.authRequest(request, visit);
        auto decision = m_engine.authenticate(auth);
        if (decision && decision->result == AuthDecision::Result::Challenge) {
            o.set("done", false);
        } else if (decision && decision->result == AuthDecision::Result::Accept) {
            follow(visit, *decision);
            o.set("next", PortalSite::nextAfterSignIn(visit));
        }
    }
    std::ostringstream text;
    o.stringify(text);
    RestResponse response;
    response.body = text.str();
    if (!visit.newCookie.empty()) {
        response.headers.emplace_back("Set-Cookie", PortalSite::cookieHeader(visit));
    }
    return response;
}

RestResponse PortalLoginPages::logout(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (m_site.form(visit, request)) {
        if (auto slo = m_site.singleLogout(request, visit)) {
            return *slo; // the applications signed into through this session are signed out too
        }
        m_site.reset(visit);
    }
    return m_site.redirect(visit, "/portal/login");
}

} // namespace castellan
