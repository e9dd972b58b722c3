#include "userpage/UserFactorsTab.h"

#include "dialogs/FactorDialog.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/OperationProgress.h"
#include "dialogs/ResyncDialog.h"
#include "dialogs/SecretRevealDialog.h"
#include "models/UserFactorModel.h"

#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace castellan::console {

UserFactorsTab::UserFactorsTab(RestClient& client, QWidget* parent)
    : UserTab(parent), m_client(client), m_api(client), m_model(new UserFactorModel(this))
{
    setObjectName(QStringLiteral("factorsTab"));
    setModel(m_model);
    connect(addButton(QStringLiteral("addTotp"), tr("Add &Authenticator App…")), &QPushButton::clicked, this,
            [this] { addFactor(QStringLiteral("totp")); });
    connect(addButton(QStringLiteral("assignToken"), tr("Assign Hardware &Token…")), &QPushButton::clicked, this,
            [this] { addFactor(QStringLiteral("hotp")); });
    connect(addButton(QStringLiteral("addSms"), tr("Add S&MS…")), &QPushButton::clicked, this,
            [this] { addFactor(QStringLiteral("sms")); });
    connect(addButton(QStringLiteral("addEmail"), tr("Add E-&mail…")), &QPushButton::clicked, this,
            [this] { addFactor(QStringLiteral("email")); });
    addStretch();
    connect(addButton(QStringLiteral("resync"), tr("Res&ynchronise…")), &QPushButton::clicked, this,
            &UserFactorsTab::resyncSelected);
    connect(addButton(QStringLiteral("remove"), tr("&Remove…")), &QPushButton::clicked, this,
            &UserFactorsTab::removeSelected);
    auto* removeKey = new QShortcut(QKeySequence::Delete, view(), nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &UserFactorsTab::removeSelected);
    updateButtons();
}

void UserFactorsTab::reload()
{
    showLoading();
    m_api.list(user().id, this, [this](const ApiResult<QList<UserFactor>>& result) {
        if (!result.ok()) {
            showError(result.error());
            return;
        }
        m_model->setRows(result.value());
        showLoaded(int(result.value().size()), tr("No second factors yet: add one above."));
    });
}

void UserFactorsTab::updateButtons()
{
    const int row = selectedRow();
    const UserFactor* factor = row >= 0 ? &m_model->rows().at(row) : nullptr;
    button(QStringLiteral("remove"))->setEnabled(factor);
    button(QStringLiteral("resync"))
        ->setEnabled(factor && (factor->type == UserFactor::Type::Hotp || factor->type == UserFactor::Type::Totp));
}

void UserFactorsTab::addFactor(const QString& type)
{
    auto* dialog = new FactorDialog(m_client, user(), type, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FactorDialog::created, this, [this](const CreatedFactor& created) {
        reload();
        emit changed(tr("“%1” added").arg(created.factor.label));
        if (!created.secret.isEmpty()) {
            showSecret(created);
        }
    });
    dialog->open();
}

void UserFactorsTab::showSecret(const CreatedFactor& created)
{
    auto* reveal = new SecretRevealDialog(tr("Authenticator App"),
                                          tr("Let %1 scan this QR code with an authenticator app, or type the "
                                             "secret into it. The app then shows a new code every 30 seconds.")
                                              .arg(user().username),
                                          tr("Account:"), user().username, created.secret, this);
    reveal->setAttribute(Qt::WA_DeleteOnClose);
    reveal->showQrCode(created.qrSvg);
    reveal->open();
}

void UserFactorsTab::resyncSelected()
{
    const int row = selectedRow();
    if (row < 0 || (m_model->rows().at(row).type != UserFactor::Type::Hotp &&
                    m_model->rows().at(row).type != UserFactor::Type::Totp)) {
        return;
    }
    auto* dialog = new ResyncDialog(m_client, user().id, m_model->rows().at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResyncDialog::resynchronised, this, [this](const UserFactor& factor) {
        reload();
        emit changed(tr("“%1” resynchronised").arg(factor.label));
    });
    dialog->open();
}

void UserFactorsTab::removeSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const UserFactor factor = m_model->rows().at(row);
    messages::confirm(
        this, tr("Remove Factor"),
        tr("Remove “%1” (%2) from %3?").arg(factor.label, UserFactorModel::typeTitle(factor.type), user().username),
        tr("Its codes stop working at once. This cannot be undone."), [this, factor] {
            OperationProgress::track(m_api.remove(user().id, factor.id, this,
                                                  [this, factor](const ApiResult<NoContent>& result) {
                                                      if (!result.ok()) {
                                                          messages::failure(this, tr("Could not remove the factor"),
                                                                            result.error());
                                                          return;
                                                      }
                                                      reload();
                                                      emit changed(tr("“%1” removed").arg(factor.label));
                                                  }),
                                     this, tr("Removing the factor…"));
        });
}

} // namespace castellan::console
