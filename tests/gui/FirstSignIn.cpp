#include "FirstSignIn.h"

#include "AdminSession.h"
#include "ConsoleTestServer.h"
#include "GuiTestHelpers.h"

#include "app/AdminConsole.h"
#include "app/ConsoleSession.h"
#include "app/MainWindow.h"
#include "dialogs/CertificateApprovalDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/PasswordChangeForm.h"
#include "dialogs/SignInForm.h"
#include "dialogs/TotpEnrollmentForm.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>

namespace castellan::console::test {

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

bool firstSignIn(MainWindow& window, AdminConsole& console, ConsoleSession& session, ConsoleTestServer& server,
                 const QString& username, const QString& oneTimePassword, const QString& newPassword)
{
    window.findChild<QAction*>(QStringLiteral("connectAction"))->trigger();
    ConnectDialog* dialog = console.connectDialog();
    if (!dialog) {
        return false;
    }
    typeText(dialog->signInForm()->serverField(), server.url().toString());
    typeText(dialog->signInForm()->usernameField(), username);
    typeText(dialog->signInForm()->passwordField(), oneTimePassword);
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);

    // Trust on first use: the fingerprint shown is the one the server printed; pinned, it is not asked again.
    (void)QTest::qWaitFor(
        [&] {
            auto* approval = dialog->findChild<CertificateApprovalDialog*>();
            return dialog->step() != ConnectDialog::Step::SignIn || (approval && approval->isVisible());
        },
        kTimeoutMs);
    if (auto* approval = dialog->findChild<CertificateApprovalDialog*>(); approval && approval->isVisible()) {
        if (approval->findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text() != server.fingerprint()) {
            qWarning("the certificate shown is not the server's");
            return false;
        }
        approval->findChild<QPushButton*>(QStringLiteral("trustButton"))->click();
    }

    if (!QTest::qWaitFor([&] { return dialog->step() == ConnectDialog::Step::PasswordChange; }, kTimeoutMs)) {
        qWarning("no password change step");
        return false;
    }
    typeText(dialog->passwordChangeForm()->newPasswordField(), newPassword);
    typeText(dialog->passwordChangeForm()->confirmationField(), newPassword);
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);

    if (!QTest::qWaitFor([&] { return dialog->step() == ConnectDialog::Step::TotpEnrollment; }, kTimeoutMs)) {
        qWarning("no TOTP enrollment step");
        return false;
    }
    TotpEnrollmentForm* totp = dialog->totpEnrollmentForm();
    if (!QTest::qWaitFor([&] { return !totp->secretField()->text().isEmpty(); }, kTimeoutMs)) {
        return false;
    }
    // The authenticator app of the administrator: the code of the secret shown in the dialog.
    const std::string secret = totp->secretField()->text().toStdString();
    typeText(totp->codeField(), QString::fromStdString(castellan::test::totpNow(secret)));
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return session.isSignedIn() && !console.connectDialog(); }, kTimeoutMs);
}

QJsonObject runPysaml2(const QStringList& args)
{
    QProcess sp;
    sp.start(QStringLiteral("/usr/bin/python3"), QStringList{qEnvironmentVariable("CASTELLAN_SOURCE_DIR") +
                                                             QStringLiteral("/tests/integration/saml/pysaml2_sp.py")} +
                                                     args);
    if (!sp.waitForFinished(60000) || sp.exitCode() != 0) {
        qWarning().noquote() << sp.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(sp.readAllStandardOutput()).object();
}

QString oathtoolCode(const QString& secret, const QString& at)
{
    QProcess oathtool;
    oathtool.start(QStringLiteral("oathtool"),
                   {QStringLiteral("--totp"), QStringLiteral("-b"), QStringLiteral("-N"), at, secret});
    if (!oathtool.waitForFinished(10000)) {
        return {};
    }
    return QString::fromLatin1(oathtool.readAllStandardOutput()).trimmed();
}

} // namespace castellan::console::test
