#pragma once

#include "api/ApplicationProfile.h"
#include "api/ApplicationsApi.h"
#include "dialogs/ServerFormDialog.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace castellan::console {

class ReplyAttributesEditor;
class RestClient;

/// Creates or changes an application profile: name, type (fixed once created), allowed factors, password and
/// second factor required, enabled; radius profiles also the appended OTP length and reply attributes (names
/// completed from the server's dictionary). An existing profile shows who uses it.
class ApplicationDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    ApplicationDialog(RestClient& client, QWidget* parent = nullptr);
    ApplicationDialog(RestClient& client, const ApplicationProfile& existing, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return m_nameField; }
    QComboBox* typeField() const { return m_typeField; }
    QCheckBox* factorField(const QString& factor) const { return m_factorFields.value(factor); }
    QCheckBox* passwordRequiredField() const { return m_passwordRequiredField; }
    QCheckBox* secondFactorRequiredField() const { return m_secondFactorRequiredField; }
    QComboBox* appendedOtpField() const { return m_appendedOtpField; }
    ReplyAttributesEditor* replyAttributesField() const { return m_replyAttributesField; }
    QCheckBox* enabledField() const { return m_enabledField; }
    QLabel* usedByLabel() const { return m_usedByLabel; }
    /// True once the dictionary's names have arrived for completion.
    bool dictionaryLoaded() const { return m_dictionaryLoaded; }

signals:
    void saved(const castellan::console::ApplicationProfile& profile);

protected:
    void submit() override;
    void updateInputs() override;

private:
    void build();
    void fill(const ApplicationProfile& profile);
    void loadDictionary();
    QString currentType() const;
    void finish(const ApiResult<ApplicationProfile>& result);

    ApplicationsApi m_api;
    std::optional<ApplicationProfile> m_existing;
    QByteArray m_etag;
    bool m_dictionaryLoaded = false;
    QLineEdit* m_nameField = nullptr;
    QComboBox* m_typeField = nullptr;
    QMap<QString, QCheckBox*> m_factorFields;
    QCheckBox* m_passwordRequiredField = nullptr;
    QCheckBox* m_secondFactorRequiredField = nullptr;
    QComboBox* m_appendedOtpField = nullptr;
    ReplyAttributesEditor* m_replyAttributesField = nullptr;
    QCheckBox* m_enabledField = nullptr;
    QLabel* m_usedByLabel = nullptr;
};

} // namespace castellan::console
