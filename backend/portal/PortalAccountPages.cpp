#include "portal/PortalAccountPages.h"

#include "auth/AccountLockout.h"
#include "auth/OpaqueToken.h"
#include "auth/PasswordQuality.h"
#include "core/Rfc3339.h"
#include "crypto/PasswordHasher.h"
#include "device/SoftOtpEnrollment.h"
#include "notify/OtpDelivery.h"
#include "portal/GeoLocation.h"
#include "portal/UserAgent.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "store/AuthTransactionRepository.h"
#include "store/DeviceRepository.h"
#include "store/FactorRepository.h"
#include "store/UserRepository.h"
#include "validation/PasswordPolicy.h"

#include <Poco/NumberParser.h>
#include <Poco/String.h>

#include <algorithm>

namespace castellan {
namespace {

constexpr std::int64_t kEnrollmentSeconds = 600;

std::string when(std::int64_t at)
{
    return Rfc3339::format(at).substr(0, 16).replace(10, 1, " ") + " UTC";
}

std::string weaknessKey(std::optional<PasswordPolicy::Weakness> weakness)
{
    using Weakness = PasswordPolicy::Weakness;
    switch (weakness.value_or(Weakness::Other)) {
    case Weakness::Dictionary:
        return "password.weak_dictionary";
    case Weakness::Simplistic:
        return "password.weak_simplistic";
    case Weakness::FewDifferent:
        return "password.weak_few_different";
    case Weakness::Palindrome:
        return "password.weak_palindrome";
    case Weakness::PersonalData:
        return "password.weak_personal";
    case Weakness::SimilarToOld:
        return "password.weak_similar";
    case Weakness::Repetitive:
        return "password.weak_repetitive";
    case Weakness::FewClasses:
        return "password.weak_few_classes";
    case Weakness::Other:
        break;
    }
    return "password.weak_other";
}

bool isHex(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

PortalAccountPages::PortalAccountPages(PortalSite& site, Services services, std::string publicUrl)
    : m_site(site), m_services(services), m_publicUrl(std::move(publicUrl)),
      m_methods(site, services.factors, services.audit)
{}

void PortalAccountPages::addRoutes(Router& router)
{
    const std::set<Scope> open{Scope::Public};
    router.add({"GET", "/portal/home", open, handlerFor(this, &PortalAccountPages::home)});
    router.add({"GET", "/portal/authenticator", open, handlerFor(this, &PortalAccountPages::showAuthenticator)});
    router.add({"POST", "/portal/authenticator", open, handlerFor(this, &PortalAccountPages::confirmAuthenticator)});
    router.add({"GET", "/portal/password", open, handlerFor(this, &PortalAccountPages::showPassword)});
    router.add({"POST", "/portal/password", open, handlerFor(this, &PortalAccountPages::changePassword)});
    router.add({"GET", "/portal/sessions", open, handlerFor(this, &PortalAccountPages::showSessions)});
    router.add({"POST", "/portal/sessions/end", open, handlerFor(this, &PortalAccountPages::endSession)});
    router.add({"POST", "/portal/sessions/end-all", open, handlerFor(this, &PortalAccountPages::endAllSessions)});
    router.add({"GET", "/portal/reset", open, handlerFor(this, &PortalAccountPages::showReset)});
    router.add({"POST", "/portal/reset", open, handlerFor(this, &PortalAccountPages::requestReset)});
    router.add({"POST", "/portal/reset/confirm", open, handlerFor(this, &PortalAccountPages::confirmReset)});
    m_methods.addRoutes(router);
}

std::optional<PortalVisit> PortalAccountPages::signedIn(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (!m_site.signedIn(visit)) {
        return std::nullopt;
    }
    return visit;
}

RestResponse PortalAccountPages::toLogin(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    return m_site.redirect(visit, "/portal/login");
}

RestResponse PortalAccountPages::home(const RestRequest& request)
{
    auto visit = signedIn(request);
    if (!visit) {
        return toLogin(request);
    }
    const std::string done = request.queryValue("done");
    if (done == "renamed" || done == "removed") {
        return homePage(*visit, m_site.text(*visit, "methods." + done), "ok");
    }
    return homePage(*visit);
}

RestResponse PortalAccountPages::homePage(const PortalVisit& visit, const std::string& notice, const std::string& kind,
                                          int status)
{
    return m_site.page(visit, "home.title", m_site.fragment(visit, "home", {{"methods", m_methods.list(visit)}}),
                       notice, kind, status);
}

RestResponse PortalAccountPages::showAuthenticator(const RestRequest& request)
{
    auto visit = signedIn(request);
    if (!visit) {
        return toLogin(request);
    }
    const std::string& username = visit->session.username;
    const EnrollmentTicket ticket =
        m_services.enrollment.start(*visit->session.userId, username, "Authenticator app (portal)", kEnrollmentSeconds,
                                    m_publicUrl, {"user:" + username, request.sourceIp});
    return m_site.page(*visit, "authenticator.title",
                       m_site.fragment(*visit, "authenticator",
                                       {{"qr", ticket.qrSvg},
                                        {"account", ticket.issuer + ": " + ticket.accountName},
                                        {"secret", ticket.secretBase32},
                                        {"token", ticket.token},
                                        {"device", std::to_string(ticket.deviceId)}}));
}

RestResponse PortalAccountPages::confirmAuthenticator(const RestRequest& request)
{
    auto visit = signedIn(request);
    if (!visit) {
        return toLogin(request);
    }
    auto form = m_site.form(*visit, request);
    Poco::Int64 deviceId = 0;
    const auto device = form && Poco::NumberParser::tryParse64(form->value("device"), deviceId)
                            ? m_services.devices.findById(deviceId)
                            : std::nullopt;
    if (!form || !device || device->userId != *visit->session.userId) {
        return homePage(*visit, m_site.text(*visit, "error.csrf"));
    }
    auto confirmed = m_services.enrollment.confirm(*device, form->value("code").substr(0, 16), request.sourceIp);
    if (!confirmed) {
        // A wrong or late first code: the registration goes on with the same secret.
        const bool expired = device->enrollmentExpiresAt && *device->enrollmentExpiresAt <= m_site.clock().nowSeconds();
        if (expired) {
            return m_site.redirect(*visit, "/portal/authenticator");
        }
        // The same QR code and secret again (the app may not have them yet), the error next to the code field.
        const auto ticket = m_services.enrollment.resume(*device, form->value("token").substr(0, 200), m_publicUrl);
        if (!ticket) {
            return m_site.redirect(*visit, "/portal/authenticator");
        }
        return m_site.page(*visit, "authenticator.title",
                           m_site.fragment(*visit, "authenticator",
                                           {{"qr", ticket->qrSvg},
                                            {"account", ticket->issuer + ": " + ticket->accountName},
                                            {"secret", ticket->secretBase32},
                                            {"token", ticket->token},
                                            {"device", std::to_string(device->id)},
                                            {"code_error", m_site.text(*visit, "authenticator.failed")}}),
                           m_site.text(*visit, "authenticator.failed"), "error", 422);
    }
    return m_site.page(
        *visit, "authenticator.title",
        m_site.fragment(*visit, "authenticator-done",
                        {{"account", "Castellan MFA: " + device->username}, {"at", when(m_site.clock().nowSeconds())}}),
        m_site.text(*visit, "authenticator.done"), "ok");
}

std::optional<std::string> PortalAccountPages::policyProblem(const PortalVisit& visit, const std::string& username,
                                                             const std::string& password,
                                                             const std::string& confirmation)
{
    const PasswordPolicy policy =
        PasswordQuality::policy(static_cast<std::size_t>(m_services.lockout.settings().passwordMinLength));
    const auto broken = policy.broken(password, confirmation, username);
    if (broken.empty()) {
        return std::nullopt;
    }
    // The first rule broken, in the visitor's language.
    std::string text;
    switch (broken.front()) {
    case PasswordPolicy::Rule::Utf8:
        return m_site.text(visit, "password.rule_utf8");
    case PasswordPolicy::Rule::TooShort:
        text = m_site.text(visit, "password.rule_short");
        return text.replace(text.find("{n}"), 3, std::to_string(policy.minLength));
    case PasswordPolicy::Rule::TooLong:
        text = m_site.text(visit, "password.rule_long");
        return text.replace(text.find("{n}"), 3, std::to_string(policy.maxLength));
    case PasswordPolicy::Rule::IsUsername:
        return m_site.text(visit, "password.rule_username");
    case PasswordPolicy::Rule::ContainsUsername:
        return m_site.text(visit, "password.rule_contains_username");
    case PasswordPolicy::Rule::Weak:
        return m_site.text(visit, weaknessKey(policy.weakness(password, username)));
    case PasswordPolicy::Rule::Mismatch:
        break;
    }
    return m_site.text(visit, "password.mismatch");
}

std::optional<std::string> PortalAccountPages::setPassword(const PortalVisit& visit, const UserRecord& user,
                                                           const std::string& password, const std::string& confirmation,
                                                           const std::string& how)
{
    if (auto problem = policyProblem(visit, user.username, password, confirmation)) {
        return problem;
    }
    auto hashed = m_services.hasher.hash(password);
    if (!hashed) {
        return hashed.error().message;
    }
    UserChanges changes;
    changes.passwordHash = hashed.value();
    changes.mustChangePassword = false;
    m_services.users.update(user.id, changes, 0, m_site.clock().nowSeconds());
    // Every other session ends: whoever knew the old password is signed out.
    m_site.sessions().endAllForUser(user.id, visit.session.id);
    m_services.transactions.endPendingForUser(user.id);
    m_services.audit.record({.channel = "portal",
                             .event = "user.password.set",
                             .actor = "user:" + user.username,
                             .username = user.username,
                             .result = "success",
                             .reason = how + "; other sessions ended",
                             .sourceIp = visit.session.sourceIp});
    return std::nullopt;
}

RestResponse PortalAccountPages::showPassword(const RestRequest& request)
{
    auto visit = signedIn(request);
    if (!visit) {
        return toLogin(request);
    }
    return m_site.page(*visit, "password.title", m_site.fragment(*visit, "password"));
}

RestResponse PortalAccountPages::changePassword(const RestRequest& request)
{
    auto visit = signedIn(request);
    if (!visit) {
        return toLogin(request);
    }
    auto form = m_site.form(*visit, request);
    const auto user = m_services.users.findById(*visit->session.userId, m_site.clock().nowSeconds());
    if (!form || !user) {
        return m_site.page(*visit, "password.title", m_site.fragment(*visit, "password"),
                           m_site.text(*visit, "error.csrf"), "error", 403);
    }
    if (user->directoryId) {
        std::string text = m_site.text(*visit, "password.directory_managed");
        text.replace(text.find("{directory}"), 11, user->directoryName);
        return m_site.page(*visit, "password.title", m_site.fragment(*visit, "password"), text, "error", 409);
    }
    auto current = m_services.hasher.verify(form->value("current").substr(0, 1024), user->passwordHash);
    if (!current || !current.value()) {
        const int place = m_services.lockout.beginAttempt(user->usernameKey);
        m_services.lockout.recordFailure(user->usernameKey, user->username, request.sourceIp, "portal", place);
        return m_site.page(*visit, "password.title", m_site.fragment(*visit, "password"),
                           m_site.text(*visit, "password.wrong_current"), "error", 422);
    }
    const std::string password = form->value("password").substr(0, 1024);
    if (password == form->value("current").substr(0, 1024)) {
        return m_site.page(*visit, "password.title", m_site.fragment(*visit, "password"),
                           m_site.text(*visit, "password.same_as_current"), "error", 422);
    }
    if (auto problem = setPassword(*visit, *user, password, form->value("confirmation").substr(0, 1024),
                                   "password changed by the user")) {
        return m_site.page(*visit, "password.title", m_site.fragment(*visit, "password"), *problem, "error", 422);
    }
    return homePage(*visit, m_site.text(*visit, "password.changed"), "ok");
}

std::string PortalAccountPages::browserOf(const PortalVisit& visit, const std::string& userAgent) const
{
    const UserAgent ua = UserAgent::parse(userAgent);
    const std::string browser = ua.browser.empty() ? m_site.text(visit, "sessions.unknown_browser")
                                                   : ua.browser + (ua.version.empty() ? "" : " " + ua.version);
    if (ua.system.empty()) {
        return browser;
    }
    std::string text = m_site.text(visit, "sessions.browser_on");
    text.replace(text.find("{browser}"), 9, browser);
    return text.replace(text.find("{system}"), 8, ua.system);
}

std::string PortalAccountPages::localTime(const PortalVisit& visit, std::int64_t at) const
{
    // Shown in UTC; portal.js rewrites it in the browser's zone and the page's language.
    return m_site.fragment(visit, "local-time", {{"iso", Rfc3339::format(at)}, {"utc", when(at)}});
}

RestResponse PortalAccountPages::sessionsPage(const PortalVisit& visit, const std::string& notice)
{
    const GeoLocation* geo = m_services.geoLocation;
    std::string rows;
    for (const PortalSessionRecord& s :
         m_site.sessions().activeFor(*visit.session.userId, m_site.clock().nowSeconds())) {
        const bool current = s.id == visit.session.id;
        rows += m_site.fragment(
            visit, "session-row",
            {{"ip", s.sourceIp},
             {"browser", browserOf(visit, s.userAgent)},
             {"agent", s.userAgent},
             {"location",
              geo ? m_site.fragment(visit, "session-location",
                                    {{"place", geo->locate(s.sourceIp, visit.language)
                                                   .value_or(m_site.text(visit, "sessions.unknown_location"))}})
                  : std::string()},
             {"login", localTime(visit, s.authenticatedAt.value_or(s.createdAt))},
             {"activity", localTime(visit, s.lastSeenAt)},
             {"applications", m_site.sessions().applicationsOf(s.id)},
             {"action", current ? PortalTemplates::escape(m_site.text(visit, "sessions.current"))
                                : m_site.fragment(visit, "session-end", {{"session", s.id.substr(0, 16)}})}});
    }
    const std::string locationHead =
        geo ? "<th scope=\"col\">" + PortalTemplates::escape(m_site.text(visit, "sessions.location")) + "</th>"
            : std::string();
    return m_site.page(visit, "sessions.title",
                       m_site.fragment(visit, "sessions", {{"rows", rows}, {"location_head", locationHead}}), notice,
                       "ok");
}

RestResponse PortalAccountPages::showSessions(const RestRequest& request)
{
    auto visit = signedIn(request);
    if (!visit) {
        return toLogin(request);
    }
    return sessionsPage(*visit, {});
}

RestResponse PortalAccountPages::endSession(const RestRequest& request)
{
    auto visit = signedIn(request);
    if (!visit) {
        return toLogin(request);
    }
    auto form = m_site.form(*visit, request);
    const std::string target = form ? form->value("session") : std::string();
    if (!form || !isHex(target) || target == visit->session.id.substr(0, 16)) {
        return sessionsPage(*visit, {});
    }
    if (m_site.sessions().endForUser(*visit->session.userId, target)) {
        m_services.audit.record({.channel = "portal",
                                 .event = "portal.session.end",
                                 .actor = "user:" + visit->session.username,
                                 .username = visit->session.username,
                                 .result = "success",
                                 .reason = "one session ended by the user",
                                 .sourceIp = request.sourceIp});
    }
    return sessionsPage(*visit, m_site.text(*visit, "sessions.ended"));
}

RestResponse PortalAccountPages::endAllSessions(const RestRequest& request)
{
    auto visit = signedIn(request);
    if (!visit) {
        return toLogin(request);
    }
    if (!m_site.form(*visit, request)) {
        return sessionsPage(*visit, {});
    }
    const int ended = m_site.sessions().endAllForUser(*visit->session.userId, visit->session.id);
    m_services.audit.record({.channel = "portal",
                             .event = "portal.session.end",
                             .actor = "user:" + visit->session.username,
                             .username = visit->session.username,
                             .result = "success",
                             .reason = std::to_string(ended) + " other sessions ended by the user",
                             .sourceIp = request.sourceIp});
    return sessionsPage(*visit, m_site.text(*visit, "sessions.ended_all"));
}

std::optional<FactorRecord> PortalAccountPages::resetFactor(std::int64_t userId)
{
    std::optional<FactorRecord> sms;
    for (FactorRecord& f : m_services.factors.forUser(userId)) {
        if (f.verified && f.type == "email") {
            return f;
        }
        if (f.verified && f.type == "sms" && !sms) {
            sms = f;
        }
    }
    return sms;
}

RestResponse PortalAccountPages::showReset(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    return m_site.page(visit, "reset.title", m_site.fragment(visit, "reset"));
}

RestResponse PortalAccountPages::requestReset(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    auto form = m_site.form(visit, request);
    if (!form) {
        return m_site.page(visit, "reset.title", m_site.fragment(visit, "reset"), m_site.text(visit, "error.csrf"),
                           "error", 403);
    }
    // The same page follows whether or not the account exists or has somewhere to send a code.
    const std::string username = form->value("username").substr(0, 256);
    if (const std::int64_t wait = m_resetSpacing.secondsToWait(username); wait > 0) {
        // One answer for every name (ResetRequestSpacing says why); the step with the code goes on, so a code
        // already received still works.
        std::string text = m_site.text(visit, "reset.recent");
        text.replace(text.find("{n}"), 3, std::to_string(wait));
        const bool sameStep =
            visit.session.state == "reset" && Poco::toLower(visit.session.username) == Poco::toLower(username);
        return m_site.page(visit, "reset.title", m_site.fragment(visit, sameStep ? "reset-confirm" : "reset"), text,
                           "error", 429);
    }
    const std::string resetId = OpaqueToken::generate("rst_");
    visit.session.state = "reset";
    visit.session.username = username;
    visit.session.transactionId = resetId;
    m_site.save(visit);
    const std::int64_t nowSeconds = m_site.clock().nowSeconds();
    const auto user = m_services.users.findByLogin(username, nowSeconds);
    // A directory user's password is the directory's: no reset code (the page still looks the same).
    const bool usable = user && !user->directoryId && user->enabled &&
                        !(user->expiresAt && *user->expiresAt <= nowSeconds) &&
                        m_services.lockout.check(user->usernameKey, request.sourceIp) == AccountLockout::Gate::Open;
    const auto factor = usable ? resetFactor(user->id) : std::nullopt;
    if (factor && m_services.delivery) {
        FactorTarget target{factor->id, factor->type == "sms" ? FactorTarget::Type::Sms : FactorTarget::Type::Email,
                            factor->destination, user->username};
        auto sent = m_services.delivery->sendCode(target, OpaqueToken::digest(resetId), visit.language);
        bool carriedOver = false;
        if (!sent && sent.error().code == ErrorCode::RateLimited) {
            // A code went out moments ago (a sign-in): that code serves this reset, as the page says.
            auto carried = m_services.delivery->carryOverCode(factor->id, OpaqueToken::digest(resetId));
            if (carried && carried.value().live) {
                sent = {};
                carriedOver = true;
            }
        }
        m_services.audit.record({.channel = "portal",
                                 .event = "user.password.reset_code",
                                 .actor = "user:" + user->username,
                                 .username = user->username,
                                 .result = sent ? "success" : "failure",
                                 .reason = carriedOver ? "the " + factor->type + " code sent moments ago carried over"
                                           : sent      ? "code sent by " + factor->type
                                                       : sent.error().message,
                                 .sourceIp = request.sourceIp});
    }
    return m_site.page(visit, "reset.title", m_site.fragment(visit, "reset-confirm"));
}

RestResponse PortalAccountPages::confirmReset(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    auto form = m_site.form(visit, request);
    if (!form || visit.session.state != "reset") {
        return m_site.page(visit, "reset.title", m_site.fragment(visit, "reset"), m_site.text(visit, "error.csrf"),
                           "error", 403);
    }
    const std::int64_t nowSeconds = m_site.clock().nowSeconds();
    const auto user = m_services.users.findByLogin(visit.session.username, nowSeconds);
    const std::string password = form->value("password").substr(0, 1024);
    const std::string confirmation = form->value("confirmation").substr(0, 1024);
    // The password is checked first, so a weak one does not use up the code.
    if (auto problem = policyProblem(visit, visit.session.username, password, confirmation)) {
        return m_site.page(visit, "reset.title", m_site.fragment(visit, "reset-confirm"), *problem, "error", 422);
    }
    const auto factor = user ? resetFactor(user->id) : std::nullopt;
    bool codeRight = false;
    if (factor && m_services.delivery) {
        auto checked = m_services.delivery->checkCode(factor->id, form->value("code").substr(0, 16),
                                                      OpaqueToken::digest(visit.session.transactionId));
        codeRight = checked && checked.value();
    }
    if (!codeRight) {
        if (user) {
            const int place = m_services.lockout.beginAttempt(user->usernameKey);
            m_services.lockout.recordFailure(user->usernameKey, user->username, request.sourceIp, "portal", place);
        }
        return m_site.page(visit, "reset.title", m_site.fragment(visit, "reset-confirm"),
                           m_site.text(visit, "reset.failed"), "error", 422);
    }
    if (auto problem = setPassword(visit, *user, password, confirmation, "password reset by e-mail/SMS code")) {
        return m_site.page(visit, "reset.title", m_site.fragment(visit, "reset-confirm"), *problem, "error", 422);
    }
    m_site.sessions().endAllForUser(user->id);
    m_site.reset(visit);
    return m_site.page(visit, "login.title", m_site.fragment(visit, "login", {{"username", user->username}}),
                       m_site.text(visit, "reset.done"), "ok");
}

} // namespace castellan
