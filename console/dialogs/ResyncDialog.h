#pragma once

#include "api/FactorsApi.h"
#include "dialogs/ServerFormDialog.h"

class QLineEdit;

namespace castellan::console {

class RestClient;

/// Resynchronises an HOTP hardware token whose counter ran ahead of the server's (presses without a sign-in):
/// the admin types two consecutive codes the token shows; the server finds them among the next codes and moves
/// its counter past them.
class ResyncDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    ResyncDialog(RestClient& client, qint64 userId, const UserFactor& factor, QWidget* parent = nullptr);

    QLineEdit* firstCodeField() const { return m_first; }
    QLineEdit* secondCodeField() const { return m_second; }

signals:
    /// The token is in step again; `counter` is the next counter the server expects.
    void resynchronised(qint64 counter);

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
