#pragma once

#include "api/UsersApi.h"
#include "dialogs/ServerFormDialog.h"

#include <QList>

class QComboBox;
class QLabel;
class QRadioButton;

namespace castellan::console {

class ExpiryField;
class RestClient;

/// Changes the expiration of one or many local users (`POST /users/bulk/expiration`) in one of two ways, and says
/// which before Apply: set every selected user to one date (or never), or extend each user's own date by 30 days,
/// 90 days or a calendar year (users who never expire stay so; expired users get the extension from today).
/// One user opens on their date; a selection of several opens on extending, which cannot cut anyone's date short.
class ExpirationDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    /// `current` is the expiration shown first (the user's, when there is one user).
    ExpirationDialog(RestClient& client, const QList<qint64>& ids, const QString& whom, const QDateTime& current,
                     QWidget* parent = nullptr);

    ExpiryField* expiryField() const { return m_expiry; }
    QRadioButton* setButton() const { return m_setButton; }
    QRadioButton* extendButton() const { return m_extendButton; }
    QComboBox* extensionBox() const { return m_extension; }
    /// What Apply will do, in a sentence.
    QLabel* effectLabel() const { return m_effect; }

signals:
    /// How many users changed.
    void saved(qint64 updated);

protected:
    void submit() override;
    void updateInputs() override;

private:
    ExpirationExtension chosenExtension() const;

    UsersApi m_api;
    QList<qint64> m_ids;
    ExpiryField* m_expiry;
    QRadioButton* m_setButton;
    QRadioButton* m_extendButton;
    QComboBox* m_extension;
    QLabel* m_effect;
};

} // namespace castellan::console
