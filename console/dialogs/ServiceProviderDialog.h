#pragma once

#include "api/ApplicationsApi.h"
#include "api/ServiceProvider.h"
#include "api/ServiceProvidersApi.h"
#include "dialogs/ServerFormDialog.h"

#include <QMap>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace castellan::console {

class RestClient;

/// Adds a SAML service provider from its metadata — a file (read by the console), pasted XML, or an https URL
/// the server fetches — or changes one (its metadata kept, or replaced from any of those sources, e.g. when its
/// certificate is renewed) and what the IdP gives it: name, NameID format and the attribute it carries, the
/// released attributes, IdP-initiated sign-in, the signatures (SHA-1 accepted in its requests, with a warning; what
/// the Response signs and with which algorithm), the saml profile, enabled. A refused metadata document or URL is
/// shown under the metadata input with the server's reason.
class ServiceProviderDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static constexpr int kMinimumWidth = 680; ///< room for the four released attributes beside their label

    /// Where the new SP's metadata comes from.
    enum class Source
    {
        File,
        Xml,
        Url,
        Keep, ///< editing: the metadata stays as it is
    };

    ServiceProviderDialog(RestClient& client, QWidget* parent = nullptr);
    ServiceProviderDialog(RestClient& client, const ServiceProvider& existing, QWidget* parent = nullptr);

    void setSource(Source source);
    Source source() const;
    QRadioButton* sourceButton(Source source) const;
    QLineEdit* fileField() const { return m_fileField; }
    QPushButton* browseButton() const { return m_browseButton; }
    QPlainTextEdit* xmlField() const { return m_xmlField; }
    QLineEdit* urlField() const { return m_urlField; }
    QLineEdit* nameField() const { return m_nameField; }
    QComboBox* nameIdFormatField() const { return m_nameIdFormatField; }
    QComboBox* nameIdAttributeField() const { return m_nameIdAttributeField; }
    QCheckBox* attributeField(const QString& attribute) const { return m_attributeFields.value(attribute); }
    QCheckBox* idpInitiatedField() const { return m_idpInitiatedField; }
    QCheckBox* allowSha1Field() const { return m_allowSha1Field; }
    /// Shown while SHA-1 is allowed: SHA-1 is weak.
    QLabel* sha1Warning() const { return m_sha1Warning; }
    QComboBox* responseSigningField() const { return m_responseSigningField; }
    QComboBox* signatureAlgorithmField() const { return m_signatureAlgorithmField; }
    QComboBox* profileField() const { return m_profileField; }
    QCheckBox* enabledField() const { return m_enabledField; }
    /// True once the saml profiles have arrived for the picker.
    bool profilesLoaded() const { return m_profilesLoaded; }

signals:
    void saved(const castellan::console::ServiceProvider& provider);

protected:
    void submit() override;

private:
    void build();
    void buildSource(bool editing);
    /// The signature fields: SHA-1 in the SP's requests (with its warning), what the Response signs and how.
    void buildSigning();
    void loadProfiles();
    void showProvider(const ServiceProvider& provider);
    void browse();
    /// The metadata to send, or nothing when the console could not read it (said under the field).
    std::optional<MetadataSource> metadataSource();
    ServiceProvider fields() const;
    void finish(const ApiResult<ServiceProvider>& result);

    ServiceProvidersApi m_api;
    ApplicationsApi m_applications;
    std::optional<ServiceProvider> m_existing;
    bool m_profilesLoaded = false;
    QButtonGroup* m_sourceGroup = nullptr;
    QStackedWidget* m_sourceStack = nullptr;
    QLineEdit* m_fileField = nullptr;
    QPushButton* m_browseButton = nullptr;
    QPlainTextEdit* m_xmlField = nullptr;
    QLineEdit* m_urlField = nullptr;
    QLineEdit* m_nameField = nullptr;
    QComboBox* m_nameIdFormatField = nullptr;
    QComboBox* m_nameIdAttributeField = nullptr;
    QMap<QString, QCheckBox*> m_attributeFields;
    QCheckBox* m_idpInitiatedField = nullptr;
    QCheckBox* m_allowSha1Field = nullptr;
    QLabel* m_sha1Warning = nullptr;
    QComboBox* m_responseSigningField = nullptr;
    QComboBox* m_signatureAlgorithmField = nullptr;
    QComboBox* m_profileField = nullptr;
    QCheckBox* m_enabledField = nullptr;
};

} // namespace castellan::console
