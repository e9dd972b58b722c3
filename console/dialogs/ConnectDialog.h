#pragma once

#include "api/ApiError.h"
#include "api/AuthApi.h"
#include "api/RestReply.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace castellan::console {

class ConsoleSession;
class PasswordChangeForm;
class RestReply;
class SignInForm;
class TotpEnrollmentForm;

/// Connects the console to a server: sign in, then the first-login duties the server asks for (a new
/// password, TOTP enrollment with the QR code shown here), trusting a self-signed certificate on first use
/// and refusing a changed one loudly. Accepts once the session has begun.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        SignIn,
        PasswordChange,
        TotpEnrollment,
    };

    explicit ConnectDialog(ConsoleSession* session, QWidget* parent = nullptr);

    Step step() const { return m_step; }
    bool isBusy() const { return m_pending != nullptr; }
    SignInForm* signInForm() const { return m_signIn; }
    PasswordChangeForm* passwordChangeForm() const { return m_passwordChange; }
    TotpEnrollmentForm* totpEnrollmentForm() const { return m_totpEnrollment; }
    QPushButton* primaryButton() const { return m_primaryButton; }

public slots:
    void reject() override;

private:
    void submit();
    void signIn();
    void onSignedIn(const ApiResult<LoginAnswer>& result);
    void onCertificateProblem(const ApiError& error);
    void changePassword();
    void beginTotpEnrollment();
    void confirmTotpEnrollment();
    void continueFirstLogin();
    void finish();
    void forgetCertificate();
    void updatePinnedNote();
    void showStep(Step step);
    void setBusy(RestReply* reply, const QString& note);
    void clearBusy();

    ConsoleSession* m_session;
    AuthApi m_auth;
    Step m_step = Step::SignIn;
    LoginAnswer m_login;
    QString m_signInPassword; ///< the current password for the password change; forgotten at the end
    QPointer<RestReply> m_pending;
    QPointer<QWidget> m_focusBeforeBusy;

    QStackedWidget* m_steps;
    SignInForm* m_signIn;
    PasswordChangeForm* m_passwordChange;
    TotpEnrollmentForm* m_totpEnrollment;
    QLabel* m_busyLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_primaryButton;
};

} // namespace castellan::console
