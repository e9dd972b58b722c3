#include "userpage/UserKeysTab.h"

#include "dialogs/MessageBoxes.h"
#include "dialogs/OperationProgress.h"
#include "models/SecurityKeyModel.h"

#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace castellan::console {

UserKeysTab::UserKeysTab(RestClient& client, QWidget* parent)
    : UserTab(parent), m_api(client), m_model(new SecurityKeyModel(this))
{
    setObjectName(QStringLiteral("keysTab"));
    setModel(m_model);
    addStretch();
    connect(addButton(QStringLiteral("remove"), tr("&Remove…")), &QPushButton::clicked, this,
            &UserKeysTab::removeSelected);
    auto* removeKey = new QShortcut(QKeySequence::Delete, view(), nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &UserKeysTab::removeSelected);
    updateButtons();
}

void UserKeysTab::reload()
{
    showLoading();
    m_api.securityKeys(user().id, this, [this](const ApiResult<QList<SecurityKey>>& result) {
        if (!result.ok()) {
            showError(result.error());
            return;
        }
        m_model->setRows(result.value());
        showLoaded(int(result.value().size()),
                   tr("No security keys. Users register keys and passkeys themselves in the portal."));
    });
}

void UserKeysTab::updateButtons()
{
    button(QStringLiteral("remove"))->setEnabled(selectedRow() >= 0);
}

void UserKeysTab::removeSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const SecurityKey key = m_model->rows().at(row);
    messages::confirm(this, tr("Remove Security Key"), tr("Remove the key “%1” of %2?").arg(key.name, user().username),
                      tr("The key no longer signs in; the user can register it again in the portal."), [this, key] {
                          OperationProgress::track(
                              m_api.removeSecurityKey(user().id, key.id, this,
                                                      [this, key](const ApiResult<NoContent>& result) {
                                                          if (!result.ok()) {
                                                              messages::failure(this, tr("Could not remove the key"),
                                                                                result.error());
                                                              return;
                                                          }
                                                          reload();
                                                          emit changed(tr("Key “%1” removed").arg(key.name));
                                                      }),
                              this, tr("Removing the key…"));
                      });
}

} // namespace castellan::console
