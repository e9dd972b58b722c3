#include "ConsoleTestServer.h"
#include "IsolatedSettings.h"

#include "api/RestClient.h"
#include "api/TokenStore.h"
#include "api/UsersApi.h"
#include "app/ConsoleSession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace castellan::console;

/// The REST client against the real server: trust on first use, refusal of a changed certificate, problem
/// documents with field errors, one session renewal for many calls, the end of a session that cannot be
/// renewed, cancellation.
class TestRestClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void testUnknownSelfSignedCertificateIsReportedWithItsFingerprint();
    void testApprovedCertificateIsAccepted();
    void testChangedCertificateIsRefused();
    void testProblemDocumentCarriesFieldErrors();
    void testExpiredAccessTokenIsRenewedOnceForConcurrentCalls();
    void testRefusedRenewalEndsTheSession();
    void testCancelledCallReportsCancelled();

private:
    static RestReply* health(RestClient& client);
    static bool waitFor(RestReply* reply, ApiError* error);

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::ConsoleTestServer> m_server;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<ConsoleSession> m_session;
};

void TestRestClient::initTestCase()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
    m_server = std::make_unique<test::ConsoleTestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    m_server->admin();
    m_tokens = std::make_unique<TokenStore>(TokenStore::Backend::Memory);
    m_session = std::make_unique<ConsoleSession>(m_tokens.get());
    QVERIFY(m_server->signIn(*m_session));
}

void TestRestClient::init()
{
    CertificatePins().forget(CertificatePins::hostKey(m_server->url()));
}

void TestRestClient::cleanupTestCase()
{
    m_session.reset();
    m_server.reset();
}

RestReply* TestRestClient::health(RestClient& client)
{
    RestRequest request = RestRequest::get(QStringLiteral("/health"));
    request.authenticated = false;
    return client.send(request);
}

bool TestRestClient::waitFor(RestReply* reply, ApiError* error)
{
    bool finished = false;
    QObject::connect(reply, &RestReply::finished, reply, [&] {
        finished = true;
        *error = reply->error();
    });
    return QTest::qWaitFor([&] { return finished; }, 30000);
}

void TestRestClient::testUnknownSelfSignedCertificateIsReportedWithItsFingerprint()
{
    RestClient client;
    client.setServer(m_server->url());
    ApiError error;
    QVERIFY(waitFor(health(client), &error));
    QCOMPARE(error.kind(), ApiError::Kind::UntrustedCertificate);
    QVERIFY(!m_server->fingerprint().isEmpty());
    QCOMPARE(error.fingerprint(), m_server->fingerprint());
    QCOMPARE(error.hostKey(), QStringLiteral("127.0.0.1:%1").arg(m_server->process().httpsPort()));
}

void TestRestClient::testApprovedCertificateIsAccepted()
{
    RestClient client;
    client.setServer(m_server->url());
    client.trustCertificate(CertificatePins::hostKey(m_server->url()), m_server->fingerprint());
    ApiError error;
    RestReply* reply = health(client);
    int status = 0;
    connect(reply, &RestReply::finished, this, [&] { status = reply->status(); });
    QVERIFY(waitFor(reply, &error));
    QVERIFY2(error.isNone(), qPrintable(error.message()));
    QCOMPARE(status, 200);
}

void TestRestClient::testChangedCertificateIsRefused()
{
    RestClient client;
    client.setServer(m_server->url());
    const QString other = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                         "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
    client.trustCertificate(CertificatePins::hostKey(m_server->url()), other);
    ApiError error;
    QVERIFY(waitFor(health(client), &error));
    QCOMPARE(error.kind(), ApiError::Kind::CertificateChanged);
    QCOMPARE(error.pinnedFingerprint(), other);
    QCOMPARE(error.fingerprint(), m_server->fingerprint());
    QVERIFY(error.message().contains(QStringLiteral("changed")));
}

void TestRestClient::testProblemDocumentCarriesFieldErrors()
{
    m_server->trustCertificate(*m_session->client());
    LocalUserDraft draft;
    draft.username = QStringLiteral("bad name with spaces");
    draft.password = QStringLiteral("short");
    draft.passwordConfirmation = QStringLiteral("different");
    std::optional<ApiResult<CreatedUser>> result;
    UsersApi(*m_session->client()).create(draft, this, [&](const ApiResult<CreatedUser>& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(!result->ok());
    const ApiError error = result->error();
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.status(), 422);
    QCOMPARE(error.problemType(), QStringLiteral("invalid-input"));
    QVERIFY(!error.fieldMessage(QStringLiteral("username")).isEmpty());
    QVERIFY(!error.fieldMessage(QStringLiteral("password")).isEmpty());
}

void TestRestClient::testExpiredAccessTokenIsRenewedOnceForConcurrentCalls()
{
    RestClient& client = *m_session->client();
    m_server->trustCertificate(client);
    const SessionTokens signedIn = client.tokens();
    client.setTokens({QStringLiteral("cst_no-longer-valid"), signedIn.refreshToken});
    QSignalSpy renewed(&client, &RestClient::tokensChanged);

    QList<ApiError> errors(3);
    int finished = 0;
    for (int call = 0; call < 3; ++call) {
        RestReply* reply = client.send(RestRequest::get(QStringLiteral("/auth/me")));
        connect(reply, &RestReply::finished, this, [&, reply, call] {
            errors[call] = reply->error();
            ++finished;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 3, 30000);
    for (const ApiError& error : errors) {
        QVERIFY2(error.isNone(), qPrintable(error.message()));
    }
    QCOMPARE(renewed.count(), 1); // one refresh for all three: a refresh token used twice ends the session
    QVERIFY(client.tokens().refreshToken != signedIn.refreshToken);
    QVERIFY(m_session->isSignedIn());
}

void TestRestClient::testRefusedRenewalEndsTheSession()
{
    RestClient client;
    client.setServer(m_server->url());
    m_server->trustCertificate(client);
    client.setTokens({QStringLiteral("cst_expired"), QStringLiteral("crt_unknown")});
    QSignalSpy expired(&client, &RestClient::sessionExpired);
    ApiError error;
    QVERIFY(waitFor(client.send(RestRequest::get(QStringLiteral("/auth/me"))), &error));
    QCOMPARE(error.kind(), ApiError::Kind::SessionExpired);
    QCOMPARE(expired.count(), 1);
    QVERIFY(!client.hasSession());
}

void TestRestClient::testCancelledCallReportsCancelled()
{
    RestClient client;
    client.setServer(m_server->url());
    m_server->trustCertificate(client);
    RestReply* reply = health(client);
    ApiError error;
    bool finished = false;
    connect(reply, &RestReply::finished, this, [&] {
        finished = true;
        error = reply->error();
    });
    reply->cancel();
    QTRY_VERIFY(finished);
    QVERIFY(error.isCancelled());
}

QTEST_MAIN(TestRestClient)
#include "TestRestClient.moc"
