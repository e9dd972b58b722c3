#include "FreshDatabase.h"
#include "app/ServerServices.h"
#include "auth/OpaqueToken.h"
#include "store/AdminRepository.h"
#include "store/ApiClientRepository.h"

#include <QtTest>

#include <array>
#include <memory>
#include <string>

using namespace castellan;

namespace {

/// What a test caller presents in `Authorization`.
enum class Caller
{
    NoToken,
    ForgedToken,
    ExpiredToken,
    RevokedToken,
    DisabledClient,
    Agent,
    User,
    Admin,
    RestrictedAdmin,
};

const char* callerName(Caller caller)
{
    switch (caller) {
    case Caller::NoToken:
        return "no token";
    case Caller::ForgedToken:
        return "forged token";
    case Caller::ExpiredToken:
        return "expired admin token";
    case Caller::RevokedToken:
        return "revoked admin token";
    case Caller::DisabledClient:
        return "disabled agent client";
    case Caller::Agent:
        return "agent";
    case Caller::User:
        return "user";
    case Caller::Admin:
        return "admin";
    case Caller::RestrictedAdmin:
        return "admin who must change the password";
    }
    return "?";
}

/// What the router must answer a caller on a route, before any handler has a say.
enum class Expected
{
    Reached,           ///< neither 401 nor 403
    Unauthenticated,   ///< 401, challenge without error (no token)
    InvalidToken,      ///< 401, challenge with error="invalid_token"
    InsufficientScope, ///< 403, challenge with error="insufficient_scope"
};

/// The path parameter every `{id}` route is called with. None of the callers' own records has this id, so a
/// handler that really runs (DELETE /api-clients/{id}) cannot take a caller away from the later checks.
constexpr std::int64_t kPathId = 1;

class PastClock : public Clock
{
public:
    std::int64_t nowSeconds() const override { return SystemClock::instance().nowSeconds() - 86'400; }
};

std::string concretePath(const std::string& pattern)
{
    std::string path;
    size_t at = 0;
    while (at < pattern.size()) {
        const size_t open = pattern.find('{', at);
        if (open == std::string::npos) {
            path += pattern.substr(at);
            break;
        }
        const size_t close = pattern.find('}', open);
        const std::string name = pattern.substr(open + 1, close - open - 1);
        path += pattern.substr(at, open - at) + (name == "id" ? std::to_string(kPathId) : std::string("x"));
        at = close + 1;
    }
    return path;
}

std::string headerValue(const RestResponse& response, const std::string& name)
{
    for (const auto& [key, value] : response.headers) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

std::string scopeList(const Route& route)
{
    std::string text;
    for (Scope scope : route.scopes) {
        text += (text.empty() ? "" : ",") + scopeName(scope);
    }
    return text;
}

} // namespace

/// Walks every route of the real router with every kind of caller (DESIGN §5: every route declares the scopes it
/// accepts, and the others are refused). Routes come from the router itself, so a new route is covered as soon as
/// it is registered.
class TestRouteScopes : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FreshDatabase> m_fresh;
    std::unique_ptr<ServerServices> m_services;
    std::unique_ptr<TokenService> m_issuer;
    std::int64_t m_adminId = 0;
    std::int64_t m_restrictedAdminId = 0;
    std::int64_t m_agentId = 0;
    std::int64_t m_userClientId = 0;
    std::string m_expiredToken;
    std::string m_revokedToken;
    std::string m_disabledClientToken;
    int m_checks = 0;

    std::int64_t createAdmin(const std::string& username, bool restricted)
    {
        AdminRecord admin;
        admin.username = username;
        admin.passwordHash = m_services->hasher().hash("correct horse battery staple").value();
        admin.mustChangePassword = restricted;
        admin.createdAt = SystemClock::instance().nowSeconds();
        AdminRepository admins(m_fresh->open());
        std::int64_t id = 0;
        m_fresh->open().write([&](Poco::Data::Session& session) { id = admins.create(session, admin); });
        // Enrolled TOTP, so that only `restricted` decides; bearer authentication only asks whether a secret is
        // stored, and nobody logs in with a code here.
        admins.setPendingTotp(id, "sealed-totp-secret", admin.createdAt);
        admins.confirmTotp(id, 1, admin.createdAt);
        return id;
    }

    std::int64_t createClient(const std::string& name, const std::string& type, bool enabled)
    {
        ApiClientRecord client;
        client.type = type;
        client.name = name;
        client.clientId = "cli_" + name;
        client.secretDigest = OpaqueToken::digest("secret of " + name);
        client.enabled = enabled;
        client.createdAt = client.updatedAt = SystemClock::instance().nowSeconds();
        return ApiClientRepository(m_fresh->open()).create(client);
    }

    /// The Authorization token for a caller. Valid callers get a fresh token for every request: handlers really
    /// run, and some end the session they are called with (POST /auth/logout).
    std::string tokenFor(Caller caller)
    {
        switch (caller) {
        case Caller::NoToken:
            return {};
        case Caller::ForgedToken:
            return OpaqueToken::generate(OpaqueToken::kAccessPrefix);
        case Caller::ExpiredToken:
            return m_expiredToken;
        case Caller::RevokedToken:
            return m_revokedToken;
        case Caller::DisabledClient:
            return m_disabledClientToken;
        case Caller::Agent:
            return m_issuer->issueForClient(m_agentId, Scope::Agent).accessToken;
        case Caller::User:
            return m_issuer->issueForClient(m_userClientId, Scope::User).accessToken;
        case Caller::Admin:
            return m_issuer->issueForAdmin(m_adminId).accessToken;
        case Caller::RestrictedAdmin:
            return m_issuer->issueForAdmin(m_restrictedAdminId).accessToken;
        }
        return {};
    }

    static Expected expectedFor(const Route& route, Caller caller)
    {
        if (route.scopes.count(Scope::Public)) {
            return Expected::Reached;
        }
        switch (caller) {
        case Caller::NoToken:
            return Expected::Unauthenticated;
        case Caller::ForgedToken:
        case Caller::ExpiredToken:
        case Caller::RevokedToken:
        case Caller::DisabledClient:
            return Expected::InvalidToken;
        case Caller::Agent:
            return route.scopes.count(Scope::Agent) ? Expected::Reached : Expected::InsufficientScope;
        case Caller::User:
            return route.scopes.count(Scope::User) ? Expected::Reached : Expected::InsufficientScope;
        case Caller::Admin:
            return route.scopes.count(Scope::Admin) ? Expected::Reached : Expected::InsufficientScope;
        case Caller::RestrictedAdmin:
            return route.scopes.count(Scope::Admin) && route.allowRestricted ? Expected::Reached
                                                                             : Expected::InsufficientScope;
        }
        return Expected::Reached;
    }

    static bool answers(Expected expected, const RestResponse& response)
    {
        const std::string challenge = headerValue(response, "WWW-Authenticate");
        switch (expected) {
        case Expected::Reached:
            // The device API authenticates in its handlers (enrollment token, request signature): its 401 names
            // that scheme, never Bearer, so it is the handler answering, not the router refusing.
            // The portal's pages answer HTML even when they refuse (a form without its CSRF token gets 403); the
            // router's refusals are always problem+json.
            return (response.status != 401 && response.status != 403) ||
                   (response.status == 401 && challenge.rfind("Castellan-", 0) == 0) ||
                   response.contentType.rfind("text/html", 0) == 0;
        case Expected::Unauthenticated:
            return response.status == 401 && challenge == "Bearer realm=\"castellan\"";
        case Expected::InvalidToken:
            return response.status == 401 && challenge.rfind("Bearer ", 0) == 0 &&
                   challenge.find("error=\"invalid_token\"") != std::string::npos;
        case Expected::InsufficientScope:
            return response.status == 403 && challenge.find("error=\"insufficient_scope\"") != std::string::npos;
        }
        return false;
    }

    RestRequest requestFor(const Route& route, Caller caller)
    {
        RestRequest request;
        request.method = route.method;
        request.path = concretePath(route.pattern);
        request.sourceIp = "192.0.2.10";
        const std::string token = tokenFor(caller);
        if (!token.empty()) {
            request.headers["authorization"] = "Bearer " + token;
        }
        return request;
    }

    /// Calls every route as `caller` and checks the router's answer, counting the routes checked.
    void checkEveryRoute(Caller caller, int& checked)
    {
        const Router& router = m_services->router();
        for (const Route& route : router.routes()) {
            const RestRequest request = requestFor(route, caller);
            const std::string what = std::string(callerName(caller)) + " on " + route.method + " " + route.pattern +
                                     " (scopes " + scopeList(route) + ")";
            // The concrete path must reach this route, not one registered before it with the same shape.
            QVERIFY2(router.match(request.method, request.path).route == &route,
                     ("another route answers " + what).c_str());
            const RestResponse response = router.dispatch(request);
            QVERIFY2(answers(expectedFor(route, caller), response),
                     (what + " answered " + std::to_string(response.status) + " [" +
                      headerValue(response, "WWW-Authenticate") + "] " + response.body)
                         .c_str());
            ++checked;
            ++m_checks;
        }
    }

    void checkAllRoutesAs(Caller caller)
    {
        int checked = 0;
        checkEveryRoute(caller, checked);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(checked > 0);
        QCOMPARE(checked, static_cast<int>(m_services->router().routes().size()));
    }

private slots:
    void initTestCase()
    {
        m_fresh = std::make_unique<test::FreshDatabase>();
        std::array<std::uint8_t, MasterKey::kKeySize> key{};
        key.fill(0x3c);
        m_services = std::make_unique<ServerServices>(ServerConfig{}, m_fresh->open(), MasterKey::fromBytes(key));
        m_issuer = std::make_unique<TokenService>(m_fresh->open(), SystemClock::instance(), false);

        // Records that `{id}` = 1 may address, so that the callers below get other ids.
        createClient("path-target", "agent", true);
        m_adminId = createAdmin("root", false);
        m_restrictedAdminId = createAdmin("newcomer", true);
        m_agentId = createClient("vpn-agent", "agent", true);
        m_userClientId = createClient("portal-app", "user", true);
        const std::int64_t disabledId = createClient("retired-agent", "agent", false);
        for (std::int64_t id : {m_agentId, m_userClientId, disabledId}) {
            QVERIFY(id != kPathId);
        }

        PastClock yesterday;
        TokenService pastIssuer(m_fresh->open(), yesterday, false);
        m_expiredToken = pastIssuer.issueForAdmin(m_adminId).accessToken;
        QVERIFY(pastIssuer.resolve(m_expiredToken)); // valid but for its age
        m_disabledClientToken = m_issuer->issueForClient(disabledId, Scope::Agent).accessToken;
        m_revokedToken = m_issuer->issueForAdmin(m_adminId).accessToken;
        std::optional<Principal> session = m_issuer->resolve(m_revokedToken);
        QVERIFY(session);
        m_issuer->logout(*session);

        // The token kinds that must be refused are refused for the reason named, not by accident.
        QVERIFY(!m_issuer->resolve(m_expiredToken));
        QVERIFY(!m_issuer->resolve(m_revokedToken));
        QVERIFY(!m_issuer->resolve(m_disabledClientToken));
        QVERIFY(m_issuer->resolve(tokenFor(Caller::Admin)));
        QVERIFY(!m_issuer->resolve(tokenFor(Caller::Admin))->restricted);
        QVERIFY(m_issuer->resolve(tokenFor(Caller::RestrictedAdmin))->restricted);
        QVERIFY(m_issuer->resolve(tokenFor(Caller::Agent)));
        QVERIFY(m_issuer->resolve(tokenFor(Caller::User)));
    }

    void cleanupTestCase()
    {
        const int callers = static_cast<int>(Caller::RestrictedAdmin) + 1;
        const int expected = callers * static_cast<int>(m_services->router().routes().size());
        qInfo("%d route x caller checks over %zu routes", m_checks, m_services->router().routes().size());
        m_issuer.reset();
        m_services.reset();
        m_fresh.reset();
        QVERIFY(m_checks > 0);
        QCOMPARE(m_checks, expected);
    }

    void testRequestWithoutTokenIsRefusedWith401OnEveryProtectedRoute() { checkAllRoutesAs(Caller::NoToken); }
    void testForgedTokenIsRefusedWith401() { checkAllRoutesAs(Caller::ForgedToken); }
    void testExpiredTokenIsRefusedWith401() { checkAllRoutesAs(Caller::ExpiredToken); }
    void testRevokedTokenIsRefusedWith401() { checkAllRoutesAs(Caller::RevokedToken); }
    void testDisabledClientsTokenIsRefusedWith401() { checkAllRoutesAs(Caller::DisabledClient); }
    void testAgentTokenReachesOnlyAgentRoutes() { checkAllRoutesAs(Caller::Agent); }
    void testUserTokenReachesOnlyUserRoutes() { checkAllRoutesAs(Caller::User); }
    void testAdminTokenReachesOnlyAdminRoutes() { checkAllRoutesAs(Caller::Admin); }
    void testRestrictedAdminReachesOnlyFirstLoginRoutes() { checkAllRoutesAs(Caller::RestrictedAdmin); }
};

QTEST_GUILESS_MAIN(TestRouteScopes)
#include "TestRouteScopes.moc"
