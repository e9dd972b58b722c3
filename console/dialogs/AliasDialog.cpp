#include "dialogs/AliasDialog.h"

#include <QLineEdit>

namespace castellan::console {

AliasDialog::AliasDialog(RestClient& client, qint64 userId, const QString& username, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_userId(userId), m_alias(new QLineEdit)
{
    setObjectName(QStringLiteral("aliasDialog"));
    setWindowTitle(tr("Add Alias"));
    setIntro(tr("Another login name of <b>%1</b>: the user signs in with it using the same password and factors. "
                "It follows the rules of usernames and no other user or alias may have it.")
                 .arg(username.toHtmlEscaped()));
    m_alias->setObjectName(QStringLiteral("aliasField"));
    addField(tr("&Alias:"), m_alias, QStringLiteral("alias"));
    setSaveText(tr("&Add"));
    m_alias->setFocus();
}

void AliasDialog::submit()
{
    watch(m_api.addAlias(m_userId, m_alias->text().trimmed(), this, [this](const ApiResult<UserAlias>& result) {
        settle(result.error());
        if (result.ok()) {
            emit added(result.value());
            accept();
        }
    }));
}

} // namespace castellan::console
