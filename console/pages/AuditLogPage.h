#pragma once

#include "pages/TablePage.h"

class QCheckBox;
class QTimer;

namespace castellan::console {

class AuditEntryModel;
class AuditFilterBar;
class RestClient;

/// The audit log, newest first, filtered by user, actor, event and time; with Live on, the page fetches the
/// first page again every few seconds while it is shown.
class AuditLogPage : public TablePage
{
    Q_OBJECT

public:
    static constexpr int kLiveRefreshMs = 5000;

    explicit AuditLogPage(RestClient& client, QWidget* parent = nullptr);

    AuditEntryModel* model() const { return m_model; }
    AuditFilterBar* filterBar() const { return m_filters; }
    QCheckBox* liveBox() const { return m_liveBox; }
    /// Ctrl+F: the audit log has no free-text search, so Find goes to the user filter.
    bool canSearch() const override { return true; }

public slots:
    void focusSearch() override;
    /// One step of live refresh (the timer's; tests call it).
    void refreshLive();

protected:
    QString emptyText() const override;
    void retranslateUi() override;

private:
    AuditEntryModel* m_model;
    AuditFilterBar* m_filters;
    QCheckBox* m_liveBox;
    QTimer* m_liveTimer;
};

} // namespace castellan::console
