#pragma once

#include "api/LocalUser.h"
#include "api/UsersApi.h"
#include "dialogs/ServerFormDialog.h"

#include <optional>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace castellan::console {

class ExpiryField;
class RestClient;

/// Creates a local user (with a password or a generated temporary one) or edits one (every field but the
/// username; guarded by the user's ETag). saved() carries the server's answer.
class UserDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    UserDialog(RestClient& client, QWidget* parent = nullptr);
    /// Edits the user with this id; the form fills in once the server answered.
    UserDialog(RestClient& client, qint64 userId, QWidget* parent = nullptr);

    bool isEditing() const { return m_userId.has_value(); }
    LocalUserDraft draft() const;

    QLineEdit* field(const QString& name) const;
    QRadioButton* generateButton() const { return m_generateButton; }

signals:
    /// The user as the server stored it; `temporaryPassword` when the server generated one.
    void saved(const castellan::console::LocalUser& user, const QString& temporaryPassword);

protected:
    void submit() override;
    void updateInputs() override;

private:
    void build();
    void addPasswordFields();
    QLineEdit* addLine(const QString& label, const QString& field, int maxLength);
    void fill(const LocalUser& user);
    void load();

    UsersApi m_api;
    std::optional<qint64> m_userId;
    QByteArray m_etag;
    QHash<QString, QLineEdit*> m_lines;
    ExpiryField* m_expiry = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QCheckBox* m_enabledBox = nullptr;
    QRadioButton* m_setButton = nullptr;
    QRadioButton* m_generateButton = nullptr;
};

} // namespace castellan::console
