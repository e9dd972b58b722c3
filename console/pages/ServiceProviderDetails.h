#pragma once

#include <QGroupBox>

class QLabel;

namespace castellan::console {

struct ServiceProvider;

/// What the SAML page shows of the selected service provider beyond its row: entity ID, ACS and logout URLs,
/// the signing certificate's SHA-256 fingerprint and expiry (expired or expiring soon highlighted), whether it
/// signs its AuthnRequests and the attributes released to it.
class ServiceProviderDetails : public QGroupBox
{
    Q_OBJECT

public:
    explicit ServiceProviderDetails(QWidget* parent = nullptr);

    /// Shows `provider`, or a hint to select one when null.
    void showProvider(const ServiceProvider* provider);
    /// The value label of a row: "entityId", "acs", "slo", "fingerprint", "expiry", "signing", "attributes".
    QLabel* value(const QString& name) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* addRow(const QString& name);

    QList<QLabel*> m_captions;
    QList<QLabel*> m_values;
    QLabel* m_hint;
};

} // namespace castellan::console
