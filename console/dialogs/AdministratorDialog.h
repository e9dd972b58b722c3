#pragma once

#include "api/Administrator.h"
#include "api/AdminsApi.h"
#include "dialogs/ServerFormDialog.h"

class QLineEdit;

namespace castellan::console {

class RestClient;

/// Adds an administrator by username; the server answers a one-time password (with saved()), which the new
/// administrator changes at the first sign-in, where TOTP enrollment is due.
class AdministratorDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    explicit AdministratorDialog(RestClient& client, QWidget* parent = nullptr);

    QLineEdit* usernameField() const { return m_usernameField; }

signals:
    void saved(const castellan::console::Administrator& admin);

protected:
    void submit() override;

private:
    AdminsApi m_api;
    QLineEdit* m_usernameField;
};

} // namespace castellan::console
