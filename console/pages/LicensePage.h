#pragma once

#include "api/LicenseApi.h"
#include "pages/ServerPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace castellan::console {

class LicenseSummaryView;
class LicenseUsageModel;
class PagerBar;
class RestClient;
class UsageChart;

/// The license: company, "150 / 200" users this month, type, support end with the days left, push
/// subscription; the users of a month; unique users per month as a chart; entering a license key, the App
/// Key file for the vendor, and the alarm e-mails.
class LicensePage : public ServerPage
{
    Q_OBJECT

public:
    explicit LicensePage(RestClient& client, QWidget* parent = nullptr);

    bool isLoaded() const { return m_license.has_value(); }
    const LicenseInfo* license() const { return m_license ? &*m_license : nullptr; }
    LicenseSummaryView* summary() const { return m_summary; }
    UsageChart* chart() const { return m_chart; }
    LicenseUsageModel* usageModel() const { return m_usageModel; }
    QTableView* usersView() const { return m_usersView; }
    QComboBox* monthField() const { return m_monthField; }

public slots:
    void refresh() override;
    void enterLicenseKey();
    void editAlarms();
    void downloadAppKeyFile();
    /// Writes the App Key file to `path` (what Download does after asking for a file).
    void saveAppKeyFileTo(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildUsers();
    void showLicense(const LicenseInfo& license);
    void showAnalytics(const LicenseAnalytics& analytics);
    void retranslateUi();

    RestClient& m_client;
    LicenseApi m_api;
    std::optional<LicenseInfo> m_license;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_problemLabel = nullptr;
    QLabel* m_chartTitle = nullptr;
    QLabel* m_usersTitle = nullptr;
    QPushButton* m_keyButton = nullptr;
    QPushButton* m_appKeyFileButton = nullptr;
    QPushButton* m_alarmsButton = nullptr;
    LicenseSummaryView* m_summary = nullptr;
    UsageChart* m_chart = nullptr;
    QComboBox* m_monthField = nullptr;
    LicenseUsageModel* m_usageModel = nullptr;
    QTableView* m_usersView = nullptr;
    PagerBar* m_pager = nullptr;
};

} // namespace castellan::console
