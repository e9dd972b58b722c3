#pragma once

#include "api/UsersApi.h"
#include "dialogs/ServerFormDialog.h"

class QLineEdit;

namespace castellan::console {

class RestClient;

/// Adds an alias to a local user: one name, validated by the server like a username and unique among usernames and
/// aliases; a refusal shows under the field.
class AliasDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    AliasDialog(RestClient& client, qint64 userId, const QString& username, QWidget* parent = nullptr);

    QLineEdit* aliasField() const { return m_alias; }

signals:
    void added(const castellan::console::UserAlias& alias);

protected:
    void submit() override;

private:
    UsersApi m_api;
    qint64 m_userId;
    QLineEdit* m_alias;
};

} // namespace castellan::console
