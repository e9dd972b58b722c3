#include "dialogs/ConnectDialog.h"

#include "api/RestClient.h"
#include "app/ConsoleSession.h"
#include "dialogs/CertificateApprovalDialog.h"
#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/PasswordChangeForm.h"
#include "dialogs/SignInForm.h"
#include "dialogs/TotpEnrollmentForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

const QUrl kDefaultServer(QStringLiteral("https://127.0.0.1:8443"));
const QString kDefaultAdmin = QStringLiteral("admin");
constexpr int kMinimumWidth = 460;

} // namespace

ConnectDialog::ConnectDialog(ConsoleSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_auth(*session->client()), m_steps(new QStackedWidget),
      m_signIn(new SignInForm), m_passwordChange(new PasswordChangeForm), m_totpEnrollment(new TotpEnrollmentForm),
      m_busyLabel(new QLabel), m_buttons(new QDialogButtonBox), m_primaryButton(nullptr)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Server"));
    setMinimumWidth(kMinimumWidth);

    const QUrl lastServer = ConsoleSession::lastServer();
    const QString lastAdmin = ConsoleSession::lastAdmin();
    m_signIn->setServer(lastServer.isValid() ? lastServer : kDefaultServer);
    m_signIn->setUsername(lastAdmin.isEmpty() ? kDefaultAdmin : lastAdmin);
    m_steps->addWidget(m_signIn);
    m_steps->addWidget(m_passwordChange);
    m_steps->addWidget(m_totpEnrollment);

    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_primaryButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_primaryButton->setObjectName(QStringLiteral("primaryButton"));
    m_primaryButton->setDefault(true);
    // Enter always means the step's action: no other button may take over the default when it gets focus.
    m_buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_signIn, &SignInForm::serverEdited, this, &ConnectDialog::updatePinnedNote);
    connect(m_signIn, &SignInForm::forgetCertificateRequested, this, &ConnectDialog::forgetCertificate);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_busyLabel, 1);
    footer->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(footer);

    // Room for the error banner and a few field errors on the tallest step, so that an error appearing takes
    // space the dialog already has instead of making it jump.
    const int errorRoom = 4 * fontMetrics().lineSpacing();
    m_steps->setMinimumHeight(m_steps->sizeHint().height() + errorRoom);

    showStep(Step::SignIn);
    updatePinnedNote();
    if (!lastAdmin.isEmpty()) {
        m_signIn->passwordField()->setFocus();
    }
}

void ConnectDialog::showStep(Step step)
{
    m_step = step;
    switch (step) {
    case Step::SignIn:
        m_steps->setCurrentWidget(m_signIn);
        m_primaryButton->setText(tr("&Sign In"));
        break;
    case Step::PasswordChange:
        m_steps->setCurrentWidget(m_passwordChange);
        m_primaryButton->setText(tr("&Change Password"));
        m_passwordChange->setRules(m_login.passwordRules.minLength);
        m_passwordChange->newPasswordField()->setFocus();
        break;
    case Step::TotpEnrollment:
        m_steps->setCurrentWidget(m_totpEnrollment);
        m_primaryButton->setText(tr("C&onfirm"));
        m_totpEnrollment->codeField()->setFocus();
        break;
    }
}

void ConnectDialog::submit()
{
    if (isBusy()) {
        return;
    }
    switch (m_step) {
    case Step::SignIn:
        signIn();
        return;
    case Step::PasswordChange:
        changePassword();
        return;
    case Step::TotpEnrollment:
        confirmTotpEnrollment();
        return;
    }
}

void ConnectDialog::setBusy(RestReply* reply, const QString& note)
{
    m_pending = reply;
    m_focusBeforeBusy = focusWidget();
    m_busyLabel->setText(note);
    m_primaryButton->setEnabled(false);
    m_signIn->setInputsEnabled(false);
    m_passwordChange->setInputsEnabled(false);
    m_totpEnrollment->setInputsEnabled(false);
}

void ConnectDialog::clearBusy()
{
    m_pending = nullptr;
    m_busyLabel->clear();
    m_primaryButton->setEnabled(true);
    m_signIn->setInputsEnabled(true);
    m_passwordChange->setInputsEnabled(true);
    m_totpEnrollment->setInputsEnabled(true);
    // Disabling the inputs took the focus away; give it back so that typing and Enter go on where they were.
    if (m_focusBeforeBusy && m_focusBeforeBusy->isVisible() && m_focusBeforeBusy->isEnabled() &&
        m_steps->currentWidget()->isAncestorOf(m_focusBeforeBusy)) {
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
    }
    m_focusBeforeBusy = nullptr;
}

void ConnectDialog::reject()
{
    // Cancel stops the call under way first; a second Cancel closes.
    if (m_pending) {
        m_pending->cancel();
        return;
    }
    if (m_step != Step::SignIn) {
        m_session->client()->setTokens({}); // half-finished first login: no session
    }
    QDialog::reject();
}

void ConnectDialog::signIn()
{
    if (!m_signIn->validate()) {
        return;
    }
    RestClient* client = m_session->client();
    client->setServer(m_signIn->server());
    client->setTokens({});
    m_signInPassword = m_signIn->password();
    setBusy(m_auth.login(m_signIn->username(), m_signInPassword, m_signIn->otp(), this,
                         [this](const ApiResult<LoginAnswer>& result) { onSignedIn(result); }),
            tr("Signing in…"));
}

void ConnectDialog::onSignedIn(const ApiResult<LoginAnswer>& result)
{
    clearBusy();
    if (!result.ok()) {
        const ApiError error = result.error();
        if (error.isCertificateProblem()) {
            onCertificateProblem(error);
        } else if (!error.isCancelled()) {
            m_signIn->errors()->show(error);
            m_signIn->clearOtp();
        }
        return;
    }
    m_login = result.value();
    m_session->client()->setTokens(m_login.tokens);
    continueFirstLogin();
}

void ConnectDialog::continueFirstLogin()
{
    if (m_login.passwordChangeRequired) {
        showStep(Step::PasswordChange);
        return;
    }
    if (m_login.totpEnrollmentRequired) {
        beginTotpEnrollment();
        return;
    }
    finish();
}

void ConnectDialog::onCertificateProblem(const ApiError& error)
{
    if (error.kind() == ApiError::Kind::CertificateChanged) {
        m_signIn->errors()->showMessage(error.message());
        updatePinnedNote();
        auto* box = new QMessageBox(
            QMessageBox::Critical, tr("Certificate Changed"),
            tr("<b>The certificate of %1 has changed.</b> The connection was refused.").arg(error.hostKey()),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("certificateChangedBox"));
        box->setInformativeText(tr("Trusted: %1\nPresented now: %2\n\nSomeone may be intercepting the connection. "
                                   "If the server's certificate was replaced on purpose, forget the trusted "
                                   "certificate and connect again.")
                                    .arg(error.pinnedFingerprint(), error.fingerprint()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    auto* approval = new CertificateApprovalDialog(error.hostKey(), error.fingerprint(), this);
    approval->setAttribute(Qt::WA_DeleteOnClose);
    connect(approval, &QDialog::accepted, this, [this, approval] {
        m_session->client()->trustCertificate(approval->hostKey(), approval->fingerprint());
        updatePinnedNote();
        signIn();
    });
    approval->open();
}

void ConnectDialog::changePassword()
{
    m_passwordChange->errors()->clear();
    setBusy(m_auth.changePassword(m_signInPassword, m_passwordChange->newPassword(), m_passwordChange->confirmation(),
                                  this,
                                  [this](const ApiResult<NoContent>& result) {
                                      clearBusy();
                                      if (!result.ok()) {
                                          m_passwordChange->errors()->show(result.error());
                                          return;
                                      }
                                      m_signInPassword = m_passwordChange->newPassword();
                                      m_passwordChange->clear();
                                      m_login.passwordChangeRequired = false;
                                      continueFirstLogin();
                                  }),
            tr("Changing the password…"));
}

void ConnectDialog::beginTotpEnrollment()
{
    showStep(Step::TotpEnrollment);
    setBusy(m_auth.beginTotpEnrollment(this,
                                       [this](const ApiResult<TotpEnrollment>& result) {
                                           clearBusy();
                                           if (!result.ok()) {
                                               m_totpEnrollment->errors()->show(result.error());
                                               return;
                                           }
                                           m_totpEnrollment->setEnrollment(result.value());
                                       }),
            tr("Preparing the enrollment…"));
}

void ConnectDialog::confirmTotpEnrollment()
{
    m_totpEnrollment->errors()->clear();
    setBusy(m_auth.confirmTotpEnrollment(m_totpEnrollment->code(), this,
                                         [this](const ApiResult<NoContent>& result) {
                                             clearBusy();
                                             if (!result.ok()) {
                                                 m_totpEnrollment->errors()->show(result.error());
                                                 m_totpEnrollment->clearCode();
                                                 return;
                                             }
                                             m_login.totpEnrollmentRequired = false;
                                             continueFirstLogin();
                                         }),
            tr("Confirming…"));
}

void ConnectDialog::finish()
{
    m_signInPassword.clear();
    m_session->begin(m_signIn->username());
    accept();
}

void ConnectDialog::updatePinnedNote()
{
    const QUrl server = m_signIn->server();
    m_signIn->setPinned(server.isValid() &&
                        !m_session->client()->pins().pinned(CertificatePins::hostKey(server)).isEmpty());
}

void ConnectDialog::forgetCertificate()
{
    const QUrl server = m_signIn->server();
    if (!server.isValid()) {
        return;
    }
    const QString hostKey = CertificatePins::hostKey(server);
    messages::confirm(this, tr("Forget Trusted Certificate"), tr("Forget the certificate trusted for %1?").arg(hostKey),
                      tr("The next connection will show the server's certificate for you to check again."),
                      [this, hostKey] {
                          m_session->client()->pins().forget(hostKey);
                          updatePinnedNote();
                      });
}

} // namespace castellan::console
