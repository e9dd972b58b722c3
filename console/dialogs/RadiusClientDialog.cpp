#include "dialogs/RadiusClientDialog.h"

#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/ProfileChoices.h"
#include "dialogs/SharedSecret.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace castellan::console {

namespace {

constexpr int kMaxSecret = 128;

} // namespace

RadiusClientDialog::RadiusClientDialog(RestClient& client, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_applications(client)
{
    build();
    setWindowTitle(tr("New RADIUS Client"));
    setIntro(tr("A VPN concentrator, Wi-Fi controller or switch that asks this server to authenticate users. Its "
                "requests must come from the source address or network and be signed with the shared secret."));
    setSaveText(tr("&Create"));
}

RadiusClientDialog::RadiusClientDialog(RestClient& client, const RadiusClient& existing, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_applications(client), m_existing(existing)
{
    build();
    setWindowTitle(tr("Edit RADIUS Client"));
    m_nameField->setText(existing.name);
    m_sourceField->setText(existing.source);
    m_messageAuthenticatorField->setChecked(existing.requireMessageAuthenticator);
    m_enabledField->setChecked(existing.enabled);
    m_secretField->setPlaceholderText(tr("Unchanged (Generate makes a new one)"));
    // The change is guarded by the ETag, so a change made elsewhere in between is not overwritten.
    watch(m_api.get(existing.id, this, [this](const ApiResult<Tagged<RadiusClient>>& result) {
        settle(result.error());
        if (result.ok()) {
            m_etag = result.value().etag;
            m_existing = result.value().value;
            selectProfile(m_existing->applicationId);
        }
    }));
}

void RadiusClientDialog::build()
{
    setObjectName(QStringLiteral("radiusClientDialog"));
    m_nameField = new QLineEdit;
    m_nameField->setObjectName(QStringLiteral("nameField"));
    m_nameField->setMaxLength(100);
    m_sourceField = new QLineEdit;
    m_sourceField->setObjectName(QStringLiteral("sourceField"));
    m_sourceField->setPlaceholderText(tr("192.0.2.10 or 10.20.0.0/16"));

    auto* secretRow = new QWidget;
    secretRow->setObjectName(QStringLiteral("secretRow"));
    m_secretField = new QLineEdit;
    m_secretField->setObjectName(QStringLiteral("secretField"));
    m_secretField->setMaxLength(kMaxSecret);
    m_secretField->setFont(QFont(QStringLiteral("monospace")));
    // A generated secret is shown whole, so it can be read and checked against what was pasted into the NAS.
    m_secretField->setMinimumWidth(
        QFontMetrics(m_secretField->font()).horizontalAdvance(QString(sharedSecret::kLength + 2, QLatin1Char('W'))));
    m_generateButton = new QPushButton(tr("&Generate"));
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_copyButton = new QPushButton(tr("Cop&y"));
    m_copyButton->setObjectName(QStringLiteral("copySecretButton"));
    m_copyButton->setEnabled(false);
    auto* secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secretField, 1);
    secretLayout->addWidget(m_generateButton);
    secretLayout->addWidget(m_copyButton);
    m_secretNote = new QLabel;
    m_secretNote->setObjectName(QStringLiteral("secretNote"));
    m_secretNote->setWordWrap(true);
    m_secretNote->hide();

    m_messageAuthenticatorField = new QCheckBox(tr("Require Message-Authenticator in every request"));
    m_messageAuthenticatorField->setObjectName(QStringLiteral("messageAuthenticatorField"));
    m_messageAuthenticatorField->setChecked(true);
    m_profileField = new QComboBox;
    m_profileField->setObjectName(QStringLiteral("profileField"));
    m_profileField->addItem(tr("The only enabled RADIUS profile"), QVariant());
    m_enabledField = new QCheckBox(tr("Answer this client's requests"));
    m_enabledField->setObjectName(QStringLiteral("enabledField"));
    m_enabledField->setChecked(true);

    addField(tr("&Name:"), m_nameField, QStringLiteral("name"));
    addField(tr("&Source:"), m_sourceField, QStringLiteral("source"));
    addField(tr("Shared s&ecret:"), secretRow, QStringLiteral("secret"));
    form()->addRow(QString(), m_secretNote);
    addField(tr("Security:"), m_messageAuthenticatorField, QStringLiteral("require_message_authenticator"));
    addField(tr("&Profile:"), m_profileField, QStringLiteral("application_id"));
    addField(tr("Status:"), m_enabledField, QStringLiteral("enabled"));

    connect(m_generateButton, &QPushButton::clicked, this, &RadiusClientDialog::generateSecret);
    connect(m_copyButton, &QPushButton::clicked, this, &RadiusClientDialog::copySecret);
    connect(m_secretField, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_copyButton->setEnabled(!text.isEmpty()); });
    connect(m_messageAuthenticatorField, &QCheckBox::clicked, this, &RadiusClientDialog::onMessageAuthenticatorClicked);
    m_nameField->setFocus();
    loadProfiles();
}

void RadiusClientDialog::loadProfiles()
{
    loadProfileChoices(m_applications, QStringLiteral("radius"), m_profileField, errors(), this, [this] {
        m_profilesLoaded = true;
        selectProfile(m_existing ? m_existing->applicationId : std::nullopt);
    });
}

void RadiusClientDialog::selectProfile(std::optional<qint64> id)
{
    const int index = id ? m_profileField->findData(*id) : 0;
    if (index >= 0) {
        m_profileField->setCurrentIndex(index);
    }
}

void RadiusClientDialog::generateSecret()
{
    m_secretField->setText(sharedSecret::generate());
    m_secretField->setEchoMode(QLineEdit::Normal);
    m_secretField->selectAll();
    m_secretNote->setText(tr("Copy this secret into the RADIUS client's configuration now: the server keeps it "
                             "sealed and never shows it again."));
    m_secretNote->show();
    adjustSize(); // room for the note
}

void RadiusClientDialog::copySecret()
{
    QGuiApplication::clipboard()->setText(m_secretField->text());
    m_copyButton->setText(tr("Copied"));
}

void RadiusClientDialog::onMessageAuthenticatorClicked(bool checked)
{
    if (checked) {
        return;
    }
    // Stays on until the admin has read why it matters and said yes.
    m_messageAuthenticatorField->setChecked(true);
    messages::confirm(this, tr("Turn Off Message-Authenticator"),
                      tr("Accept requests from this client without Message-Authenticator?"),
                      tr("Without it, an attacker between the client and this server can forge an Access-Accept "
                         "(BlastRADIUS, CVE-2024-3596). Turn it off only for old equipment that cannot send it, "
                         "and only on a network you trust. Requests carrying Proxy-State still need it."),
                      [this] { m_messageAuthenticatorField->setChecked(false); });
}

void RadiusClientDialog::submit()
{
    RadiusClient client = m_existing.value_or(RadiusClient{});
    client.name = m_nameField->text();
    client.source = m_sourceField->text().trimmed();
    client.requireMessageAuthenticator = m_messageAuthenticatorField->isChecked();
    const QVariant profile = m_profileField->currentData();
    client.applicationId = profile.isValid() ? std::optional<qint64>(profile.toLongLong()) : std::nullopt;
    if (!m_profilesLoaded && m_existing) {
        client.applicationId = m_existing->applicationId; // keep it while the picker is still empty
    }
    client.enabled = m_enabledField->isChecked();
    const auto done = [this](const ApiResult<RadiusClient>& result) {
        finish(result);
    };
    if (m_existing) {
        watch(m_api.update(client, m_secretField->text(), m_etag, this, done));
        return;
    }
    watch(m_api.create(client, m_secretField->text(), this, done));
}

void RadiusClientDialog::finish(const ApiResult<RadiusClient>& result)
{
    settle(result.error());
    if (result.ok()) {
        emit saved(result.value());
        accept();
    }
}

} // namespace castellan::console
