#pragma once

#include "api/UserAccessApi.h"
#include "userpage/UserTab.h"

namespace castellan::console {

class RestClient;
class SecurityKeyModel;

/// The security keys and passkeys the user registered in the portal; removing one asks first.
class UserKeysTab : public UserTab
{
    Q_OBJECT

public:
    explicit UserKeysTab(RestClient& client, QWidget* parent = nullptr);

    SecurityKeyModel* model() const { return m_model; }
    void reload() override;
    void removeSelected();

protected:
    void updateButtons() override;

private:
    UserAccessApi m_api;
    SecurityKeyModel* m_model;
};

} // namespace castellan::console
