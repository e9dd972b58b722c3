#include "portal/PortalSite.h"

#include "auth/OpaqueToken.h"
#include "crypto/ConstantTime.h"
#include "portal/PortalText.h"
#include "store/ApplicationRepository.h"

#include <algorithm>

namespace castellan {

PortalSite::PortalSite(PortalSessionRepository& sessions, ApplicationRepository& applications, std::int64_t idleSeconds,
                       std::int64_t maxSeconds, const Clock& clock)
    : m_sessions(sessions), m_applications(applications), m_idleSeconds(idleSeconds), m_maxSeconds(maxSeconds),
      m_clock(clock)
{}

PortalVisit PortalSite::fresh(const RestRequest& request, const std::string& language)
{
    PortalVisit visit;
    visit.newCookie = OpaqueToken::generate("ps_");
    visit.language = language;
    PortalSessionRecord& s = visit.session;
    s.id = OpaqueToken::digest(visit.newCookie);
    s.state = "anonymous";
    s.csrf = OpaqueToken::generate("");
    s.language = language;
    s.sourceIp = request.sourceIp;
    s.userAgent = request.header("user-agent").substr(0, 300);
    s.createdAt = s.lastSeenAt = m_clock.nowSeconds();
    s.expiresAt = s.createdAt + kAnonymousSeconds;
    m_sessions.create(s);
    return visit;
}

PortalVisit PortalSite::visit(const RestRequest& request)
{
    const std::string asked = request.queryValue("lang");
    const auto cookies = HtmlForm::cookies(request.header("cookie"));
    const auto cookie = cookies.find(kCookie);
    std::optional<PortalSessionRecord> found;
    if (cookie != cookies.end() && cookie->second.rfind("ps_", 0) == 0) {
        found = m_sessions.find(OpaqueToken::digest(cookie->second), m_clock.nowSeconds());
    }
    if (!found) {
        return fresh(request,
                     asked == "tr" || asked == "en" ? asked : PortalText::negotiate(request.header("accept-language")));
    }
    PortalVisit visit;
    visit.session = *found;
    visit.language = found->language;
    if ((asked == "tr" || asked == "en") && asked != found->language) {
        visit.language = visit.session.language = asked;
        m_sessions.update(visit.session);
    }
    return visit;
}

std::optional<HtmlForm> PortalSite::form(const PortalVisit& visit, const RestRequest& request) const
{
    HtmlForm form = HtmlForm::parse(request.body);
    const std::string token = form.value("csrf");
    if (token.empty() || !visit.newCookie.empty() || !constantTimeEquals(token, visit.session.csrf)) {
        return std::nullopt; // a new session never has a form posted from it
    }
    return form;
}

bool PortalSite::scriptTokenValid(const PortalVisit& visit, const RestRequest& request) const
{
    const std::string token = request.header("x-csrf-token");
    return visit.newCookie.empty() && !token.empty() && constantTimeEquals(token, visit.session.csrf);
}

std::pair<std::string, std::string> PortalSite::relyingParty(const RestRequest& request,
                                                             const std::string& publicUrl) const
{
    std::string origin = publicUrl;
    if (origin.empty()) {
        origin = "https://" + request.header("host");
    }
    while (!origin.empty() && origin.back() == '/') {
        origin.pop_back();
    }
    std::string host = origin.substr(origin.find("://") == std::string::npos ? 0 : origin.find("://") + 3);
    host = host.substr(0, host.find('/'));
    if (!host.empty() && host.front() == '[') {
        host = host.substr(0, host.find(']') + 1);
    } else {
        host = host.substr(0, host.find(':'));
    }
    return {host, origin.substr(0, origin.find('/', origin.find("://") + 3))};
}

bool PortalSite::active(PortalVisit& visit)
{
    PortalSessionRecord& s = visit.session;
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    if (s.state != "active" || !s.userId || !s.authenticatedAt || *s.authenticatedAt + m_maxSeconds <= nowSeconds) {
        return false;
    }
    s.lastSeenAt = nowSeconds;
    s.expiresAt = std::min(nowSeconds + m_idleSeconds, *s.authenticatedAt + m_maxSeconds);
    m_sessions.touch(s.id, s.lastSeenAt, s.expiresAt);
    return true;
}

bool PortalSite::signedIn(PortalVisit& visit)
{
    // Without a registration profile there is no self-service: a sign-in made for an SP opens no account page.
    const auto profile = registrationProfile();
    return profile && active(visit) && satisfies(visit.session, profile);
}

bool PortalSite::satisfies(const PortalSessionRecord& session, const std::optional<ApplicationRecord>& profile)
{
    if (!profile) {
        return true;
    }
    const std::set<std::string> methods = ApplicationRepository::splitFactors(session.authMethods);
    if (profile->passwordRequired && !methods.count("password")) {
        return false;
    }
    if (!profile->secondFactorRequired) {
        return true;
    }
    return std::any_of(methods.begin(), methods.end(),
                       [&](const std::string& m) { return profile->allowedFactors.count(m) > 0; });
}

std::optional<ApplicationRecord> PortalSite::registrationProfile() const
{
    auto profiles = m_applications.enabledOfType("registration");
    return profiles.empty() ? std::nullopt : std::optional<ApplicationRecord>(profiles.front());
}

std::optional<ApplicationRecord> PortalSite::loginProfile(const PortalVisit& visit) const
{
    if (visit.session.loginApplicationId) {
        auto profile = m_applications.findById(*visit.session.loginApplicationId);
        if (profile && profile->enabled) {
            return profile;
        }
    }
    return registrationProfile();
}

void PortalSite::requireSignIn(PortalVisit& visit, const std::optional<ApplicationRecord>& profile,
                               const std::string& continueTo)
{
    PortalSessionRecord& s = visit.session;
    s.state = "anonymous";
    s.transactionId.clear();
    s.continueTo = continueTo;
    s.loginApplicationId = profile ? std::optional<std::int64_t>(profile->id) : std::nullopt;
    s.expiresAt = m_clock.nowSeconds() + kAnonymousSeconds;
    m_sessions.update(s);
}

bool PortalSite::configured(const PortalVisit& visit) const
{
    return loginProfile(visit).has_value();
}

void PortalSite::signIn(PortalVisit& visit, std::int64_t userId, const std::string& username,
                        const std::vector<std::string>& methods)
{
    const PortalSessionRecord old = visit.session;
    visit.newCookie = OpaqueToken::generate("ps_");
    PortalSessionRecord& s = visit.session;
    s.id = OpaqueToken::digest(visit.newCookie);
    s.userId = userId;
    s.username = username;
    s.state = "active";
    s.csrf = OpaqueToken::generate("");
    s.transactionId.clear();
    s.secondFactor = methods.size() > 1 || (methods.size() == 1 && methods.front() != "password");
    s.authMethods = ApplicationRepository::joinFactors({methods.begin(), methods.end()});
    s.createdAt = s.lastSeenAt = m_clock.nowSeconds();
    s.authenticatedAt = s.createdAt;
    s.expiresAt = s.createdAt + m_idleSeconds;
    if (old.userId && *old.userId == userId && old.authenticatedAt) {
        m_sessions.replace(old.id, s); // the same user again (a stronger sign-in): the SSO session carries over
    } else {
        m_sessions.remove(old.id); // another user (or a first sign-in): nothing of the old session survives
        m_sessions.create(s);
    }
}

std::string PortalSite::nextAfterSignIn(const PortalVisit& visit)
{
    // Only the SAML continuation is honoured: continue_to is never taken from the browser as such.
    const std::string& next = visit.session.continueTo;
    return next.rfind("/portal/saml/continue?request=", 0) == 0 ? next : "/portal/home";
}

void PortalSite::awaitSecondFactor(PortalVisit& visit, const std::string& username, const std::string& transactionId)
{
    visit.session.state = "second_factor";
    visit.session.username = username;
    visit.session.transactionId = transactionId;
    visit.session.expiresAt = m_clock.nowSeconds() + kAnonymousSeconds;
    m_sessions.update(visit.session);
}

void PortalSite::reset(PortalVisit& visit)
{
    m_sessions.remove(visit.session.id);
    RestRequest origin;
    origin.sourceIp = visit.session.sourceIp;
    origin.headers["user-agent"] = visit.session.userAgent;
    visit = fresh(origin, visit.language);
}

void PortalSite::remove(PortalVisit& visit)
{
    m_sessions.remove(visit.session.id);
}

void PortalSite::save(PortalVisit& visit)
{
    m_sessions.update(visit.session);
}

std::string PortalSite::cookieHeader(const PortalVisit& visit)
{
    return std::string(kCookie) + "=" + visit.newCookie + "; Path=/portal; Secure; HttpOnly; SameSite=Strict";
}

void PortalSite::addCookie(RestResponse& response, const PortalVisit& visit) const
{
    if (!visit.newCookie.empty()) {
        response.headers.emplace_back("Set-Cookie", cookieHeader(visit));
    }
}

AuthRequest PortalSite::authRequest(const RestRequest& request, const PortalVisit& visit) const
{
    AuthRequest auth;
    auth.channel = "portal";
    auth.client = "portal";
    auth.applicationType = "registration";
    if (auto profile = loginProfile(visit)) {
        auth.application = profile->name;
        auth.applicationType = profile->type;
    }
    auth.language = visit.language;
    auth.sourceIp = request.sourceIp;
    if (visit.session.state == "second_factor") {
        auth.username = visit.session.username;
        auth.transactionId = visit.session.transactionId;
    }
    return auth;
}

std::string PortalSite::text(const PortalVisit& visit, const std::string& key) const
{
    return PortalText::instance().get(visit.language, key);
}

std::string PortalSite::fragment(const PortalVisit& visit, const std::string& name,
                                 PortalTemplates::Values values) const
{
    values.emplace("csrf", visit.session.csrf);
    return PortalTemplates::instance().render(name, values, visit.language);
}

RestResponse PortalSite::page(const PortalVisit& visit, const std::string& titleKey, const std::string& content,
                              const std::string& notice, const std::string& noticeKind, int status) const
{
    PortalTemplates::Values values;
    values["lang"] = visit.language;
    values["title"] = text(visit, titleKey);
    values["content"] = content;
    if (!notice.empty()) {
        values["notice"] = fragment(visit, "notice", {{"kind", noticeKind}, {"text", notice}});
    }
    if (visit.session.state == "active") {
        values["account"] = fragment(visit, "account", {{"username", visit.session.username}});
    }
    RestResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = PortalTemplates::instance().render("layout", values, visit.language);
    response.headers.emplace_back("Content-Security-Policy",
                                  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                  "frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    response.headers.emplace_back("Referrer-Policy", "no-referrer");
    response.headers.emplace_back("X-Frame-Options", "DENY");
    addCookie(response, visit);
    return response;
}

RestResponse PortalSite::redirect(const PortalVisit& visit, const std::string& location) const
{
    RestResponse response;
    response.status = 303;
    response.contentType = "text/plain; charset=utf-8";
    response.headers.emplace_back("Location", location);
    addCookie(response, visit);
    return response;
}

} // namespace castellan
