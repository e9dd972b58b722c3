#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;
class QTimer;

namespace castellan::console {

class AuditEntryModel;
class RestClient;

/// The user's recent events: their audit entries, newest first, searchable (event, reason, address), paged.
class UserEventsTab : public QWidget
{
    Q_OBJECT

public:
    explicit UserEventsTab(RestClient& client, QWidget* parent = nullptr);

    void setUsername(const QString& username);
    void reload();

    AuditEntryModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* view() const { return m_view; }

private:
    AuditEntryModel* m_model;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QTableView* m_view;
};

} // namespace castellan::console
