#pragma once

#include "api/DashboardApi.h"
#include "api/RestReply.h"
#include "pages/ServerPage.h"

#include <QPointer>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace castellan::console {

class DashboardCard;
class GettingStartedChecklist;
class RestClient;

/// The first page after sign-in: on a server not set up yet the getting-started checklist (each step opens its
/// page); the accepted and rejected authentications of the last hour and day, the users blocked now, the license's
/// use against its limit with the support days left, and the codes not sent in the last day as cards; the
/// authentications by channel and the RADIUS clients heard from recently as small tables. Loads again when shown
/// again and on F5.
class DashboardPage : public ServerPage
{
    Q_OBJECT

public:
    explicit DashboardPage(RestClient& client, QWidget* parent = nullptr);

    bool isLoaded() const { return m_summary.has_value(); }
    bool isLoading() const { return !m_pending.isNull(); }
    const DashboardSummary* summary() const { return m_summary ? &*m_summary : nullptr; }
    GettingStartedChecklist* checklist() const { return m_checklist; }
    DashboardCard* lastHourCard() const { return m_lastHour; }
    DashboardCard* lastDayCard() const { return m_lastDay; }
    DashboardCard* blockedCard() const { return m_blocked; }
    DashboardCard* licenseCard() const { return m_license; }
    DashboardCard* deliveryCard() const { return m_delivery; }
    QTableWidget* authenticationsTable() const { return m_authentications; }
    QTableWidget* radiusClientsTable() const { return m_radiusClients; }
    QLabel* errorLabel() const { return m_errorLabel; }

    /// A channel of the audit log as the admin knows it ("rest" is the validate API).
    static QString channelName(const QString& channel);

public slots:
    void refresh() override;

protected:
    void shownAgain() override { refresh(); }
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildCards();
    QWidget* buildTables();
    void showSummary();
    void showCards();
    void showAuthentications();
    void showRadiusClients();
    void retranslateUi();

    DashboardApi m_api;
    QPointer<RestReply> m_pending;
    std::optional<DashboardSummary> m_summary;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_updatedLabel = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QProgressBar* m_loadingBar = nullptr;
    QLabel* m_errorLabel = nullptr;
    GettingStartedChecklist* m_checklist = nullptr;
    DashboardCard* m_lastHour = nullptr;
    DashboardCard* m_lastDay = nullptr;
    DashboardCard* m_blocked = nullptr;
    DashboardCard* m_license = nullptr;
    DashboardCard* m_delivery = nullptr;
    QLabel* m_authenticationsTitle = nullptr;
    QTableWidget* m_authentications = nullptr;
    QLabel* m_authenticationsEmpty = nullptr;
    QLabel* m_radiusTitle = nullptr;
    QTableWidget* m_radiusClients = nullptr;
    QLabel* m_radiusEmpty = nullptr;
};

} // namespace castellan::console
