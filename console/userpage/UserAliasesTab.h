#pragma once

#include "api/UsersApi.h"
#include "userpage/UserTab.h"

class QLabel;

namespace castellan::console {

class RestClient;
class UserAliasModel;

/// The user's aliases (other login names); added through a dialog, removed after a question. Directory users have
/// none: they sign in with the names their directory knows.
class UserAliasesTab : public UserTab
{
    Q_OBJECT

public:
    explicit UserAliasesTab(RestClient& client, QWidget* parent = nullptr);

    UserAliasModel* model() const { return m_model; }
    /// Why a directory user has no alias actions; hidden for a local user.
    QLabel* directoryNote() const { return m_directoryNote; }
    void reload() override;
    void addAlias();
    void removeSelected();

protected:
    void updateButtons() override;

private:
    RestClient& m_client;
    UsersApi m_api;
    UserAliasModel* m_model;
    QLabel* m_directoryNote;
};

} // namespace castellan::console
