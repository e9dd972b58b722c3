#pragma once

#include "api/DeliverySettingsApi.h"
#include "api/RestReply.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace castellan::console {

class FieldErrorPresenter;
class RestClient;

/// One delivery channel's settings (the SMTP server or the SMS gateway): where they come from, the fields with
/// the server's refusal under each, Save and Revert, and "Send Test Message…", which reports the server's or
/// gateway's exact answer. Secrets are write-only: an empty secret field keeps what is stored, and a check box
/// removes it. Settings the configuration file sets are shown read-only, with that reason.
class DeliveryChannelForm : public QWidget
{
    Q_OBJECT

public:
    /// A setting the form edits: its API name and how it is typed.
    struct Field
    {
        enum class Kind
        {
            Text,
            MultiLine,
            Secret,
            Integer,
            Boolean,
            Method,
        };
        QString name;
        Kind kind = Kind::Text;
        int minimum = 0;
        int maximum = 0;
        int fallback = 0; ///< Integer: the server's default; Boolean: 1 for true
    };

    DeliveryChannelForm(RestClient& client, DeliverySettingsApi::Channel channel, QWidget* parent = nullptr);

    FieldErrorPresenter* errors() const { return m_errors; }
    QWidget* input(const QString& name) const;
    QCheckBox* clearSecretBox() const { return m_clearSecret; }
    QLabel* sourceLabel() const { return m_sourceLabel; }
    QPushButton* saveButton() const { return m_saveButton; }
    QPushButton* testButton() const { return m_testButton; }
    bool isLoaded() const { return m_loaded.has_value(); }
    bool isBusy() const { return m_pending != nullptr; }
    /// The last test's outcome, as shown under the buttons.
    QLabel* testResultLabel() const { return m_testResult; }

public slots:
    void refresh();
    void save();
    /// Asks for an address or phone number (the dialog is skipped when `destination` is given) and sends a test.
    void sendTest(const QString& destination = {});

signals:
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslateUi();
    void show(const DeliverySettings& settings);
    QJsonObject edited() const;
    void updateButtons();
    QString labelOf(const QString& name) const;

    DeliverySettingsApi m_api;
    DeliverySettingsApi::Channel m_channel;
    QList<Field> m_fields;
    QMap<QString, QWidget*> m_inputs;
    QMap<QString, QLabel*> m_labels;
    std::optional<DeliverySettings> m_loaded;
    QPointer<RestReply> m_pending;
    FieldErrorPresenter* m_errors = nullptr;
    QLabel* m_introLabel;
    QLabel* m_sourceLabel;
    QCheckBox* m_clearSecret;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QPushButton* m_testButton;
    QLabel* m_testResult;
};

} // namespace castellan::console
