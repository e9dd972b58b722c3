#pragma once

#include "api/FactorsApi.h"
#include "userpage/UserTab.h"

namespace castellan::console {

class RestClient;
class UserFactorModel;

/// A user's second factors: add an authenticator app (QR code and secret shown once), SMS or e-mail codes, assign
/// an HOTP hardware token; resynchronise a token; remove a factor (asks first).
class UserFactorsTab : public UserTab
{
    Q_OBJECT

public:
    explicit UserFactorsTab(RestClient& client, QWidget* parent = nullptr);

    UserFactorModel* model() const { return m_model; }
    void reload() override;
    /// Opens the dialog that adds a factor of `type` (totp, hotp, sms, email).
    void addFactor(const QString& type);
    void resyncSelected();
    void removeSelected();

protected:
    void updateButtons() override;

private:
    void showSecret(const CreatedFactor& created);

    RestClient& m_client;
    FactorsApi m_api;
    UserFactorModel* m_model;
};

} // namespace castellan::console
