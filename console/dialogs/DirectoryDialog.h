#pragma once

#include "api/DirectoriesApi.h"
#include "api/Directory.h"
#include "dialogs/ServerFormDialog.h"

#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace castellan::console {

class RestClient;

/// Creates or changes a directory: name and kind (choosing the kind fills in the search settings the server uses
/// for it), then three tabs. Connection: URLs one per line (tried in order), StartTLS, the CA (pasted or loaded from
/// a file), timeout, the service account (its password write-only: on an existing directory empty keeps it).
/// Users: base DN, filter, login attributes (the first gives the canonical username), the unique id and the
/// attributes each user field is read from. Access: required groups, nested groups, priority, enabled.
/// Test… tests the saved directory.
class DirectoryDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    DirectoryDialog(RestClient& client, QWidget* parent = nullptr);
    DirectoryDialog(RestClient& client, const Directory& existing, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return m_nameField; }
    QComboBox* kindField() const { return m_kindField; }
    QTabWidget* tabs() const { return m_tabs; }
    QPlainTextEdit* urlsField() const { return m_urlsField; }
    QCheckBox* startTlsField() const { return m_startTlsField; }
    QPlainTextEdit* caField() const { return m_caField; }
    QSpinBox* timeoutField() const { return m_timeoutField; }
    QLineEdit* bindDnField() const { return m_bindDnField; }
    QLineEdit* bindPasswordField() const { return m_bindPasswordField; }
    QLineEdit* baseDnField() const { return m_baseDnField; }
    QLineEdit* userFilterField() const { return m_userFilterField; }
    QLineEdit* loginAttributesField() const { return m_loginAttributesField; }
    QLineEdit* uniqueIdField() const { return m_uniqueIdField; }
    /// The candidates field of one of Directory::mappedFields() ("email").
    QLineEdit* attributeField(const QString& field) const { return m_attributeFields.value(field); }
    QPlainTextEdit* groupsField() const { return m_groupsField; }
    QCheckBox* nestedGroupsField() const { return m_nestedGroupsField; }
    QSpinBox* priorityField() const { return m_priorityField; }
    QCheckBox* enabledField() const { return m_enabledField; }
    QPushButton* testButton() const { return m_testButton; }
    /// True once an existing directory's current state (and ETag) has arrived.
    bool loaded() const { return m_loaded; }

    /// Puts a PEM file's text in the CA field; false (with the reason under the field) when it cannot be read.
    bool loadCaFile(const QString& path);

signals:
    void saved(const castellan::console::Directory& directory);

protected:
    void submit() override;
    void updateInputs() override;

private:
    void build();
    QWidget* buildConnectionTab();
    QWidget* buildUsersTab();
    QWidget* buildAccessTab();
    void addTabField(QFormLayout* form, const QString& label, QWidget* input, const QString& field);
    void showDirectory(const Directory& directory);
    void applyKindDefaults(const QString& previousKind);
    void browseCa();
    void openTest();
    Directory draft() const;
    std::optional<QString> bindPasswordToSend() const;
    void finish(const ApiResult<Directory>& result);
    void showTabOfFirstError();

    RestClient& m_client;
    DirectoriesApi m_api;
    std::optional<Directory> m_existing;
    QByteArray m_etag;
    bool m_loaded = false;
    QString m_kind;
    QLineEdit* m_nameField = nullptr;
    QComboBox* m_kindField = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_urlsField = nullptr;
    QCheckBox* m_startTlsField = nullptr;
    QPlainTextEdit* m_caField = nullptr;
    QPushButton* m_caFileButton = nullptr;
    QSpinBox* m_timeoutField = nullptr;
    QLineEdit* m_bindDnField = nullptr;
    QLineEdit* m_bindPasswordField = nullptr;
    QLineEdit* m_baseDnField = nullptr;
    QLineEdit* m_userFilterField = nullptr;
    QLineEdit* m_loginAttributesField = nullptr;
    QLineEdit* m_uniqueIdField = nullptr;
    QMap<QString, QLineEdit*> m_attributeFields;
    QPlainTextEdit* m_groupsField = nullptr;
    QCheckBox* m_nestedGroupsField = nullptr;
    QSpinBox* m_priorityField = nullptr;
    QCheckBox* m_enabledField = nullptr;
    QPushButton* m_testButton = nullptr;
    QMap<QString, QWidget*> m_inputs; ///< API field → input, to show the tab of a refused field
};

} // namespace castellan::console
