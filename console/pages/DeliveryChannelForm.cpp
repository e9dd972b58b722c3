#include "pages/DeliveryChannelForm.h"

#include "api/ApiError.h"
#include "dialogs/FieldErrorPresenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kHttpPreconditionFailed = 412;

using Kind = DeliveryChannelForm::Field::Kind;

QList<DeliveryChannelForm::Field> fieldsOf(DeliverySettingsApi::Channel channel)
{
    if (channel == DeliverySettingsApi::Channel::Mail) {
        return {{QStringLiteral("host"), Kind::Text},
                {QStringLiteral("port"), Kind::Integer, 1, 65535, 25},
                {QStringLiteral("starttls"), Kind::Boolean, 0, 0, 1},
                {QStringLiteral("user"), Kind::Text},
                {QStringLiteral("password"), Kind::Secret},
                {QStringLiteral("from"), Kind::Text},
                {QStringLiteral("timeout_seconds"), Kind::Integer, 1, 300, 30}};
    }
    return {
        {QStringLiteral("url"), Kind::Text},          {QStringLiteral("method"), Kind::Method},
        {QStringLiteral("content_type"), Kind::Text}, {QStringLiteral("body"), Kind::MultiLine},
        {QStringLiteral("headers"), Kind::Secret},    {QStringLiteral("success_status"), Kind::Text},
        {QStringLiteral("success_body"), Kind::Text}, {QStringLiteral("timeout_seconds"), Kind::Integer, 1, 120, 10}};
}

} // namespace

DeliveryChannelForm::DeliveryChannelForm(RestClient& client, DeliverySettingsApi::Channel channel, QWidget* parent)
    : QWidget(parent), m_api(client), m_channel(channel), m_fields(fieldsOf(channel)), m_introLabel(new QLabel),
      m_sourceLabel(new QLabel), m_clearSecret(new QCheckBox), m_saveButton(new QPushButton),
      m_revertButton(new QPushButton), m_testButton(new QPushButton), m_testResult(new QLabel)
{
    setObjectName(channel == DeliverySettingsApi::Channel::Mail ? QStringLiteral("mailForm")
                                                                : QStringLiteral("smsForm"));
    build();
    retranslateUi();
    updateButtons();
}

QWidget* DeliveryChannelForm::input(const QString& name) const
{
    return m_inputs.value(name);
}

void DeliveryChannelForm::build()
{
    m_introLabel->setWordWrap(true);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setWordWrap(true);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clearSecret->setObjectName(QStringLiteral("clearSecretBox"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_testButton->setObjectName(QStringLiteral("testButton"));

    auto* banner = new QLabel;
    m_errors = new FieldErrorPresenter(banner, this);
    auto* form = new QFormLayout;
    for (const Field& field : m_fields) {
        QWidget* input = nullptr;
        switch (field.kind) {
        case Kind::Text:
        case Kind::Secret: {
            auto* line = new QLineEdit;
            if (field.kind == Kind::Secret) {
                line->setEchoMode(QLineEdit::Password);
            }
            connect(line, &QLineEdit::textChanged, this, &DeliveryChannelForm::updateButtons);
            input = line;
            break;
        }
        case Kind::MultiLine: {
            auto* text = new QPlainTextEdit;
            text->setTabChangesFocus(true);
            text->setMaximumHeight(80);
            connect(text, &QPlainTextEdit::textChanged, this, &DeliveryChannelForm::updateButtons);
            input = text;
            break;
        }
        case Kind::Integer: {
            auto* spin = new QSpinBox;
            spin->setRange(field.minimum, field.maximum);
            spin->setValue(field.fallback);
            connect(spin, &QSpinBox::valueChanged, this, &DeliveryChannelForm::updateButtons);
            input = spin;
            break;
        }
        case Kind::Boolean: {
            auto* box = new QCheckBox;
            box->setChecked(field.fallback != 0);
            connect(box, &QCheckBox::toggled, this, &DeliveryChannelForm::updateButtons);
            input = box;
            break;
        }
        case Kind::Method: {
            auto* combo = new QComboBox;
            combo->addItem(QStringLiteral("POST"), QStringLiteral("post"));
            combo->addItem(QStringLiteral("GET"), QStringLiteral("get"));
            connect(combo, &QComboBox::currentIndexChanged, this, &DeliveryChannelForm::updateButtons);
            input = combo;
            break;
        }
        }
        input->setObjectName(field.name + QStringLiteral("Field"));
        auto* label = new QLabel;
        label->setBuddy(input);
        m_labels.insert(field.name, label);
        m_inputs.insert(field.name, input);
        form->addRow(label, input);
        m_errors->attach(form, input, field.name);
        if (field.kind == Kind::Secret) {
            form->addRow(QString(), m_clearSecret);
            connect(m_clearSecret, &QCheckBox::toggled, this, &DeliveryChannelForm::updateButtons);
        }
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton);
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_introLabel);
    column->addWidget(m_sourceLabel);
    column->addWidget(banner);
    column->addLayout(form);
    column->addLayout(buttons);
    column->addWidget(m_testResult);
    column->addStretch(1);

    connect(m_saveButton, &QPushButton::clicked, this, &DeliveryChannelForm::save);
    connect(m_revertButton, &QPushButton::clicked, this, &DeliveryChannelForm::refresh);
    connect(m_testButton, &QPushButton::clicked, this, [this] { sendTest(); });
}

QString DeliveryChannelForm::labelOf(const QString& name) const
{
    static const QMap<QString, const char*> kLabels = {
        {QStringLiteral("host"), QT_TR_NOOP("SMTP &server:")},
        {QStringLiteral("port"), QT_TR_NOOP("&Port:")},
        {QStringLiteral("starttls"), QT_TR_NOOP("&STARTTLS (required before sign-in and sending):")},
        {QStringLiteral("user"), QT_TR_NOOP("&User name:")},
        {QStringLiteral("password"), QT_TR_NOOP("Pass&word:")},
        {QStringLiteral("from"), QT_TR_NOOP("&From:")},
        {QStringLiteral("timeout_seconds"), QT_TR_NOOP("&Timeout (seconds):")},
        {QStringLiteral("url"), QT_TR_NOOP("Gateway &URL:")},
        {QStringLiteral("method"), QT_TR_NOOP("&Method:")},
        {QStringLiteral("content_type"), QT_TR_NOOP("&Content type:")},
        {QStringLiteral("body"), QT_TR_NOOP("&Body template:")},
        {QStringLiteral("headers"), QT_TR_NOOP("&Headers (API keys):")},
        {QStringLiteral("success_status"), QT_TR_NOOP("&Accepted statuses:")},
        {QStringLiteral("success_body"), QT_TR_NOOP("Answer must &contain:")},
    };
    return tr(kLabels.value(name, ""));
}

void DeliveryChannelForm::retranslateUi()
{
    const bool mail = m_channel == DeliverySettingsApi::Channel::Mail;
    m_introLabel->setText(
        mail ? tr("E-mail codes and license alarms are sent through this SMTP server. The password is stored sealed "
                  "under the server's master key and is never shown again.")
             : tr("Text message codes go to your SMS provider's HTTP API. The URL and the body may hold {phone}, "
                  "{phone_digits} and {message}. Headers (API keys) are stored sealed and never shown again."));
    for (const Field& field : m_fields) {
        m_labels.value(field.name)->setText(labelOf(field.name));
        if (field.kind == Kind::Secret) {
            static_cast<QLineEdit*>(m_inputs.value(field.name))
                ->setPlaceholderText(tr("Leave empty to keep the stored one"));
        }
    }
    if (auto* host = qobject_cast<QLineEdit*>(m_inputs.value(QStringLiteral("host")))) {
        host->setPlaceholderText(tr("Empty: no mail is sent"));
    }
    if (auto* from = qobject_cast<QLineEdit*>(m_inputs.value(QStringLiteral("from")))) {
        from->setPlaceholderText(tr("Castellan MFA <mfa@example.com>"));
    }
    if (auto* url = qobject_cast<QLineEdit*>(m_inputs.value(QStringLiteral("url")))) {
        url->setPlaceholderText(tr("Empty: no text messages are sent"));
    }
    m_clearSecret->setText(mail ? tr("Remove the stored password") : tr("Remove the stored headers"));
    m_saveButton->setText(tr("&Save"));
    m_revertButton->setText(tr("&Revert"));
    m_testButton->setText(tr("Send &Test Message…"));
    updateButtons();
}

void DeliveryChannelForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DeliveryChannelForm::refresh()
{
    m_errors->clear();
    m_pending = m_api.get(m_channel, this, [this](const ApiResult<DeliverySettings>& result) {
        m_pending = nullptr;
        if (!result.ok()) {
            m_errors->show(result.error());
            updateButtons();
            return;
        }
        show(result.value());
    });
    updateButtons();
}

void DeliveryChannelForm::show(const DeliverySettings& settings)
{
    m_loaded = settings;
    for (const Field& field : m_fields) {
        QWidget* input = m_inputs.value(field.name);
        const QJsonValue value = settings.values.value(field.name);
        switch (field.kind) {
        case Kind::Text:
            static_cast<QLineEdit*>(input)->setText(value.toString());
            break;
        case Kind::Secret:
            static_cast<QLineEdit*>(input)->clear();
            break;
        case Kind::MultiLine:
            static_cast<QPlainTextEdit*>(input)->setPlainText(value.toString());
            break;
        case Kind::Integer:
            static_cast<QSpinBox*>(input)->setValue(value.isDouble() ? value.toInt() : field.fallback);
            break;
        case Kind::Boolean:
            static_cast<QCheckBox*>(input)->setChecked(value.isBool() ? value.toBool() : field.fallback != 0);
            break;
        case Kind::Method: {
            auto* combo = static_cast<QComboBox*>(input);
            const int index = combo->findData(value.toString().toLower());
            combo->setCurrentIndex(index < 0 ? 0 : index);
            break;
        }
        }
    }
    m_clearSecret->setChecked(false);
    updateButtons();
}

QJsonObject DeliveryChannelForm::edited() const
{
    QJsonObject values;
    for (const Field& field : m_fields) {
        QWidget* input = m_inputs.value(field.name);
        switch (field.kind) {
        case Kind::Text:
            values.insert(field.name, static_cast<QLineEdit*>(input)->text().trimmed());
            break;
        case Kind::Secret: {
            const QString secret = static_cast<QLineEdit*>(input)->text();
            if (m_clearSecret->isChecked()) {
                values.insert(field.name, QString());
            } else if (!secret.isEmpty()) {
                values.insert(field.name, secret);
            } // left out: the server keeps the stored one
            break;
        }
        case Kind::MultiLine:
            values.insert(field.name, static_cast<QPlainTextEdit*>(input)->toPlainText());
            break;
        case Kind::Integer:
            values.insert(field.name, static_cast<QSpinBox*>(input)->value());
            break;
        case Kind::Boolean:
            values.insert(field.name, static_cast<QCheckBox*>(input)->isChecked());
            break;
        case Kind::Method:
            values.insert(field.name, static_cast<QComboBox*>(input)->currentData().toString());
            break;
        }
    }
    return values;
}

void DeliveryChannelForm::updateButtons()
{
    const bool fromFile = m_loaded && m_loaded->source == QStringLiteral("file");
    const bool idle = !m_pending && m_loaded.has_value();
    for (QWidget* input : m_inputs) {
        input->setEnabled(idle && !fromFile);
    }
    const bool secretStored = m_loaded && (m_loaded->values.value(QStringLiteral("password_set")).toBool() ||
                                           m_loaded->values.value(QStringLiteral("headers_set")).toBool());
    m_clearSecret->setEnabled(idle && !fromFile && secretStored);
    m_saveButton->setEnabled(idle && !fromFile);
    m_revertButton->setEnabled(idle && !fromFile);
    m_testButton->setEnabled(idle && m_loaded->source != QStringLiteral("none"));
    if (!m_loaded) {
        m_sourceLabel->setText(tr("Loading…"));
    } else if (fromFile) {
        m_sourceLabel->setText(tr("Set in the server's configuration file, which overrides what is stored here. "
                                  "Change it there and restart the server."));
    } else if (m_loaded->source == QStringLiteral("database")) {
        m_sourceLabel->setText(tr("Stored on the server; every node uses a change within seconds."));
    } else {
        m_sourceLabel->setText(tr("Not set up: nothing is sent through this channel."));
    }
}

void DeliveryChannelForm::save()
{
    if (!m_loaded) {
        return;
    }
    m_errors->clear();
    m_pending =
        m_api.save(m_channel, edited(), m_loaded->etag, this, [this](const ApiResult<DeliverySettings>& result) {
            m_pending = nullptr;
            if (!result.ok()) {
                if (result.error().status() == kHttpPreconditionFailed) {
                    m_errors->showMessage(tr("Another admin changed these settings since you opened them. Revert to "
                                             "see theirs, then make your change again."));
                } else {
                    m_errors->show(result.error());
                }
                updateButtons();
                return;
            }
            show(result.value());
            emit statusMessage(m_channel == DeliverySettingsApi::Channel::Mail ? tr("Mail settings saved")
                                                                               : tr("SMS settings saved"));
        });
    updateButtons();
}

void DeliveryChannelForm::sendTest(const QString& destination)
{
    const bool mail = m_channel == DeliverySettingsApi::Channel::Mail;
    QString to = destination;
    if (to.isEmpty()) {
        bool ok = false;
        to = QInputDialog::getText(this, tr("Send Test Message"),
                                   mail ? tr("Send a test e-mail to:") : tr("Send a test text message to:"),
                                   QLineEdit::Normal, QString(), &ok);
        if (!ok || to.trimmed().isEmpty()) {
            return;
        }
    }
    m_testResult->setText(tr("Sending…"));
    m_pending = m_api.test(m_channel, to.trimmed(), this, [this, to](const ApiResult<DeliveryTest>& result) {
        m_pending = nullptr;
        if (!result.ok()) {
            m_testResult->setText(tr("Not sent: %1").arg(result.error().message()));
        } else if (result.value().sent) {
            m_testResult->setText(tr("Sent to %1. Check that it arrived.").arg(to.trimmed()));
        } else {
            m_testResult->setText(
                tr("Not sent: %1\nThe server answered: %2").arg(result.value().error, result.value().detail));
        }
        updateButtons();
    });
    updateButtons();
}

} // namespace castellan::console
