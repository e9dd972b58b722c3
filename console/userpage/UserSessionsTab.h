#pragma once

#include "api/UserAccessApi.h"
#include "api/UsersApi.h"
#include "userpage/UserTab.h"

namespace castellan::console {

class PortalSessionModel;
class RestClient;

/// The user's signed-in portal sessions with the applications each signed into by SSO: end one (its SSO
/// session ends with it) or all of them (sign-ins in progress too).
class UserSessionsTab : public UserTab
{
    Q_OBJECT

public:
    explicit UserSessionsTab(RestClient& client, QWidget* parent = nullptr);

    PortalSessionModel* model() const { return m_model; }
    void reload() override;
    void endSelected();
    void endAll();

protected:
    void updateButtons() override;

private:
    UserAccessApi m_api;
    UsersApi m_users;
    PortalSessionModel* m_model;
};

} // namespace castellan::console
