#include "FreshDatabase.h"
#include "app/ServerServices.h"
#include "rest/OpenApiResource.h"
#include "saml/ServiceProviderRepository.h"
#include "store/AdminRepository.h"
#include "store/ApiClientRepository.h"
#include "store/ApplicationRepository.h"
#include "store/AuditLog.h"
#include "store/DeviceRepository.h"
#include "store/DirectoryRepository.h"
#include "store/LicenseRepository.h"
#include "store/LockoutRepository.h"
#include "store/RadiusClientRepository.h"
#include "store/UserRepository.h"

#include <Poco/JSON/Parser.h>

#include <QtTest>

#include <array>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace castellan;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

/// Paths in the document are relative to its server, `/api/v1`, unless a path item names its own server: the
/// device API's paths are relative to `/device/v1` (OpenAPI 3.1 §4.8.9.1 `servers` on a Path Item).
const std::string kServerUrl = "/api/v1";
const std::set<std::string> kPathServerUrls = {"/device/v1"};
const std::string kPortal = "/portal";
const std::string kMetrics = "/metrics"; ///< Prometheus text format for scrapers
const std::string kSaml = "/saml";       ///< the SAML IdP's endpoints: XML and HTML for browsers and SPs, not the API
const std::set<std::string> kHttpMethods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};

using OperationKey = std::pair<std::string, std::string>; ///< (METHOD, full path: server URL + document path)

std::string upper(std::string text)
{
    for (char& c : text) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return text;
}

std::string describe(const OperationKey& key)
{
    return key.first + " " + key.second;
}

std::set<std::string> scopeNames(const Route& route)
{
    std::set<std::string> names;
    for (Scope scope : route.scopes) {
        if (scope != Scope::Public) {
            names.insert(scopeName(scope));
        }
    }
    return names;
}

std::set<std::string> stringSet(const Array::Ptr& array)
{
    std::set<std::string> values;
    for (size_t i = 0; array && i < array->size(); ++i) {
        values.insert(array->getElement<std::string>(static_cast<unsigned>(i)));
    }
    return values;
}

std::string joined(const std::set<std::string>& values)
{
    std::string text;
    for (const std::string& v : values) {
        text += (text.empty() ? "" : ",") + v;
    }
    return "[" + text + "]";
}

/// The `{name}` segments of a path template, in order.
std::vector<std::string> templateParameters(const std::string& path)
{
    std::vector<std::string> names;
    for (size_t open = path.find('{'); open != std::string::npos; open = path.find('{', open + 1)) {
        names.push_back(path.substr(open + 1, path.find('}', open) - open - 1));
    }
    return names;
}

bool isObject(const Poco::Dynamic::Var& value)
{
    return value.type() == typeid(Object::Ptr);
}

bool isArray(const Poco::Dynamic::Var& value)
{
    return value.type() == typeid(Array::Ptr);
}

} // namespace

class TestOpenApiDocument : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FreshDatabase> m_fresh;
    std::unique_ptr<ServerServices> m_services;
    Object::Ptr m_document;
    std::map<OperationKey, Object::Ptr> m_operations;
    std::map<OperationKey, const Route*> m_routes;
    std::map<OperationKey, std::string> m_documentPaths; ///< the key of each operation's path item in `paths`

    /// The documented operation for a route, or null.
    Object::Ptr documented(const OperationKey& key) const
    {
        auto it = m_operations.find(key);
        return it == m_operations.end() ? Object::Ptr() : it->second;
    }

    /// Resolves a local JSON pointer (RFC 6901) such as `#/components/schemas/User`; empty when it does not.
    Poco::Dynamic::Var resolve(const std::string& ref) const
    {
        if (ref.rfind("#/", 0) != 0) {
            return {};
        }
        Poco::Dynamic::Var node = m_document;
        size_t start = 2;
        while (start <= ref.size()) {
            size_t end = ref.find('/', start);
            if (end == std::string::npos) {
                end = ref.size();
            }
            std::string token = ref.substr(start, end - start);
            for (size_t at = token.find('~'); at != std::string::npos; at = token.find('~', at + 1)) {
                token.replace(at, 2, token.compare(at, 2, "~1") == 0 ? "/" : "~");
            }
            if (isObject(node)) {
                Object::Ptr object = node.extract<Object::Ptr>();
                if (!object->has(token)) {
                    return {};
                }
                node = object->get(token);
            } else if (isArray(node)) {
                Array::Ptr array = node.extract<Array::Ptr>();
                const size_t index = std::stoul(token);
                if (index >= array->size()) {
                    return {};
                }
                node = array->get(static_cast<unsigned>(index));
            } else {
                return {};
            }
            start = end + 1;
        }
        return node;
    }

    /// An object, or the object its `$ref` points to.
    Object::Ptr dereferenced(const Object::Ptr& object) const
    {
        if (!object || !object->has("$ref")) {
            return object;
        }
        Poco::Dynamic::Var target = resolve(object->getValue<std::string>("$ref"));
        return isObject(target) ? target.extract<Object::Ptr>() : Object::Ptr();
    }

    /// Every `$ref` value anywhere below `node`, with the JSON path where it was found.
    void collectRefs(const Poco::Dynamic::Var& node, const std::string& where,
                     std::vector<std::pair<std::string, std::string>>& refs) const
    {
        if (isObject(node)) {
            Object::Ptr object = node.extract<Object::Ptr>();
            for (const auto& [name, value] : *object) {
                if (name == "$ref" && value.isString()) {
                    refs.emplace_back(where, value.extract<std::string>());
                } else {
                    collectRefs(value, where + "/" + name, refs);
                }
            }
        } else if (isArray(node)) {
            Array::Ptr array = node.extract<Array::Ptr>();
            for (size_t i = 0; i < array->size(); ++i) {
                collectRefs(array->get(static_cast<unsigned>(i)), where + "/" + std::to_string(i), refs);
            }
        }
    }

private slots:
    void initTestCase()
    {
        m_fresh = std::make_unique<test::FreshDatabase>();
        std::array<std::uint8_t, MasterKey::kKeySize> key{};
        key.fill(0x5a);
        m_services = std::make_unique<ServerServices>(ServerConfig{}, m_fresh->open(), MasterKey::fromBytes(key));

        RestRequest request;
        request.method = "GET";
        request.path = kServerUrl + "/openapi.json";
        const RestResponse served = m_services->router().dispatch(request);
        QCOMPARE(served.status, 200);
        QCOMPARE(served.contentType, std::string("application/json"));
        QCOMPARE(served.body, std::string(OpenApiResource::document()));
        m_document = Poco::JSON::Parser().parse(served.body).extract<Object::Ptr>();

        Object::Ptr paths = m_document->getObject("paths");
        QVERIFY(paths);
        for (const auto& [path, item] : *paths) {
            QVERIFY2(isObject(item), path.c_str());
            std::string server = kServerUrl;
            if (Array::Ptr servers = item.extract<Object::Ptr>()->getArray("servers")) {
                QCOMPARE(servers->size(), size_t(1));
                server = servers->getObject(0)->getValue<std::string>("url");
                QVERIFY2(kPathServerUrls.count(server), (path + ": unexpected server " + server).c_str());
            }
            for (const auto& [method, operation] : *item.extract<Object::Ptr>()) {
                if (kHttpMethods.count(method)) {
                    QVERIFY2(isObject(operation), (method + " " + path).c_str());
                    const OperationKey key{upper(method), server + path};
                    QVERIFY2(!m_operations.count(key), ("documented twice: " + describe(key)).c_str());
                    m_operations[key] = operation.extract<Object::Ptr>();
                    m_documentPaths[key] = path;
                }
            }
        }
        for (const Route& route : m_services->router().routes()) {
            if (route.pattern == kPortal || route.pattern.rfind(kPortal + "/", 0) == 0 ||
                route.pattern.rfind(kSaml + "/", 0) == 0 || route.pattern == kMetrics) {
                continue; // the portal's HTML pages, the SAML endpoints and Prometheus' scrape are not the API
            }
            bool served = route.pattern.rfind(kServerUrl + "/", 0) == 0;
            for (const std::string& server : kPathServerUrls) {
                served = served || route.pattern.rfind(server + "/", 0) == 0;
            }
            QVERIFY2(served, route.pattern.c_str());
            const OperationKey key{route.method, route.pattern};
            QVERIFY2(m_routes.emplace(key, &route).second, ("routed twice: " + describe(key)).c_str());
        }
        QVERIFY(!m_routes.empty());
    }

    void cleanupTestCase()
    {
        m_services.reset();
        m_fresh.reset();
    }

    void testDocumentIsOpenApi31WithTheApiV1Server()
    {
        QCOMPARE(m_document->getValue<std::string>("openapi"), std::string("3.1.0"));
        QVERIFY(m_document->getObject("info")->has("title"));
        QVERIFY(m_document->getObject("info")->has("version"));
        Array::Ptr servers = m_document->getArray("servers");
        QVERIFY(servers);
        QCOMPARE(servers->size(), size_t(1));
        QCOMPARE(servers->getObject(0)->getValue<std::string>("url"), kServerUrl);
    }

    void testEveryRouteIsDocumented()
    {
        std::string missing;
        for (const auto& [key, route] : m_routes) {
            if (!m_operations.count(key)) {
                missing += " " + describe(key) + ";";
            }
        }
        QVERIFY2(missing.empty(), ("routed but not in resources/openapi.json:" + missing).c_str());
    }

    void testEveryDocumentedOperationIsRouted()
    {
        std::string unrouted;
        for (const auto& [key, operation] : m_operations) {
            if (!m_routes.count(key)) {
                unrouted += " " + describe(key) + ";";
            }
        }
        QVERIFY2(unrouted.empty(), ("documented but not routed:" + unrouted).c_str());
        QCOMPARE(m_operations.size(), m_routes.size());
    }

    void testScopesMatchTheRouter()
    {
        for (const auto& [key, route] : m_routes) {
            Object::Ptr operation = documented(key);
            if (!operation) {
                continue; // testEveryRouteIsDocumented names it
            }
            QVERIFY2(operation->has("x-castellan-scopes"), describe(key).c_str());
            const std::set<std::string> documented = stringSet(operation->getArray("x-castellan-scopes"));
            const std::set<std::string> routed = scopeNames(*route);
            QVERIFY2(documented == routed,
                     (describe(key) + ": documented " + joined(documented) + ", routed " + joined(routed)).c_str());
        }
    }

    void testSecurityRequirementsAgreeWithScopes()
    {
        for (const auto& [key, route] : m_routes) {
            Object::Ptr operation = documented(key);
            if (!operation) {
                continue; // testEveryRouteIsDocumented names it
            }
            Array::Ptr security = operation->getArray("security");
            QVERIFY2(security, (describe(key) + ": no security requirement").c_str());
            const std::set<std::string> routed = scopeNames(*route);
            bool bearer = false;
            for (size_t i = 0; i < security->size(); ++i) {
                Object::Ptr requirement = security->getObject(static_cast<unsigned>(i));
                if (requirement && requirement->has("bearer")) {
                    bearer = true;
                    QVERIFY2(stringSet(requirement->getArray("bearer")) == routed, describe(key).c_str());
                }
            }
            // Public operations take no bearer token; every other one takes exactly its scopes.
            QVERIFY2(bearer == !routed.empty(), describe(key).c_str());
            if (!routed.empty()) {
                Object::Ptr responses = operation->getObject("responses");
                QVERIFY2(responses->has("401") && responses->has("403"),
                         (describe(key) + ": 401 and 403 must be documented").c_str());
            }
        }
    }

    void testAllowRestrictedMatchesTheRouter()
    {
        for (const auto& [key, route] : m_routes) {
            Object::Ptr operation = documented(key);
            if (!operation) {
                continue; // testEveryRouteIsDocumented names it
            }
            const bool documented = operation->has("x-castellan-allow-restricted") &&
                                    operation->getValue<bool>("x-castellan-allow-restricted");
            QVERIFY2(documented == route->allowRestricted, describe(key).c_str());
        }
    }

    /// A documented request body's media types are ones the router lets through (Route::consumes), and an operation
    /// that takes a body documents the 415 the router gives a body of another type.
    void testRequestMediaTypesMatchTheRouter()
    {
        for (const auto& [key, route] : m_routes) {
            Object::Ptr operation = documented(key);
            Object::Ptr body = operation ? dereferenced(operation->getObject("requestBody")) : Object::Ptr();
            if (!body) {
                continue;
            }
            QVERIFY2(!route->consumes.empty(), (describe(key) + ": takes a body but declares no media type").c_str());
            const std::set<std::string> consumed(route->consumes.begin(), route->consumes.end());
            for (const auto& [type, media] : *body->getObject("content")) {
                QVERIFY2(consumed.count(type),
                         (describe(key) + ": documents " + type + ", routes " + joined(consumed)).c_str());
            }
            QVERIFY2(operation->getObject("responses")->has("415"),
                     (describe(key) + ": 415 must be documented").c_str());
        }
    }

    /// Every operation that reads the database documents the 503 (with Retry-After) it answers while the database
    /// cannot be reached; only the document itself and liveness (GET /health/live, which must not depend on the
    /// database) are served without it.
    void testEveryOperationNeedingTheDatabaseDocuments503()
    {
        for (const auto& [key, operation] : m_operations) {
            if (key.second == kServerUrl + "/openapi.json" || key.second == kServerUrl + "/health/live") {
                continue;
            }
            QVERIFY2(operation->getObject("responses")->has("503"),
                     (describe(key) + ": 503 must be documented").c_str());
        }
    }

    void testEveryOperationHasUniqueIdAndSuccessResponse()
    {
        std::set<std::string> ids;
        for (const auto& [key, operation] : m_operations) {
            QVERIFY2(operation->has("operationId"), describe(key).c_str());
            QVERIFY2(ids.insert(operation->getValue<std::string>("operationId")).second,
                     (describe(key) + ": operationId used twice").c_str());
            Object::Ptr responses = operation->getObject("responses");
            QVERIFY2(responses, describe(key).c_str());
            bool success = false;
            for (const auto& [status, response] : *responses) {
                success = success || (status.size() == 3 && status[0] == '2');
            }
            QVERIFY2(success, (describe(key) + ": no 2xx response").c_str());
        }
    }

    void testEveryPathParameterIsDeclared()
    {
        Object::Ptr paths = m_document->getObject("paths");
        for (const auto& [key, operation] : m_operations) {
            std::set<std::string> declared;
            for (Object::Ptr owner : {paths->getObject(m_documentPaths.at(key)), operation}) {
                Array::Ptr parameters = owner->getArray("parameters");
                for (size_t i = 0; parameters && i < parameters->size(); ++i) {
                    Object::Ptr parameter = dereferenced(parameters->getObject(static_cast<unsigned>(i)));
                    QVERIFY2(parameter, describe(key).c_str());
                    if (parameter->getValue<std::string>("in") == "path") {
                        QVERIFY2(parameter->has("required") && parameter->getValue<bool>("required"),
                                 describe(key).c_str());
                        declared.insert(parameter->getValue<std::string>("name"));
                    }
                }
            }
            const std::vector<std::string> names = templateParameters(key.second);
            QVERIFY2(declared == std::set<std::string>(names.begin(), names.end()),
                     (describe(key) + ": path parameters " + joined(declared)).c_str());
        }
    }

    /// A list route's documented `sort` values are exactly its repository's fields, each also with `-`.
    void testSortParametersMatchTheRepositories()
    {
        const std::map<std::string, const SortableColumns*> sorted = {
            {"/api/v1/users", &UserRepository::sortColumns()},
            {"/api/v1/api-clients", &ApiClientRepository::sortColumns()},
            {"/api/v1/admins", &AdminRepository::sortColumns()},
            {"/api/v1/applications", &ApplicationRepository::sortColumns()},
            {"/api/v1/radius-clients", &RadiusClientRepository::sortColumns()},
            {"/api/v1/directories", &DirectoryRepository::sortColumns()},
            {"/api/v1/service-providers", &ServiceProviderRepository::sortColumns()},
            {"/api/v1/softotp", &DeviceRepository::sortColumns()},
            {"/api/v1/blocks", &LockoutRepository::blockSortColumns()},
            {"/api/v1/audit", &AuditLog::sortColumns()},
            {"/api/v1/license/usage", &LicenseRepository::usageSortColumns()},
        };
        for (const auto& [key, operation] : m_operations) {
            Object::Ptr sort;
            Array::Ptr parameters = operation->getArray("parameters");
            for (size_t i = 0; parameters && i < parameters->size(); ++i) {
                Object::Ptr parameter = dereferenced(parameters->getObject(static_cast<unsigned>(i)));
                if (parameter && parameter->getValue<std::string>("name") == "sort") {
                    sort = parameter;
                }
            }
            const auto expected = key.first == "GET" ? sorted.find(key.second) : sorted.end();
            if (expected == sorted.end()) {
                QVERIFY2(!sort, (describe(key) + ": documents a sort the route does not read").c_str());
                continue;
            }
            QVERIFY2(sort, (describe(key) + ": sort is not documented").c_str());
            std::set<std::string> values;
            for (const std::string& field : expected->second->fields()) {
                values.insert(field);
                values.insert("-" + field);
            }
            Object::Ptr schema = sort->getObject("schema");
            QVERIFY2(stringSet(schema->getArray("enum")) == values,
                     (describe(key) + ": documented " + joined(stringSet(schema->getArray("enum")))).c_str());
            const SortOrder& order = expected->second->defaultOrder();
            QCOMPARE(schema->getValue<std::string>("default"), (order.descending ? "-" : "") + order.field);
        }
    }

    void testEveryRefResolves()
    {
        std::vector<std::pair<std::string, std::string>> refs;
        collectRefs(m_document, "#", refs);
        QVERIFY(refs.size() > 50);
        for (const auto& [where, ref] : refs) {
            QVERIFY2(!resolve(ref).isEmpty(), (where + ": $ref " + ref + " does not resolve").c_str());
        }
    }

    void testSecuritySchemesAreBearerAndBasic()
    {
        Object::Ptr schemes = m_document->getObject("components")->getObject("securitySchemes");
        QVERIFY(schemes);
        QCOMPARE(schemes->getObject("bearer")->getValue<std::string>("scheme"), std::string("bearer"));
        QCOMPARE(schemes->getObject("basic")->getValue<std::string>("scheme"), std::string("basic"));
        for (const auto& [key, operation] : m_operations) {
            Array::Ptr security = operation->getArray("security");
            for (size_t i = 0; security && i < security->size(); ++i) {
                for (const auto& [scheme, scopes] : *security->getObject(static_cast<unsigned>(i))) {
                    QVERIFY2(schemes->has(scheme), (describe(key) + ": unknown scheme " + scheme).c_str());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenApiDocument)
#include "TestOpenApiDocument.moc"
