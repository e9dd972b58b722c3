#pragma once

#include "api/FactorsApi.h"
#include "api/LocalUser.h"
#include "dialogs/ServerFormDialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace castellan::console {

class RestClient;

/// Adds a second factor to a user: an authenticator app (TOTP: the server makes the secret, answered once), an
/// HOTP hardware token by serial, seed and counter, or SMS / e-mail codes (to the user's phone or address unless
/// another is given). created() carries the server's answer, with a TOTP secret and its QR code.
class FactorDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    /// `type`: totp, hotp, sms or email.
    FactorDialog(RestClient& client, const LocalUser& user, const QString& type, QWidget* parent = nullptr);

    UserFactorDraft draft() const;
    QLineEdit* field(const QString& name) const { return m_lines.value(name); }
    QComboBox* seedEncoding() const { return m_encoding; }
    QSpinBox* counterBox() const { return m_counter; }

signals:
    void created(const castellan::console::CreatedFactor& factor);

protected:
    void submit() override;

private:
    QLineEdit* addLine(const QString& label, const QString& field, int maxLength, const QString& text = {});

    FactorsApi m_api;
    LocalUser m_user;
    QString m_type;
    QHash<QString, QLineEdit*> m_lines;
    QComboBox* m_encoding = nullptr;
    QSpinBox* m_counter = nullptr;
};

} // namespace castellan::console
