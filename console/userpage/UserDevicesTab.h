#pragma once

#include "api/SoftOtpApi.h"
#include "userpage/UserTab.h"

class QSortFilterProxyModel;

namespace castellan::console {

class RestClient;
class SoftOtpDeviceModel;

/// The user's SoftOTP devices (the Castellan app on a phone): enroll another, remove one (asks first).
class UserDevicesTab : public UserTab
{
    Q_OBJECT

public:
    explicit UserDevicesTab(RestClient& client, QWidget* parent = nullptr);

    SoftOtpDeviceModel* model() const { return m_model; }
    void reload() override;
    void enroll();
    void removeSelected();

protected:
    void updateButtons() override;

private:
    RestClient& m_client;
    SoftOtpApi m_api;
    SoftOtpDeviceModel* m_model;
    QSortFilterProxyModel* m_ownDevices;
};

} // namespace castellan::console
