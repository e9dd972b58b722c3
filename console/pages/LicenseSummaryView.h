#pragma once

#include "api/LicenseInfo.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace castellan::console {

/// The license at a glance: company, type, "150 / 200" users this month as a bar, the support end with the
/// days left, push subscription, and the App Key to send the vendor.
class LicenseSummaryView : public QWidget
{
    Q_OBJECT

public:
    /// Days before the support end from which it is shown as a warning.
    static constexpr int kSupportWarningDays = 30;

    explicit LicenseSummaryView(QWidget* parent = nullptr);

    void setLicense(const LicenseInfo& license);

    QProgressBar* usageBar() const { return m_usage; }
    QLabel* supportLabel() const { return m_support; }
    QLabel* companyLabel() const { return m_company; }
    QLabel* typeLabel() const { return m_type; }
    QLabel* appKeyLabel() const { return m_appKey; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showLicense();
    QString supportText() const;

    std::optional<LicenseInfo> m_license;
    QList<QLabel*> m_captions;
    QLabel* m_company;
    QLabel* m_type;
    QProgressBar* m_usage;
    QLabel* m_support;
    QLabel* m_push;
    QLabel* m_appKey;
    QLabel* m_licenseId;
    QToolButton* m_copyButton;
};

} // namespace castellan::console
