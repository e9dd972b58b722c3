#pragma once

#include <QWidget>

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

    FieldErrorPresenter* errors() const { return m_errors; }
    QLineEdit* newPasswordField() const { return m_newPasswordField; }
    QLineEdit* confirmationField() const { return m_confirmationField; }

private:
    QLineEdit* m_newPasswordField;
    QLineEdit* m_confirmationField;
    FieldErrorPresenter* m_errors;
};

} // namespace castellan::console
