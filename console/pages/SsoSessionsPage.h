#pragma once

#include "api/SsoSessionsApi.h"
#include "pages/TablePage.h"

class QAction;

namespace castellan::console {

class RestClient;
class SsoSessionModel;

/// SSO sessions: every browser signed into SAML applications through Castellan, who, from where, since when and
/// into which service providers; search by username; end one or several sessions after a Yes/No confirmation
/// (the browser then signs in again for its next application).
class SsoSessionsPage : public TablePage
{
    Q_OBJECT

public:
    explicit SsoSessionsPage(RestClient& client, QWidget* parent = nullptr);

    SsoSessionModel* model() const { return m_model; }
    bool canDelete() const override { return selectedCount() > 0; }
    QAction* endAction() const { return m_endAction; }

public slots:
    /// Ends the selected sessions, after confirmation.
    void deleteSelection() override;

protected:
    void updateActions() override;
    QString emptyText() const override;
    void retranslateUi() override;

private:
    void endSessions(const QStringList& ids);

    SsoSessionsApi m_api;
    SsoSessionModel* m_model;
    QAction* m_endAction;
};

} // namespace castellan::console
