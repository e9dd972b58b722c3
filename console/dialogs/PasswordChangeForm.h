#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace castellan::console {

class FieldErrorPresenter;

/// The first-login duty of choosing a new password (the one-time password was only for the first sign-in).
class PasswordChangeForm : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordChangeForm(QWidget* parent = nullptr);

    QString newPassword() const;
    QString confirmation() const;
    void setInputsEnabled(bool enabled);
    void clear();
    /// Shows the server's rules under the fields before the first attempt; `minLength` 0 shows none.
    void setRules(int minLength);

    FieldErrorPresenter* errors() const { return m_errors; }
    QLineEdit* newPasswordField() const { return m_newPasswordField; }
    QLineEdit* confirmationField() const { return m_confirmationField; }
    QLabel* rulesLabel() const { return m_rulesLabel; }

private:
    QLineEdit* m_newPasswordField;
    QLineEdit* m_confirmationField;
    QLabel* m_rulesLabel;
    FieldErrorPresenter* m_errors;
};

} // namespace castellan::console
