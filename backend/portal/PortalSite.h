#pragma once

#include "auth/AuthEngine.h"
#include "core/Clock.h"
#include "portal/HtmlForm.h"
#include "portal/PortalTemplates.h"
#include "rest/RestMessage.h"
#include "store/PortalSessionRepository.h"

#include <functional>
#include <optional>
#include <string>

namespace castellan {

class ApplicationRepository;
struct ApplicationRecord;

/// One browser's request to the portal: its session (created anonymous when the browser brings none) and what
/// the response must set.
struct PortalVisit
{
    PortalSessionRecord session;
    std::string newCookie; ///< set when the session was created or renewed by this request
    std::string language;
};

/// What every portal page shares: sessions behind a `Secure; HttpOnly; SameSite=Strict` cookie (a new id at each
/// sign-in, against session fixation), the CSRF token every form carries (compared in constant time), the
/// language (`?lang=`, then the session's, then Accept-Language), idle and absolute timeouts, and the layout.
class PortalSite
{
public:
    static constexpr const char* kCookie = "castellan_portal";
    static constexpr std::int64_t kAnonymousSeconds = 30 * 60;

    PortalSite(PortalSessionRepository& sessions, ApplicationRepository& applications, std::int64_t idleSeconds,
               std::int64_t maxSeconds, const Clock& clock = SystemClock::instance());

    /// The request's session; a fresh anonymous one when it has none (or an expired one).
    PortalVisit visit(const RestRequest& request);
    /// The form of a POST, when its CSRF token matches the session's; nothing otherwise.
    std::optional<HtmlForm> form(const PortalVisit& visit, const RestRequest& request) const;
    /// Whether a script's request carries the session's CSRF token (header X-CSRF-Token).
    bool scriptTokenValid(const PortalVisit& visit, const RestRequest& request) const;
    /// The WebAuthn relying party for this request: RP ID (host) and origin, from http.public_url when set, else
    /// from the Host the browser used.
    std::pair<std::string, std::string> relyingParty(const RestRequest& request, const std::string& publicUrl) const;
    /// Whether the session is signed in (and within its timeouts); renews the idle timeout when it is.
    bool active(PortalVisit& visit);
    /// Whether the session is signed in strongly enough for the portal's own pages (the registration profile):
    /// a sign-in for an SP with a weaker profile does not open the account pages.
    bool signedIn(PortalVisit& visit);
    /// Whether what the session's sign-in proved satisfies `profile`: the password when it asks for one, and one
    /// of its allowed factors when it requires a second factor. No profile: any sign-in does.
    static bool satisfies(const PortalSessionRecord& session, const std::optional<ApplicationRecord>& profile);
    /// The enabled registration profile (the first by name), if any.
    std::optional<ApplicationRecord> registrationProfile() const;
    /// The profile the session's sign-in under way uses: the SP's (login_application_id), else registration.
    std::optional<ApplicationRecord> loginProfile(const PortalVisit& visit) const;
    /// Asks for a new sign-in of the same user (an SP needs stronger factors, ForceAuthn, or the SSO session is too
    /// old for it) with `profile`: the session waits anonymous, remembering who it was, and continues to
    /// `continueTo` afterwards. The SSO session carries over when the same user signs in.
    void requireSignIn(PortalVisit& visit, const std::optional<ApplicationRecord>& profile,
                       const std::string& continueTo);
    /// Whether the visit's sign-in has a profile: an enabled `registration` application (or the SP's own profile
    /// for a SAML sign-in). The portal's login works only then.
    bool configured(const PortalVisit& visit) const;

    /// Signs the session in as `userId` with what the login proved (AuthDecision::methods): a new session id and
    /// CSRF token; the browser's SSO session carries over when it was this user's.
    void signIn(PortalVisit& visit, std::int64_t userId, const std::string& username,
                const std::vector<std::string>& methods);
    /// Where a completed sign-in goes: the pending SAML request it was started for, else the home page.
    static std::string nextAfterSignIn(const PortalVisit& visit);
    /// Waits for the second factor of login `transactionId`.
    void awaitSecondFactor(PortalVisit& visit, const std::string& username, const std::string& transactionId);
    /// Back to anonymous (sign-out, failed login): a new session id.
    void reset(PortalVisit& visit);
    void remove(PortalVisit& visit);
    void save(PortalVisit& visit);

    /// An AuthEngine request from the portal for this visit: channel `portal`, the login profile, the
    /// session's language, and (during the second step) its username and login.
    AuthRequest authRequest(const RestRequest& request, const PortalVisit& visit) const;
    /// The Set-Cookie header value of a session created or renewed by this request.
    static std::string cookieHeader(const PortalVisit& visit);

    /// A page in the layout: `titleKey` from the catalog, `content` HTML, an optional notice (kind: error|ok).
    RestResponse page(const PortalVisit& visit, const std::string& titleKey, const std::string& content,
                      const std::string& notice = {}, const std::string& noticeKind = "error", int status = 200) const;
    RestResponse redirect(const PortalVisit& visit, const std::string& location) const;
    /// Renders a template with the session's CSRF token and language.
    std::string fragment(const PortalVisit& visit, const std::string& name, PortalTemplates::Values values = {}) const;
    std::string text(const PortalVisit& visit, const std::string& key) const;

    /// What signing out of the portal does first: the SAML IdP's single logout of the browser's SSO session (it
    /// answers when there are applications to sign out of; nothing means a plain sign-out).
    using SingleLogout = std::function<std::optional<RestResponse>(const RestRequest&, PortalVisit&)>;
    void setSingleLogout(SingleLogout singleLogout) { m_singleLogout = std::move(singleLogout); }
    std::optional<RestResponse> singleLogout(const RestRequest& request, PortalVisit& visit) const
    {
        return m_singleLogout ? m_singleLogout(request, visit) : std::nullopt;
    }

    PortalSessionRepository& sessions() { return m_sessions; }
    const Clock& clock() const { return m_clock; }

private:
    PortalVisit fresh(const RestRequest& request, const std::string& language);
    void addCookie(RestResponse& response, const PortalVisit& visit) const;

    PortalSessionRepository& m_sessions;
    ApplicationRepository& m_applications;
    std::int64_t m_idleSeconds;
    std::int64_t m_maxSeconds;
    SingleLogout m_singleLogout;
    const Clock& m_clock;
};

} // namespace castellan
