#include "rest/Router.h"

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
        router.add({"GET", "/api/v1/users", {Scope::Admin}, echo});
        router.add({"GET", "/api/v1/users/{id}", {Scope::Admin}, echo});
        router.add({"DELETE", "/api/v1/users/{id}", {Scope::Admin}, echo});
        return router;
    }
    static RestRequest request(const std::string& method, const std::string& path)
    {
        RestRequest r;
        r.method = method;
        r.path = path;
        return r;
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
        QCOMPARE(r.headers.at(0).second, std::string("GET, DELETE"));
    }
    void testTrailingSlashStillMatches()
    {
        QCOMPARE(makeRouter().dispatch(request("GET", "/api/v1/users/")).status, 200);
    }
};

QTEST_APPLESS_MAIN(TestRouter)
#include "TestRouter.moc"
