#include "rest/Router.h"
#include "store/StoreExceptions.h"

#include <Poco/JSON/Parser.h>

#include <QtTest>

using namespace castellan;

class TestRouter : public QObject
{
    Q_OBJECT
private:
    static Router makeRouter()
    {
        Router router;
        auto echo = [](const RestRequest& r) {
            RestResponse response;
            response.body = r.method + " " + (r.pathParams.count("id") ? r.pathParams.at("id") : "-");
            return response;
        };
        router.add({"GET", "/api/v1/users", {Scope::Public}, echo});
        router.add({"GET", "/api/v1/users/{id}", {Scope::Public}, echo});
        router.add({"DELETE", "/api/v1/users/{id}", {Scope::Public}, echo});
        router.add({"GET", "/api/v1/admin-only", {Scope::Admin}, echo});
        router.add({"POST", "/api/v1/validate", {Scope::Agent, Scope::User}, echo});
        router.add({"POST", "/api/v1/auth/password", {Scope::Admin}, echo, true});
        router.setBearerResolver([](const std::string& token) -> std::optional<Principal> {
            Principal p;
            p.name = token;
            if (token == "admin-token") {
                return p;
            }
            if (token == "restricted-admin") {
                p.restricted = true;
                p.passwordChangeRequired = true;
                return p;
            }
            if (token == "agent-token") {
                p.kind = Principal::Kind::ApiClient;
                p.scope = Scope::Agent;
                return p;
            }
            return std::nullopt;
        });
        return router;
    }
    static RestRequest request(const std::string& method, const std::string& path, const std::string& bearer = {})
    {
        RestRequest r;
        r.method = method;
        r.path = path;
        if (!bearer.empty()) {
            r.headers["authorization"] = "Bearer " + bearer;
        }
        return r;
    }
    static std::string challenge(const RestResponse& r)
    {
        for (const auto& [name, value] : r.headers) {
            if (name == "WWW-Authenticate") {
                return value;
            }
        }
        return {};
    }

private slots:
    void testPathParametersAreDecoded()
    {
        Router router = makeRouter();
        QCOMPARE(router.dispatch(request("GET", "/api/v1/users/a%40b")).body, std::string("GET a@b"));
        QCOMPARE(router.dispatch(request("GET", "/api/v1/users")).body, std::string("GET -"));
    }
    void testUnknownPathIsNotFoundProblem()
    {
        RestResponse r = makeRouter().dispatch(request("GET", "/api/v1/nothing"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.contentType, std::string("application/problem+json"));
    }
    void testWrongMethodIs405WithAllow()
    {
        RestResponse r = makeRouter().dispatch(request("PUT", "/api/v1/users/7"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.headers.at(0).first, std::string("Allow"));
        QCOMPARE(r.headers.at(0).second, std::string("DELETE, GET"));
    }
    void testLiteralSegmentBeatsParameterWhateverTheOrder()
    {
        Router router;
        auto named = [](const std::string& name) {
            return [name](const RestRequest&) {
                RestResponse r;
                r.body = name;
                return r;
            };
        };
        router.add({"GET", "/api/v1/users/{id}", {Scope::Public}, named("one user")});
        router.add({"GET", "/api/v1/users/export", {Scope::Public}, named("export")});
        QCOMPARE(router.dispatch(request("GET", "/api/v1/users/export")).body, std::string("export"));
        QCOMPARE(router.dispatch(request("GET", "/api/v1/users/42")).body, std::string("one user"));
    }
    void testMissingTokenIs401WithBearerChallenge()
    {
        RestResponse r = makeRouter().dispatch(request("GET", "/api/v1/admin-only"));
        QCOMPARE(r.status, 401);
        QCOMPARE(challenge(r), std::string("Bearer realm=\"castellan\""));
    }
    void testUnknownTokenIs401InvalidToken()
    {
        RestResponse r = makeRouter().dispatch(request("GET", "/api/v1/admin-only", "forged"));
        QCOMPARE(r.status, 401);
        QVERIFY(challenge(r).find("error=\"invalid_token\"") != std::string::npos);
    }
    void testWrongScopeIs403InsufficientScope()
    {
        Router router = makeRouter();
        RestResponse agentOnAdmin = router.dispatch(request("GET", "/api/v1/admin-only", "agent-token"));
        QCOMPARE(agentOnAdmin.status, 403);
        QVERIFY(challenge(agentOnAdmin).find("insufficient_scope") != std::string::npos);
        QCOMPARE(router.dispatch(request("POST", "/api/v1/validate", "admin-token")).status, 403);
        QCOMPARE(router.dispatch(request("POST", "/api/v1/validate", "agent-token")).status, 200);
        QCOMPARE(router.dispatch(request("GET", "/api/v1/admin-only", "admin-token")).status, 200);
    }
    void testRestrictedAdminReachesOnlyFirstLoginRoutes()
    {
        Router router = makeRouter();
        RestResponse refused = router.dispatch(request("GET", "/api/v1/admin-only", "restricted-admin"));
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.body.find("Change your password first") != std::string::npos);
        QCOMPARE(router.dispatch(request("POST", "/api/v1/auth/password", "restricted-admin")).status, 200);
    }
    void testBearerSchemeIsCaseInsensitive()
    {
        RestRequest r = request("GET", "/api/v1/admin-only");
        r.headers["authorization"] = "bearer admin-token";
        QCOMPARE(makeRouter().dispatch(r).status, 200);
    }
    void testTrailingSlashStillMatches()
    {
        QCOMPARE(makeRouter().dispatch(request("GET", "/api/v1/users/")).status, 200);
    }
    void testApiBodyOfAnotherMediaTypeIs415NamingContentType()
    {
        Router router = makeRouter();
        RestRequest form = request("POST", "/api/v1/validate", "agent-token");
        form.body = "username=alice";
        form.headers["content-type"] = "application/x-www-form-urlencoded";
        RestResponse refused = router.dispatch(form);
        QCOMPARE(refused.status, 415);
        QCOMPARE(refused.contentType, std::string("application/problem+json"));
        auto errors = Poco::JSON::Parser().parse(refused.body).extract<Poco::JSON::Object::Ptr>()->getArray("errors");
        QCOMPARE(errors->getObject(0)->getValue<std::string>("field"), std::string("Content-Type"));
        // Refused from the head alone, before the body is read.
        RestRequest head = form;
        head.body.clear();
        head.headers["content-length"] = "14";
        QCOMPARE(router.refusal(head)->status, 415);
    }
    void testJsonWithParametersOrNoContentTypeReachesTheHandler()
    {
        Router router = makeRouter();
        RestRequest r = request("POST", "/api/v1/validate", "agent-token");
        r.body = "{}";
        r.headers["content-type"] = "Application/JSON; charset=utf-8";
        QCOMPARE(router.dispatch(r).status, 200);
        r.headers.erase("content-type");
        QCOMPARE(router.dispatch(r).status, 200);
        RestRequest empty = request("POST", "/api/v1/validate", "agent-token");
        empty.headers["content-type"] = "text/plain";
        QCOMPARE(router.dispatch(empty).status, 200); // no body, nothing to refuse
    }
    void testPortalFormRoutesTakeForms()
    {
        Router router;
        router.add({"POST", "/portal/login", {Scope::Public}, [](const RestRequest&) {
                        return RestResponse();
                    }});
        RestRequest form = request("POST", "/portal/login");
        form.body = "username=alice";
        form.headers["content-type"] = "application/x-www-form-urlencoded";
        QCOMPARE(router.dispatch(form).status, 200);
    }
    void testDatabaseOutageIs503WithRetryAfter()
    {
        Router router;
        router.add({"GET", "/api/v1/users", {Scope::Public}, [](const RestRequest&) -> RestResponse {
                        throw DatabaseUnavailableException("connection refused");
                    }});
        RestResponse r = router.dispatch(request("GET", "/api/v1/users"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.contentType, std::string("application/problem+json"));
        QCOMPARE(r.headers.at(0).first, std::string("Retry-After"));
        QVERIFY(r.body.find("connection refused") == std::string::npos); // the cause is logged, not shown
    }
};

QTEST_APPLESS_MAIN(TestRouter)
#include "TestRouter.moc"
