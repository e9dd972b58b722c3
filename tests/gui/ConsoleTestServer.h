#pragma once

#include "AdminSession.h"
#include "ServerProcess.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace castellan::console {
class ConsoleSession;
class RestClient;
} // namespace castellan::console

namespace castellan::console::test {

/// A real castellan-server on loopback for console GUI tests (fresh SQLite state directory), its bootstrap
/// admin set up over REST (castellan::test::AdminSession) for preparing data, and console sessions signed in
/// as that admin.
class ConsoleTestServer
{
public:
    /// `extraArgs` go to the server's command line (`--set key=value`).
    explicit ConsoleTestServer(const QStringList& extraArgs = {});
    ~ConsoleTestServer();

    /// Starts the server; false (with its output in errorText()) when it did not come up.
    bool start();
    QString errorText();

    castellan::test::ServerProcess& process() { return *m_process; }
    /// "https://127.0.0.1:<port>".
    QUrl url() const;
    /// The SHA-256 fingerprint the server logged for the certificate it created.
    QString fingerprint();
    /// The one-time password the server printed for the bootstrap admin.
    QString bootstrapPassword();

    /// The bootstrap admin over REST, taken through its first login on first use.
    castellan::test::AdminSession& admin();
    /// Pins the server's certificate in the console's settings.
    void trustCertificate(RestClient& client);
    /// Signs a console session in as the bootstrap admin (after admin()); false when the login failed.
    bool signIn(ConsoleSession& session);
    /// The admin's TOTP code `offsetSteps` steps from now.
    QString adminCode(int offsetSteps);

    /// Runs an admin REST call and returns the answer's JSON id (or -1).
    qint64 createUser(const QString& username);

private:
    QTemporaryDir m_state;
    std::unique_ptr<castellan::test::ServerProcess> m_process;
    std::unique_ptr<castellan::test::AdminSession> m_admin;
    int m_nextStep = 1;
};

} // namespace castellan::console::test
