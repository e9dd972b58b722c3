#include "pages/ServiceProviderDetails.h"

#include "api/ServiceProvider.h"
#include "models/DisplayFormat.h"
#include "models/ServiceProviderModel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>

namespace castellan::console {

namespace {

const QStringList kRows{QStringLiteral("entityId"),    QStringLiteral("acs"),    QStringLiteral("slo"),
                        QStringLiteral("fingerprint"), QStringLiteral("expiry"), QStringLiteral("signing"),
                        QStringLiteral("attributes")};

} // namespace

ServiceProviderDetails::ServiceProviderDetails(QWidget* parent) : QGroupBox(parent), m_hint(new QLabel)
{
    setObjectName(QStringLiteral("serviceProviderDetails"));
    auto* layout = new QFormLayout(this);
    m_hint->setObjectName(QStringLiteral("detailsHint"));
    m_hint->setEnabled(false);
    layout->addRow(m_hint);
    for (const QString& name : kRows) {
        auto* caption = new QLabel;
        auto* value = new QLabel;
        value->setObjectName(name + QStringLiteral("Value"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_captions.append(caption);
        m_values.append(value);
        layout->addRow(caption, value);
    }
    value(QStringLiteral("fingerprint"))->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    retranslateUi();
    showProvider(nullptr);
}

QLabel* ServiceProviderDetails::value(const QString& name) const
{
    const auto at = kRows.indexOf(name);
    return at < 0 ? nullptr : m_values.at(at);
}

void ServiceProviderDetails::retranslateUi()
{
    setTitle(tr("Selected Service Provider"));
    m_hint->setText(tr("Select a service provider to see its metadata."));
    const QStringList captions{tr("Entity ID:"),           tr("ACS URLs:"),           tr("Logout URL:"),
                               tr("Certificate SHA-256:"), tr("Certificate expiry:"), tr("AuthnRequests:"),
                               tr("Released attributes:")};
    for (int i = 0; i < m_captions.size(); ++i) {
        m_captions.at(i)->setText(captions.at(i));
    }
}

void ServiceProviderDetails::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void ServiceProviderDetails::showProvider(const ServiceProvider* sp)
{
    m_hint->setVisible(!sp);
    for (int i = 0; i < m_values.size(); ++i) {
        m_captions.at(i)->setVisible(sp);
        m_values.at(i)->setVisible(sp);
    }
    if (!sp) {
        return;
    }
    value(QStringLiteral("entityId"))->setText(sp->entityId);
    value(QStringLiteral("acs"))->setText(sp->acsUrls.join(QLatin1Char('\n')));
    QString logout = sp->singleLogoutUrl.isEmpty() ? tr("None") : sp->singleLogoutUrl;
    if (!sp->backChannelLogoutUrl.isEmpty()) {
        logout += QLatin1Char('\n') + tr("%1 (back channel, SOAP)").arg(sp->backChannelLogoutUrl);
    }
    value(QStringLiteral("slo"))->setText(logout);
    value(QStringLiteral("fingerprint"))
        ->setText(sp->certificateFingerprint.isEmpty() ? tr("No signing certificate in the metadata")
                                                       : sp->certificateFingerprint);
    QLabel* expiry = value(QStringLiteral("expiry"));
    expiry->setText(ServiceProviderModel::certificateText(*sp));
    switch (sp->certificateState(QDateTime::currentDateTimeUtc())) {
    case ServiceProvider::CertificateState::Expired:
        expiry->setText(expiry->text() + QStringLiteral(" — ") +
                        tr("the SP's signed requests can no longer be trusted; ask for new metadata"));
        expiry->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        break;
    case ServiceProvider::CertificateState::ExpiringSoon:
        expiry->setText(expiry->text() + QStringLiteral(" — ") +
                        tr("expires within %n day(s)", nullptr, ServiceProvider::kExpiringDays));
        expiry->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
        break;
    default:
        expiry->setStyleSheet(QString());
    }
    value(QStringLiteral("signing"))
        ->setText(sp->authnRequestsSigned ? tr("Signed (checked against the certificate)") : tr("Not signed"));
    QStringList attributes;
    for (const QString& attribute : sp->attributes) {
        attributes.append(ServiceProviderModel::attributeText(attribute));
    }
    value(QStringLiteral("attributes"))
        ->setText(attributes.isEmpty() ? tr("None") : attributes.join(QStringLiteral(", ")));
}

} // namespace castellan::console
