#pragma once

#include "api/UsersApi.h"
#include "dialogs/ServerFormDialog.h"

#include <QList>

namespace castellan::console {

class ExpiryField;
class RestClient;

/// Sets the expiration of one or many local users (`POST /users/bulk/expiration`), with quick extensions
/// (+30 days, +90 days, +1 year) from the current expiration or today.
class ExpirationDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    /// `current` is the expiration shown first (the user's, when there is one user).
    ExpirationDialog(RestClient& client, const QList<qint64>& ids, const QString& whom, const QDateTime& current,
                     QWidget* parent = nullptr);

    ExpiryField* expiryField() const { return m_expiry; }

signals:
    /// How many users changed.
    void saved(qint64 updated);

protected:
    void submit() override;

private:
    UsersApi m_api;
    QList<qint64> m_ids;
    ExpiryField* m_expiry;
};

} // namespace castellan::console
