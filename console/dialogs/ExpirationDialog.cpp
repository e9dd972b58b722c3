#include "dialogs/ExpirationDialog.h"

#include "dialogs/ExpiryField.h"
#include "dialogs/FieldErrorPresenter.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>

namespace castellan::console {

namespace {

constexpr int kMonth = 30;
constexpr int kQuarter = 90;
constexpr int kYearInMonths = 12;

} // namespace

ExpirationDialog::ExpirationDialog(RestClient& client, const QList<qint64>& ids, const QString& whom,
                                   const QDateTime& current, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_ids(ids), m_expiry(new ExpiryField),
      m_setButton(new QRadioButton(tr("&Set to:"))),
      m_extendButton(new QRadioButton(tr("E&xtend each user's own date by:"))), m_extension(new QComboBox),
      m_effect(new QLabel)
{
    setObjectName(QStringLiteral("expirationDialog"));
    setWindowTitle(tr("Set Expiration"));
    setIntro(whom);
    m_setButton->setObjectName(QStringLiteral("setExpirationButton"));
    m_extendButton->setObjectName(QStringLiteral("extendExpirationButton"));
    m_extension->setObjectName(QStringLiteral("extensionBox"));
    m_effect->setObjectName(QStringLiteral("effectLabel"));
    m_effect->setWordWrap(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_setButton);
    modes->addButton(m_extendButton);

    m_expiry->setExpiry(current);
    form()->addRow(m_setButton);
    addField(QString(), m_expiry, QStringLiteral("expires_at"));
    m_extension->addItem(tr("30 days"), QVariant::fromValue(kMonth));
    m_extension->addItem(tr("90 days"), QVariant::fromValue(kQuarter));
    m_extension->addItem(tr("1 year (calendar)"), QVariant::fromValue(-kYearInMonths));
    form()->addRow(m_extendButton);
    addField(QString(), m_extension, QStringLiteral("extend_days"));
    errors()->alias(QStringLiteral("extend_months"), QStringLiteral("extend_days"));
    form()->addRow(m_effect);

    (ids.size() == 1 ? m_setButton : m_extendButton)->setChecked(true);
    connect(modes, &QButtonGroup::buttonToggled, this, [this] { updateInputs(); });
    connect(m_extension, &QComboBox::currentIndexChanged, this, [this] { updateInputs(); });
    connect(m_expiry, &ExpiryField::changed, this, [this] { updateInputs(); });
    setSaveText(tr("&Apply"));
    updateInputs();
}

ExpirationExtension ExpirationDialog::chosenExtension() const
{
    const int value = m_extension->currentData().toInt();
    return value < 0 ? ExpirationExtension{ExpirationExtension::Unit::Months, -value}
                     : ExpirationExtension{ExpirationExtension::Unit::Days, value};
}

void ExpirationDialog::updateInputs()
{
    const bool extending = m_extendButton->isChecked();
    m_expiry->setEnabled(!extending);
    m_extension->setEnabled(extending);
    const int users = int(m_ids.size());
    if (extending) {
        m_effect->setText(
            tr("Apply moves the expiration of each of the %n selected user(s) later by %1, from that user's own "
               "date. Users who never expire stay so; users already expired get it from today.",
               nullptr, users)
                .arg(m_extension->currentText()));
    } else if (m_expiry->expiry().isValid()) {
        m_effect->setText(tr("Apply sets the expiration of the %n selected user(s) to %1.", nullptr, users)
                              .arg(QLocale().toString(m_expiry->expiry().date(), QLocale::LongFormat)));
    } else {
        m_effect->setText(tr("Apply makes the %n selected user(s) never expire.", nullptr, users));
    }
}

void ExpirationDialog::submit()
{
    if (m_extendButton->isChecked()) {
        watch(m_api.extendExpiration(m_ids, chosenExtension(), this, [this](const ApiResult<ExtensionResult>& result) {
            settle(result.error());
            if (result.ok()) {
                emit saved(result.value().extended);
                accept();
            }
        }));
        return;
    }
    watch(m_api.setExpiration(m_ids, m_expiry->expiry(), this, [this](const ApiResult<qint64>& result) {
        settle(result.error());
        if (result.ok()) {
            emit saved(result.value());
            accept();
        }
    }));
}

} // namespace castellan::console
