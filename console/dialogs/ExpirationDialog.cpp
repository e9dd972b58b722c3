#include "dialogs/ExpirationDialog.h"

#include "dialogs/ExpiryField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>

namespace castellan::console {

namespace {

constexpr int kMonth = 30;
constexpr int kQuarter = 90;
constexpr int kYear = 365;

} // namespace

ExpirationDialog::ExpirationDialog(RestClient& client, const QList<qint64>& ids, const QString& whom,
                                   const QDateTime& current, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_ids(ids), m_expiry(new ExpiryField)
{
    setObjectName(QStringLiteral("expirationDialog"));
    setWindowTitle(tr("Set Expiration"));
    setIntro(whom);
    m_expiry->setExpiry(current);
    addField(tr("E&xpiration:"), m_expiry, QStringLiteral("expires_at"));

    auto* extensions = new QHBoxLayout;
    for (const auto& [days, text] :
         {std::pair{kMonth, tr("+30 days")}, std::pair{kQuarter, tr("+90 days")}, std::pair{kYear, tr("+1 year")}}) {
        auto* button = new QPushButton(text);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, m_expiry, [this, days = days] { m_expiry->extendBy(days); });
        extensions->addWidget(button);
    }
    extensions->addStretch(1);
    form()->addRow(tr("Extend:"), extensions);
    setSaveText(tr("&Apply"));
}

void ExpirationDialog::submit()
{
    watch(m_api.setExpiration(m_ids, m_expiry->expiry(), this, [this](const ApiResult<qint64>& result) {
        settle(result.error());
        if (result.ok()) {
            emit saved(result.value());
            accept();
        }
    }));
}

} // namespace castellan::console
