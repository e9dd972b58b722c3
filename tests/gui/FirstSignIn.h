#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace castellan::console {
class AdminConsole;
class ConsoleSession;
class MainWindow;
} // namespace castellan::console

namespace castellan::console::test {

class ConsoleTestServer;

/// An administrator's first sign-in through the console's connect dialog, as a person does it: File ▸ Connect, the
/// server's certificate trusted after comparing its fingerprint with the server's, the one-time password, the
/// forced password change, then TOTP enrollment with a code of the secret the dialog shows. True once the console
/// is signed in; a warning says which step did not come.
bool firstSignIn(MainWindow& window, AdminConsole& console, ConsoleSession& session, ConsoleTestServer& server,
                 const QString& username, const QString& oneTimePassword, const QString& newPassword);

/// Runs the pysaml2 service provider (tests/integration/saml/pysaml2_sp.py) with `args`; its JSON answer, empty
/// when it failed (its error output is logged).
QJsonObject runPysaml2(const QStringList& args);

/// oathtool's TOTP code of base32 `secret` at `at` (oathtool -N syntax, e.g. "now + 30 seconds").
QString oathtoolCode(const QString& secret, const QString& at);

} // namespace castellan::console::test
