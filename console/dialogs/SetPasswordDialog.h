#pragma once

#include "api/LocalUser.h"
#include "api/UsersApi.h"
#include "dialogs/ServerFormDialog.h"

class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace castellan::console {

class RestClient;

/// Sets a local user's password, or has the server generate a temporary one (shown once after saving).
class SetPasswordDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    SetPasswordDialog(RestClient& client, const LocalUser& user, QWidget* parent = nullptr);

    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* confirmationField() const { return m_confirmation; }
    QRadioButton* generateButton() const { return m_generateButton; }

signals:
    /// The password was set; `temporaryPassword` is the generated one (empty when the admin chose it).
    void saved(const QString& temporaryPassword);

protected:
    void submit() override;
    void updateInputs() override;

private:
    UsersApi m_api;
    LocalUser m_user;
    QRadioButton* m_setButton;
    QRadioButton* m_generateButton;
    QLineEdit* m_password;
    QLineEdit* m_confirmation;
    QCheckBox* m_mustChangeBox;
};

} // namespace castellan::console
