#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace castellan::console {

class FieldErrorPresenter;

/// The first step of connecting: server URL, username, password and one-time code.
class SignInForm : public QWidget
{
    Q_OBJECT

public:
    explicit SignInForm(QWidget* parent = nullptr);

    /// The server as typed, "https://" added when no scheme was given; invalid when it is not an HTTPS URL.
    QUrl server() const;
    QString username() const;
    QString password() const;
    QString otp() const;

    void setServer(const QUrl& server);
    void setUsername(const QString& username);
    /// Empties the one-time code (used up, or wrong) and focuses it.
    void clearOtp();
    void setInputsEnabled(bool enabled);
    /// Shows or hides "Forget trusted certificate" for the server typed in.
    void setPinned(bool pinned);
    /// Checks what the console can check itself; false with the problem shown.
    bool validate();

    FieldErrorPresenter* errors() const { return m_errors; }
    QLineEdit* serverField() const { return m_serverField; }
    QLineEdit* usernameField() const { return m_usernameField; }
    QLineEdit* passwordField() const { return m_passwordField; }
    QLineEdit* otpField() const { return m_otpField; }

signals:
    void serverEdited();
    void forgetCertificateRequested();

private:
    QLineEdit* m_serverField;
    QLineEdit* m_usernameField;
    QLineEdit* m_passwordField;
    QLineEdit* m_otpField;
    QPushButton* m_forgetButton;
    FieldErrorPresenter* m_errors;
};

} // namespace castellan::console
