#pragma once

#include "pages/ServerPage.h"

class QLabel;
class QTabWidget;

namespace castellan::console {

class DeliveryChannelForm;
class RestClient;

/// Mail and SMS delivery: the SMTP server and the SMS gateway the server sends codes and alarms through, each
/// on its own tab with a test message.
class DeliverySettingsPage : public ServerPage
{
    Q_OBJECT

public:
    explicit DeliverySettingsPage(RestClient& client, QWidget* parent = nullptr);

    DeliveryChannelForm* mailForm() const { return m_mail; }
    DeliveryChannelForm* smsForm() const { return m_sms; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void refresh() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_titleLabel;
    QTabWidget* m_tabs;
    DeliveryChannelForm* m_mail;
    DeliveryChannelForm* m_sms;
};

} // namespace castellan::console
