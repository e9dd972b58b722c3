#include "pages/LicenseSummaryView.h"

#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace castellan::console {

namespace {

constexpr int kRows = 6;
constexpr int kPercent = 100;

QLabel* valueLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LicenseSummaryView::LicenseSummaryView(QWidget* parent)
    : QWidget(parent), m_company(valueLabel(QStringLiteral("companyLabel"))),
      m_type(valueLabel(QStringLiteral("typeLabel"))), m_usage(new QProgressBar),
      m_support(valueLabel(QStringLiteral("supportLabel"))), m_push(valueLabel(QStringLiteral("pushLabel"))),
      m_appKey(valueLabel(QStringLiteral("appKeyLabel"))), m_licenseId(valueLabel(QStringLiteral("licenseIdLabel"))),
      m_copyButton(new QToolButton)
{
    setObjectName(QStringLiteral("licenseSummary"));
    m_usage->setObjectName(QStringLiteral("usageBar"));
    m_usage->setTextVisible(true);
    m_appKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFont company = m_company->font();
    company.setBold(true);
    m_company->setFont(company);

    QToolButton* copy = m_copyButton;
    copy->setObjectName(QStringLiteral("copyAppKeyButton"));
    connect(copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_appKey->text()); });
    auto* appKeyRow = new QHBoxLayout;
    appKeyRow->addWidget(m_appKey, 1);
    appKeyRow->addWidget(copy);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (int row = 0; row < kRows; ++row) {
        m_captions.append(new QLabel);
    }
    form->addRow(m_captions.at(0), m_company);
    form->addRow(m_captions.at(1), m_type);
    form->addRow(m_captions.at(2), m_usage);
    form->addRow(m_captions.at(3), m_support);
    form->addRow(m_captions.at(4), m_push);
    form->addRow(m_captions.at(5), appKeyRow);
    form->addRow(QString(), m_licenseId);
    retranslateUi();
}

void LicenseSummaryView::setLicense(const LicenseInfo& license)
{
    m_license = license;
    showLicense();
}

void LicenseSummaryView::showLicense()
{
    if (!m_license) {
        return;
    }
    const LicenseInfo& license = *m_license;
    const QLocale locale;
    m_company->setText(license.company);
    m_type->setText(license.isDemo() ? tr("Demo") : tr("Subscription"));
    m_usage->setRange(0, std::max(1, license.userLimit));
    m_usage->setValue(std::min(license.activeUsers, std::max(1, license.userLimit)));
    m_usage->setFormat(tr("%1 / %2").arg(locale.toString(license.activeUsers), locale.toString(license.userLimit)));
    const bool full = license.userLimit > 0 && license.activeUsers * kPercent >= license.userLimit * 90;
    m_usage->setStyleSheet(full ? QStringLiteral("QProgressBar::chunk { background: #b3261e; }") : QString());
    m_support->setText(supportText());
    const bool warn = license.supportEnded || license.daysLeft <= kSupportWarningDays;
    m_support->setStyleSheet(warn ? QStringLiteral("color: #b3261e;") : QString());
    m_push->setText(display::yesNo(license.pushSubscription));
    m_appKey->setText(license.appKey);
    m_licenseId->setText(license.licenseId.isEmpty() ? QString() : tr("License %1").arg(license.licenseId));
}

QString LicenseSummaryView::supportText() const
{
    const LicenseInfo& license = *m_license;
    const QString date = QLocale().toString(license.supportEndDate, QLocale::ShortFormat);
    if (license.supportEnded) {
        return tr("%1 — ended").arg(date);
    }
    return tr("%1 — %n day(s) left", nullptr, license.daysLeft).arg(date);
}

void LicenseSummaryView::retranslateUi()
{
    const QStringList captions{tr("Company:"),      tr("License type:"),      tr("Users this month:"),
                               tr("Support ends:"), tr("Push subscription:"), tr("App Key:")};
    for (int row = 0; row < kRows; ++row) {
        m_captions.at(row)->setText(captions.at(row));
    }
    m_appKey->setToolTip(tr("Send this key to the vendor to receive your license key"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the App Key"));
    showLicense();
}

void LicenseSummaryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace castellan::console
