#pragma once

#include "api/SoftOtpApi.h"
#include "pages/TablePage.h"

class QAction;

namespace castellan::console {

class RestClient;
class SoftOtpDeviceModel;

/// SoftOTP users: every enrolled or pending device with Verified (and why not), a new enrollment's QR code for
/// a user, remote configuration (PIN, biometrics) for one or many selected devices, removal of a device.
class SoftOtpUsersPage : public TablePage
{
    Q_OBJECT

public:
    explicit SoftOtpUsersPage(RestClient& client, QWidget* parent = nullptr);

    SoftOtpDeviceModel* model() const { return m_model; }
    bool canCreate() const override { return true; }
    bool canDelete() const override { return selectedCount() > 0; }

    QAction* configureAction() const { return m_configureAction; }
    QAction* enrollAction() const { return m_enrollAction; }

public slots:
    /// Picks a user and shows a new enrollment's QR code.
    void createItem() override;
    void deleteSelection() override;
    void configureSelected();
    /// A new enrollment QR code for the selected device's user.
    void enrollSelectedUser();

protected:
    void updateActions() override;
    QString emptyText() const override;
    void openItem(const QModelIndex& index) override;
    void retranslateUi() override;

private:
    QList<SoftOtpDevice> selectedDevices() const;
    void showEnrollment(qint64 userId, const QString& username);

    RestClient& m_client;
    SoftOtpApi m_api;
    SoftOtpDeviceModel* m_model;
    QAction* m_newAction;
    QAction* m_enrollAction;
    QAction* m_configureAction;
    QAction* m_deleteAction;
};

} // namespace castellan::console
