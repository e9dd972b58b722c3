#include "dialogs/UserDialog.h"

#include "dialogs/ExpiryField.h"
#include "dialogs/FieldErrorPresenter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace castellan::console {

namespace {

constexpr int kNameLength = 100;
constexpr int kTextLength = 256;
constexpr int kDescriptionHeight = 70;

} // namespace

UserDialog::UserDialog(RestClient& client, QWidget* parent) : ServerFormDialog(parent), m_api(client)
{
    build();
    addPasswordFields();
    setWindowTitle(tr("New Local User"));
    setSaveText(tr("&Create"));
    m_lines.value(QStringLiteral("username"))->setFocus();
}

UserDialog::UserDialog(RestClient& client, qint64 userId, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_userId(userId)
{
    build();
    setWindowTitle(tr("Edit Local User"));
    m_lines.value(QStringLiteral("username"))->setReadOnly(true);
    load();
}

void UserDialog::build()
{
    setObjectName(QStringLiteral("userDialog"));
    addLine(tr("&Username:"), QStringLiteral("username"), kTextLength);
    addLine(tr("&First name:"), QStringLiteral("first_name"), kNameLength);
    addLine(tr("&Last name:"), QStringLiteral("last_name"), kNameLength);
    addLine(tr("&E-mail:"), QStringLiteral("email"), kTextLength);
    addLine(tr("&Phone:"), QStringLiteral("phone"), kNameLength)
        ->setPlaceholderText(QStringLiteral("+90 532 123 45 67"));
    m_expiry = new ExpiryField;
    addField(tr("E&xpiration:"), m_expiry, QStringLiteral("expires_at"));
    addLine(tr("Framed &IP:"), QStringLiteral("framed_ip"), kNameLength)
        ->setPlaceholderText(QStringLiteral("10.8.0.15"));
    addLine(tr("Sponsor &name:"), QStringLiteral("sponsor_name"), kNameLength);
    addLine(tr("Sponsor e-&mail:"), QStringLiteral("sponsor_email"), kTextLength);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionField"));
    m_description->setFixedHeight(kDescriptionHeight);
    m_description->setTabChangesFocus(true);
    addField(tr("&Description:"), m_description, QStringLiteral("description"));
    m_enabledBox = new QCheckBox(tr("The user may sign in"));
    m_enabledBox->setObjectName(QStringLiteral("enabledBox"));
    m_enabledBox->setChecked(true);
    addField(tr("Enabled:"), m_enabledBox, QStringLiteral("enabled"));
}

QLineEdit* UserDialog::addLine(const QString& label, const QString& field, int maxLength)
{
    auto* line = new QLineEdit;
    line->setObjectName(field + QStringLiteral("Field"));
    line->setMaxLength(maxLength);
    addField(label, line, field);
    m_lines.insert(field, line);
    return line;
}

void UserDialog::addPasswordFields()
{
    m_setButton = new QRadioButton(tr("Set a password"));
    m_generateButton = new QRadioButton(tr("Generate a temporary password (changed at the first sign-in)"));
    m_setButton->setObjectName(QStringLiteral("setPasswordButton"));
    m_generateButton->setObjectName(QStringLiteral("generatePasswordButton"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_setButton);
    group->addButton(m_generateButton);
    m_setButton->setChecked(true);
    form()->addRow(QString(), m_setButton);
    QLineEdit* password = addLine(tr("&Password:"), QStringLiteral("password"), kTextLength);
    QLineEdit* confirmation = addLine(tr("&Confirm:"), QStringLiteral("password_confirmation"), kTextLength);
    password->setEchoMode(QLineEdit::Password);
    confirmation->setEchoMode(QLineEdit::Password);
    form()->addRow(QString(), m_generateButton);
    errors()->attach(form(), m_generateButton, QStringLiteral("generate_password"));
    connect(m_generateButton, &QRadioButton::toggled, this, &UserDialog::updateInputs);
}

void UserDialog::updateInputs()
{
    if (!m_generateButton) {
        return;
    }
    const bool given = m_setButton->isChecked();
    m_lines.value(QStringLiteral("password"))->setEnabled(given);
    m_lines.value(QStringLiteral("password_confirmation"))->setEnabled(given);
}

QLineEdit* UserDialog::field(const QString& name) const
{
    return m_lines.value(name);
}

void UserDialog::load()
{
    watch(m_api.get(*m_userId, this, [this](const ApiResult<Tagged<LocalUser>>& result) {
        settle(result.error());
        if (result.ok()) {
            m_etag = result.value().etag;
            fill(result.value().value);
        }
    }));
}

void UserDialog::fill(const LocalUser& user)
{
    const LocalUserDraft draft = LocalUserDraft::from(user);
    const QList<std::pair<QString, QString>> texts{{QStringLiteral("username"), draft.username},
                                                   {QStringLiteral("first_name"), draft.firstName},
                                                   {QStringLiteral("last_name"), draft.lastName},
                                                   {QStringLiteral("email"), draft.email},
                                                   {QStringLiteral("phone"), draft.phone},
                                                   {QStringLiteral("framed_ip"), draft.framedIp},
                                                   {QStringLiteral("sponsor_name"), draft.sponsorName},
                                                   {QStringLiteral("sponsor_email"), draft.sponsorEmail}};
    for (const auto& [name, text] : texts) {
        m_lines.value(name)->setText(text);
    }
    m_expiry->setExpiry(draft.expiresAt);
    m_description->setPlainText(draft.description);
    m_enabledBox->setChecked(draft.enabled);
    m_lines.value(QStringLiteral("first_name"))->setFocus();
    if (user.isDirectoryUser()) {
        // The directory owns these: shown, not editable (the server refuses a change with 409).
        for (const QString& owned : LocalUser::directoryOwnedFields()) {
            m_lines.value(owned)->setReadOnly(true);
            m_lines.value(owned)->setToolTip(tr("Managed by directory “%1”").arg(user.directoryName));
        }
        setIntro(tr("Managed by directory “%1”: the username, names, e-mail, phone and Framed IP come from the "
                    "directory, and the user signs in with the directory's password.")
                     .arg(user.directoryName));
        m_expiry->setFocus();
    }
}

LocalUserDraft UserDialog::draft() const
{
    LocalUserDraft draft;
    const auto text = [this](const char* name) {
        return m_lines.value(QLatin1String(name))->text();
    };
    draft.username = text("username").trimmed();
    draft.firstName = text("first_name");
    draft.lastName = text("last_name");
    draft.email = text("email");
    draft.phone = text("phone");
    draft.framedIp = text("framed_ip");
    draft.sponsorName = text("sponsor_name");
    draft.sponsorEmail = text("sponsor_email");
    draft.expiresAt = m_expiry->expiry();
    draft.description = m_description->toPlainText();
    draft.enabled = m_enabledBox->isChecked();
    if (!isEditing()) {
        draft.generatePassword = m_generateButton->isChecked();
        draft.password = text("password");
        draft.passwordConfirmation = text("password_confirmation");
    }
    return draft;
}

void UserDialog::submit()
{
    if (isEditing()) {
        watch(m_api.update(*m_userId, draft(), m_etag, this, [this](const ApiResult<LocalUser>& result) {
            settle(result.error());
            if (result.ok()) {
                emit saved(result.value(), QString());
                accept();
            }
        }));
        return;
    }
    watch(m_api.create(draft(), this, [this](const ApiResult<CreatedUser>& result) {
        settle(result.error());
        if (result.ok()) {
            emit saved(result.value().user, result.value().temporaryPassword);
            accept();
        }
    }));
}

} // namespace castellan::console
