#pragma once

#include "api/BlocksApi.h"
#include "api/UsersApi.h"
#include "dialogs/ServerFormDialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace castellan::console {

class DurationEdit;
class RestClient;

/// Blocks a username by hand, for a while or for good. The username completes from the local users on the server,
/// and a note under it says whether it names one (a block may also be set on a name no local user has yet).
class BlockUserDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    explicit BlockUserDialog(RestClient& client, QWidget* parent = nullptr);

    QLineEdit* usernameField() const { return m_username; }
    QLineEdit* reasonField() const { return m_reason; }
    DurationEdit* durationField() const { return m_duration; }
    QCheckBox* permanentBox() const { return m_permanent; }
    /// Whether the typed name is a local user, as last looked up.
    QLabel* matchLabel() const { return m_match; }

signals:
    void saved(const castellan::console::UserBlock& block);

protected:
    void submit() override;
    void updateInputs() override;

private:
    BlocksApi m_api;
    QLineEdit* m_username;
    QLineEdit* m_reason;
    DurationEdit* m_duration;
    QCheckBox* m_permanent;
    UsersApi m_users;
    QLabel* m_match;
    QStringListModel* m_suggestions;
    QTimer* m_lookupTimer;

    void lookUp();
};

} // namespace castellan::console
