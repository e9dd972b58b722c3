#pragma once

#include "api/BlocksApi.h"
#include "dialogs/ServerFormDialog.h"

class QCheckBox;
class QLineEdit;

namespace castellan::console {

class DurationEdit;
class RestClient;

/// Blocks a username by hand, for a while or for good.
class BlockUserDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    explicit BlockUserDialog(RestClient& client, QWidget* parent = nullptr);

    QLineEdit* usernameField() const { return m_username; }
    QLineEdit* reasonField() const { return m_reason; }
    DurationEdit* durationField() const { return m_duration; }
    QCheckBox* permanentBox() const { return m_permanent; }

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
};

} // namespace castellan::console
