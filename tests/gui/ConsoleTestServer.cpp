#include "ConsoleTestServer.h"

#include "api/AuthApi.h"
#include "api/RestClient.h"
#include "app/ConsoleSession.h"

#include <QRegularExpression>
#include <QTest>

namespace castellan::console::test {

ConsoleTestServer::ConsoleTestServer(const QStringList& extraArgs)
    : m_process(std::make_unique<castellan::test::ServerProcess>(m_state.path(), extraArgs))
{}

ConsoleTestServer::~ConsoleTestServer()
{
    m_admin.reset();
    m_process->stop();
}

bool ConsoleTestServer::start()
{
    return m_state.isValid() && m_process->start();
}

QString ConsoleTestServer::errorText()
{
    return m_process->stderrText();
}

QUrl ConsoleTestServer::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_process->httpsPort()));
}

QString ConsoleTestServer::fingerprint()
{
    static const QRegularExpression kFingerprint(
        QStringLiteral("self-signed TLS certificate .* \\(SHA-256 ([0-9A-F:]+)\\)"));
    return kFingerprint.match(m_process->stderrText()).captured(1);
}

QString ConsoleTestServer::bootstrapPassword()
{
    static const QRegularExpression kPassword(QStringLiteral("one-time password:\\s+(\\S+)"));
    return kPassword.match(m_process->stdoutText()).captured(1);
}

castellan::test::AdminSession& ConsoleTestServer::admin()
{
    if (!m_admin) {
        m_admin = std::make_unique<castellan::test::AdminSession>(*m_process);
    }
    return *m_admin;
}

void ConsoleTestServer::trustCertificate(RestClient& client)
{
    client.trustCertificate(CertificatePins::hostKey(url()), fingerprint());
}

QString ConsoleTestServer::adminCode(int offsetSteps)
{
    return QString::fromStdString(castellan::test::totpNow(admin().totpSecret(), offsetSteps));
}

bool ConsoleTestServer::signIn(ConsoleSession& session)
{
    RestClient& client = *session.client();
    trustCertificate(client);
    client.setServer(url());
    // Each sign-in needs a time step no earlier sign-in (or the enrollment) used: codes are never accepted twice.
    const QString code = adminCode(m_nextStep++);
    bool done = false;
    bool ok = false;
    AuthApi(client).login(QStringLiteral("admin"), QString::fromLatin1(castellan::test::AdminSession::kPassword), code,
                          nullptr, [&](const ApiResult<LoginAnswer>& result) {
                              done = true;
                              ok = result.ok();
                              if (ok) {
                                  client.setTokens(result.value().tokens);
                              } else {
                                  qWarning().noquote() << "console sign-in failed:" << result.error().message();
                              }
                          });
    if (!QTest::qWaitFor([&] { return done; }, 30000) || !ok) {
        return false;
    }
    session.begin(QStringLiteral("admin"));
    return true;
}

qint64 ConsoleTestServer::createUser(const QString& username)
{
    const std::string password = "Correct-Horse-77";
    const castellan::test::HttpReply reply = admin().send(
        "POST", "/api/v1/users",
        castellan::test::json(
            {{"username", username.toStdString()}, {"password", password}, {"password_confirmation", password}}));
    if (reply.status != 201) {
        qWarning().noquote() << "user create:" << QString::fromStdString(reply.body);
        return -1;
    }
    return reply.json()->getValue<qint64>("id");
}

} // namespace castellan::console::test
