#pragma once

#include "api/SoftOtpApi.h"
#include "api/SoftOtpDevice.h"
#include "dialogs/ServerFormDialog.h"

#include <QList>

class QCheckBox;
class QLabel;

namespace castellan::console {

class RestClient;

/// Remote configuration of one or many SoftOTP devices: whether the app asks for a PIN and for biometrics.
/// The devices get it at their next sync. When the selected devices differ, the box starts half-checked and
/// the admin must choose before saving.
class RemoteConfigurationDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    RemoteConfigurationDialog(RestClient& client, const QList<SoftOtpDevice>& devices, QWidget* parent = nullptr);

    QCheckBox* pinBox() const { return m_pinBox; }
    QCheckBox* biometricBox() const { return m_biometricBox; }
    RemoteConfiguration configuration() const;

signals:
    /// How many devices were changed.
    void saved(qint64 updated);

protected:
    void submit() override;
    void updateInputs() override;

private:
    static void setUp(QCheckBox* box, int enabledCount, int total);

    SoftOtpApi m_api;
    QList<SoftOtpDevice> m_devices;
    QCheckBox* m_pinBox;
    QCheckBox* m_biometricBox;
    QLabel* m_mixedNote;
};

} // namespace castellan::console
