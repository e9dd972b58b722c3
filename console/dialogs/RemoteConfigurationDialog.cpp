#include "dialogs/RemoteConfigurationDialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace castellan::console {

RemoteConfigurationDialog::RemoteConfigurationDialog(RestClient& client, const QList<SoftOtpDevice>& devices,
                                                     QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_devices(devices),
      m_pinBox(new QCheckBox(tr("Ask for the app's PIN before showing a code or answering a push"))),
      m_biometricBox(new QCheckBox(tr("Ask for a fingerprint or face before showing a code or answering a push"))),
      m_mixedNote(new QLabel)
{
    setObjectName(QStringLiteral("remoteConfigurationDialog"));
    setWindowTitle(tr("Remote Configuration"));
    m_pinBox->setObjectName(QStringLiteral("pinBox"));
    m_biometricBox->setObjectName(QStringLiteral("biometricBox"));
    m_mixedNote->setObjectName(QStringLiteral("mixedNote"));
    m_mixedNote->setWordWrap(true);
    if (devices.size() == 1) {
        setIntro(tr("Settings for %1's device “%2”. The app applies them at its next sync.")
                     .arg(devices.first().username.toHtmlEscaped(), devices.first().label.toHtmlEscaped()));
    } else {
        setIntro(
            tr("Settings for %n device(s). The apps apply them at their next sync.", nullptr, int(devices.size())));
    }
    int pin = 0;
    int biometric = 0;
    for (const SoftOtpDevice& device : devices) {
        pin += device.pinRequired;
        biometric += device.biometricRequired;
    }
    setUp(m_pinBox, pin, int(devices.size()));
    setUp(m_biometricBox, biometric, int(devices.size()));
    addField(tr("PIN required:"), m_pinBox, QStringLiteral("pin_required"));
    addField(tr("Biometric required:"), m_biometricBox, QStringLiteral("biometric_required"));
    form()->addRow(QString(), m_mixedNote);
    setSaveText(tr("&Apply"));
    connect(m_pinBox, &QCheckBox::stateChanged, this, &RemoteConfigurationDialog::updateInputs);
    connect(m_biometricBox, &QCheckBox::stateChanged, this, &RemoteConfigurationDialog::updateInputs);
    updateInputs();
}

void RemoteConfigurationDialog::setUp(QCheckBox* box, int enabledCount, int total)
{
    // Mixed: half-checked until the admin clicks, after which the box is an ordinary two-state one.
    const bool mixed = enabledCount > 0 && enabledCount < total;
    box->setTristate(mixed);
    box->setCheckState(mixed ? Qt::PartiallyChecked : (enabledCount > 0 ? Qt::Checked : Qt::Unchecked));
    if (mixed) {
        QObject::connect(box, &QCheckBox::clicked, box, [box] { box->setTristate(false); });
    }
}

void RemoteConfigurationDialog::updateInputs()
{
    const bool mixed =
        m_pinBox->checkState() == Qt::PartiallyChecked || m_biometricBox->checkState() == Qt::PartiallyChecked;
    m_mixedNote->setText(mixed ? tr("The selected devices differ here; choose a value for all of them.") : QString());
    m_mixedNote->setVisible(mixed);
    saveButton()->setEnabled(!mixed && !isBusy());
}

RemoteConfiguration RemoteConfigurationDialog::configuration() const
{
    return {m_pinBox->checkState() == Qt::Checked, m_biometricBox->checkState() == Qt::Checked};
}

void RemoteConfigurationDialog::submit()
{
    if (m_devices.size() == 1) {
        watch(m_api.configure(m_devices.first(), configuration(), this, [this](const ApiResult<SoftOtpDevice>& result) {
            settle(result.error());
            if (result.ok()) {
                emit saved(1);
                accept();
            }
        }));
        return;
    }
    QList<qint64> ids;
    for (const SoftOtpDevice& device : m_devices) {
        ids.append(device.id);
    }
    watch(m_api.configureMany(ids, configuration(), this, [this](const ApiResult<qint64>& result) {
        settle(result.error());
        if (result.ok()) {
            emit saved(result.value());
            accept();
        }
    }));
}

} // namespace castellan::console
