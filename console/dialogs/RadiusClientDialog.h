#pragma once

#include "api/ApplicationsApi.h"
#include "api/RadiusClient.h"
#include "api/RadiusClientsApi.h"
#include "dialogs/ServerFormDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace castellan::console {

class RestClient;

/// Creates or changes a RADIUS client: name, source address or network, shared secret (Generate makes a strong
/// one, shown only here with a Copy button; on an existing client an empty secret keeps the current one),
/// Message-Authenticator (turning it off explains BlastRADIUS and asks), the radius profile, enabled.
class RadiusClientDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    RadiusClientDialog(RestClient& client, QWidget* parent = nullptr);
    RadiusClientDialog(RestClient& client, const RadiusClient& existing, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return m_nameField; }
    QLineEdit* sourceField() const { return m_sourceField; }
    QLineEdit* secretField() const { return m_secretField; }
    QPushButton* generateButton() const { return m_generateButton; }
    QPushButton* copyButton() const { return m_copyButton; }
    QCheckBox* messageAuthenticatorField() const { return m_messageAuthenticatorField; }
    QComboBox* profileField() const { return m_profileField; }
    QCheckBox* enabledField() const { return m_enabledField; }
    /// True once the radius profiles have arrived for the picker.
    bool profilesLoaded() const { return m_profilesLoaded; }

signals:
    void saved(const castellan::console::RadiusClient& client);

protected:
    void submit() override;

private:
    void build();
    void loadProfiles();
    void selectProfile(std::optional<qint64> id);
    void generateSecret();
    void copySecret();
    void onMessageAuthenticatorClicked(bool checked);
    void finish(const ApiResult<RadiusClient>& result);

    RadiusClientsApi m_api;
    ApplicationsApi m_applications;
    std::optional<RadiusClient> m_existing;
    QByteArray m_etag;
    bool m_profilesLoaded = false;
    QLineEdit* m_nameField = nullptr;
    QLineEdit* m_sourceField = nullptr;
    QLineEdit* m_secretField = nullptr;
    QPushButton* m_generateButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QLabel* m_secretNote = nullptr;
    QCheckBox* m_messageAuthenticatorField = nullptr;
    QComboBox* m_profileField = nullptr;
    QCheckBox* m_enabledField = nullptr;
};

} // namespace castellan::console
