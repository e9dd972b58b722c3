#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <QtTest>

using namespace castellan;
using namespace castellan::test;

namespace {

const QString k2Pow63 = "9223372036854775808";
const QString kTwentyDigits = "99999999999999999999";

/// The `field` of every entry of a problem's `errors`, comma-separated ("" when there are none).
QString errorFields(const HttpReply& reply)
{
    QStringList fields;
    auto errors = reply.json()->getArray("errors");
    for (size_t i = 0; errors && i < errors->size(); ++i) {
        fields << QString::fromStdString(errors->getObject(static_cast<unsigned>(i))->getValue<std::string>("field"));
    }
    return fields.join(",");
}

} // namespace

/// Client input the server cannot use gets its precise 4xx answer naming what was wrong, never a 5xx: numbers out
/// of range or of the wrong kind in JSON bodies, query strings, paths, headers and CSV files (422 naming the field,
/// 404 for an id that cannot exist), and bodies of a media type the route does not take (415 naming Content-Type).
class TestInputRefusals : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_agentToken;
    QString m_userId;

    /// Sends with the admin token, or the agent token for /auth/validate; `{user}` in the path is the test user's id.
    HttpReply send(const QString& method, QString path, const QString& body, const QString& contentType,
                   std::map<std::string, std::string> headers = {})
    {
        path.replace("{user}", m_userId);
        const bool agent = path.startsWith("/api/v1/auth/validate");
        headers["Authorization"] = "Bearer " + (agent ? m_agentToken : m_admin->token());
        if (method == "GET") {
            return m_admin->client().get(path.toStdString(), headers);
        }
        return m_admin->client().send(method.toStdString(), path.toStdString(), body.toStdString(),
                                      contentType.toStdString(), headers);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(
            m_state->path(), QStringList{"--set", QString::fromStdString("db.url=" + m_db->url())});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        m_agentToken = m_admin->createClientToken("agent", "numbers");
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", "numbers.user"},
                                             {"password", "Correct-Horse-77"},
                                             {"password_confirmation", "Correct-Horse-77"}}));
        QCOMPARE(user.status, 201);
        m_userId = QString::number(user.json()->getValue<Poco::Int64>("id"));
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testBadNumberIs422NamingTheField_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        const QString settings =
            R"({"failed_attempt_limit": %1, "window_seconds": 600, "block_seconds": 600, "permanent_block": false})";
        const QString hotp = R"({"type": "hotp", "serial": "N-1", "secret": "JBSWY3DPEHPK3PXP", "counter": %1})";
        QTest::newRow("settings 2^63") << "PUT"
                                       << "/api/v1/settings/security" << settings.arg(k2Pow63)
                                       << "failed_attempt_limit";
        QTest::newRow("settings -2^63-1")
            << "PUT"
            << "/api/v1/settings/security" << settings.arg("-9223372036854775809") << "failed_attempt_limit";
        QTest::newRow("settings 1e300") << "PUT"
                                        << "/api/v1/settings/security" << settings.arg("1e300")
                                        << "failed_attempt_limit";
        QTest::newRow("settings 1.5") << "PUT"
                                      << "/api/v1/settings/security" << settings.arg("1.5") << "failed_attempt_limit";
        QTest::newRow("settings as text")
            << "PUT"
            << "/api/v1/settings/security" << settings.arg("\"5\"") << "failed_attempt_limit";
        QTest::newRow("settings boolean")
            << "PUT"
            << "/api/v1/settings/security" << settings.arg("true") << "failed_attempt_limit";
        QTest::newRow("hotp counter 2^63") << "POST"
                                           << "/api/v1/users/{user}/factors" << hotp.arg(k2Pow63) << "counter";
        QTest::newRow("hotp counter 20 digits")
            << "POST"
            << "/api/v1/users/{user}/factors" << hotp.arg(kTwentyDigits) << "counter";
        QTest::newRow("hotp counter negative") << "POST"
                                               << "/api/v1/users/{user}/factors" << hotp.arg("-1") << "counter";
        QTest::newRow("enrollment expires_in_seconds 2^63")
            << "POST"
            << "/api/v1/users/{user}/enrollments" << QString(R"({"expires_in_seconds": %1})").arg(k2Pow63)
            << "expires_in_seconds";
        QTest::newRow("bulk expiration ids 2^63")
            << "POST"
            << "/api/v1/users/bulk/expiration" << QString(R"({"ids": [%1], "expires_at": null})").arg(k2Pow63)
            << "ids[0]";
        QTest::newRow("bulk password reset ids 1e300") << "POST"
                                                       << "/api/v1/users/bulk/password-reset"
                                                       << R"({"ids": [1e300]})"
                                                       << "ids[0]";
        QTest::newRow("license alarm days 2^63")
            << "PUT"
            << "/api/v1/license/alarms" << QString(R"({"support_days": [%1]})").arg(k2Pow63) << "support_days";
        QTest::newRow("validate wait 2^63")
            << "POST"
            << "/api/v1/auth/validate" << QString(R"({"username": "numbers.user", "wait": %1})").arg(k2Pow63) << "wait";
        QTest::newRow("offset 2^63") << "GET"
                                     << "/api/v1/users?offset=" + k2Pow63 << ""
                                     << "offset";
        QTest::newRow("limit huge negative") << "GET"
                                             << "/api/v1/audit?limit=-" + kTwentyDigits << ""
                                             << "limit";
        QTest::newRow("offset fraction") << "GET"
                                         << "/api/v1/blocks?offset=1.5"
                                         << ""
                                         << "offset";
        QTest::newRow("month out of range") << "GET"
                                            << "/api/v1/license/usage?month=" + kTwentyDigits << ""
                                            << "month";
        QTest::newRow("hotp import counter 2^63")
            << "POST"
            << "/api/v1/hotp-tokens/import"
            << "username,serial,secret_hex,counter\nnumbers.user,N-2,3132333435363738393031323334353637383930," +
                   k2Pow63 + "\n"
            << "counter";
    }
    void testBadNumberIs422NamingTheField()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(QString, field);
        const QString type = path.contains("import") ? "text/csv" : "application/json";
        HttpReply reply = send(method, path, body, type);
        QVERIFY2(reply.status == 422, qPrintable(QString::number(reply.status) + " " + reply.body.c_str()));
        QCOMPARE(reply.contentType, std::string("application/problem+json"));
        QVERIFY2(errorFields(reply).split(',').contains(field), reply.body.c_str());
    }

    void testIdThatCannotExistIs404_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("user 20 digits") << "GET"
                                        << "/api/v1/users/" + kTwentyDigits;
        QTest::newRow("user 2^63") << "PATCH"
                                   << "/api/v1/users/" + k2Pow63;
        QTest::newRow("user negative") << "GET"
                                       << "/api/v1/users/-5";
        QTest::newRow("factors of 20 digits") << "GET"
                                              << "/api/v1/users/" + kTwentyDigits + "/factors";
        QTest::newRow("api client 2^63") << "GET"
                                         << "/api/v1/api-clients/" + k2Pow63;
        QTest::newRow("radius client 1e3") << "GET"
                                           << "/api/v1/radius-clients/1e3";
        QTest::newRow("application 20 digits") << "GET"
                                               << "/api/v1/applications/" + kTwentyDigits;
        QTest::newRow("service provider 2^63") << "GET"
                                               << "/api/v1/service-providers/" + k2Pow63;
        QTest::newRow("softotp 2^63") << "PUT"
                                      << "/api/v1/softotp/" + k2Pow63 + "/config";
    }
    void testIdThatCannotExistIs404()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        HttpReply reply = send(method, path, "{}", "application/json");
        QVERIFY2(reply.status == 404, qPrintable(QString::number(reply.status) + " " + reply.body.c_str()));
        QCOMPARE(reply.contentType, std::string("application/problem+json"));
    }

    void testMalformedIfMatchNumberIs422()
    {
        HttpReply reply = send("PATCH", "/api/v1/users/{user}", R"({"first_name": "N"})", "application/json",
                               {{"If-Match", "\"v" + kTwentyDigits.toStdString() + "\""}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorFields(reply), QString("If-Match"));
    }

    void testWrongContentTypeIs415NamingContentType_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("body");
        QTest::newRow("users as text") << "POST"
                                       << "/api/v1/users"
                                       << "text/plain"
                                       << R"({"username": "typed"})";
        QTest::newRow("settings as form") << "PUT"
                                          << "/api/v1/settings/security"
                                          << "application/x-www-form-urlencoded"
                                          << "failed_attempt_limit=5";
        QTest::newRow("validate as xml") << "POST"
                                         << "/api/v1/auth/validate"
                                         << "application/xml"
                                         << "<username>numbers.user</username>";
        QTest::newRow("login as csv") << "POST"
                                      << "/api/v1/auth/login"
                                      << "text/csv"
                                      << "admin,secret";
        QTest::newRow("patch as merge-patch") << "PATCH"
                                              << "/api/v1/users/{user}"
                                              << "application/merge-patch+json"
                                              << R"({"first_name": "N"})";
        QTest::newRow("device enroll as text") << "POST"
                                               << "/device/v1/enroll"
                                               << "text/plain"
                                               << "{}";
        QTest::newRow("user import as json") << "POST"
                                             << "/api/v1/users/import"
                                             << "application/json"
                                             << R"({"username": "q"})";
        QTest::newRow("token import as octets") << "POST"
                                                << "/api/v1/hotp-tokens/import"
                                                << "application/octet-stream"
                                                << "username,serial\n";
        QTest::newRow("oauth token as json") << "POST"
                                             << "/api/v1/oauth/token"
                                             << "application/json"
                                             << R"({"grant_type": "client_credentials"})";
    }
    void testWrongContentTypeIs415NamingContentType()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, contentType);
        QFETCH(QString, body);
        HttpReply reply = send(method, path, body, contentType);
        QVERIFY2(reply.status == 415, qPrintable(QString::number(reply.status) + " " + reply.body.c_str()));
        QCOMPARE(reply.contentType, std::string("application/problem+json"));
        QCOMPARE(errorFields(reply), QString("Content-Type"));
    }

    void testJsonWithCharsetIsTaken()
    {
        HttpReply reply = send(
            "PUT", "/api/v1/settings/security",
            R"({"failed_attempt_limit": 5, "window_seconds": 600, "block_seconds": 600, "permanent_block": false})",
            "application/json; charset=utf-8");
        QVERIFY2(reply.status == 200, reply.body.c_str());
    }

    void testPortalFormsAreStillTaken()
    {
        HttpReply reply = m_admin->client().send("POST", "/portal/login", "username=numbers.user&password=wrong&csrf=x",
                                                 "application/x-www-form-urlencoded");
        QVERIFY2(reply.status != 415 && reply.status < 500, qPrintable(QString::number(reply.status)));
        QVERIFY(reply.contentType.find("text/html") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestInputRefusals)
#include "TestInputRefusals.moc"
