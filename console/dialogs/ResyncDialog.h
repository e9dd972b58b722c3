#pragma once

#include "api/FactorsApi.h"
#include "dialogs/ServerFormDialog.h"

class QLineEdit;

namespace castellan::console {

class RestClient;

/// Resynchronises an HOTP hardware token whose counter ran ahead of the server's (presses without a sign-in), or
/// a TOTP app on a device whose clock is wrong: the admin types two consecutive codes; the server finds them and
/// moves the token's counter past them, or stores the device's clock offset.
class ResyncDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    ResyncDialog(RestClient& client, qint64 userId, const UserFactor& factor, QWidget* parent = nullptr);

    QLineEdit* firstCodeField() const { return m_first; }
    QLineEdit* secondCodeField() const { return m_second; }

signals:
    /// The factor is in step again, as the server now has it.
    void resynchronised(const castellan::console::UserFactor& factor);

protected:
    void submit() override;

private:
    FactorsApi m_api;
    qint64 m_userId;
    qint64 m_factorId;
    QLineEdit* m_first;
    QLineEdit* m_second;
};

} // namespace castellan::console
