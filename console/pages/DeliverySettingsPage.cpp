#include "pages/DeliverySettingsPage.h"

#include "pages/DeliveryChannelForm.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kTitlePointSizeIncrease = 4;
constexpr int kFormWidth = 640;

} // namespace

DeliverySettingsPage::DeliverySettingsPage(RestClient& client, QWidget* parent)
    : ServerPage(ConsolePage::Delivery, parent), m_titleLabel(new QLabel), m_tabs(new QTabWidget),
      m_mail(new DeliveryChannelForm(client, DeliverySettingsApi::Channel::Mail)),
      m_sms(new DeliveryChannelForm(client, DeliverySettingsApi::Channel::Sms))
{
    setObjectName(QStringLiteral("deliverySettingsPage"));
    m_titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSize(titleFont.pointSize() + kTitlePointSizeIncrease);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_tabs->addTab(m_mail, QString());
    m_tabs->addTab(m_sms, QString());
    auto* column = new QVBoxLayout;
    column->addWidget(m_titleLabel);
    column->addWidget(m_tabs);
    auto* holder = new QWidget;
    holder->setMaximumWidth(kFormWidth);
    holder->setLayout(column);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(holder);
    layout->addStretch(1);
    for (DeliveryChannelForm* form : {m_mail, m_sms}) {
        connect(form, &DeliveryChannelForm::statusMessage, this, &ServerPage::statusMessage);
    }
    retranslateUi();
}

void DeliverySettingsPage::retranslateUi()
{
    m_titleLabel->setText(consolePageTitle(page()));
    m_tabs->setTabText(0, tr("&Mail (SMTP)"));
    m_tabs->setTabText(1, tr("S&MS Gateway"));
}

void DeliverySettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    ServerPage::changeEvent(event);
}

void DeliverySettingsPage::refresh()
{
    m_mail->refresh();
    m_sms->refresh();
}

} // namespace castellan::console
