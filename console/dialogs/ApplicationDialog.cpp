#include "dialogs/ApplicationDialog.h"

#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/ReplyAttributesEditor.h"
#include "models/ApplicationModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace castellan::console {

namespace {

constexpr int kFactorColumns = 3;
constexpr int kReplyAttributeAliases = ReplyAttributesEditor::kMaxAttributes;

} // namespace

ApplicationDialog::ApplicationDialog(RestClient& client, QWidget* parent) : ServerFormDialog(parent), m_api(client)
{
    build();
    setWindowTitle(tr("New Application Profile"));
    setIntro(tr("A profile says what a kind of login asks for. The registration portal needs a registration "
                "profile; RADIUS clients and SAML service providers each log their users in with a profile of "
                "their type."));
    setSaveText(tr("&Create"));
    ApplicationProfile initial;
    initial.allowedFactors = {QStringLiteral("totp")};
    fill(initial);
}

ApplicationDialog::ApplicationDialog(RestClient& client, const ApplicationProfile& existing, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_existing(existing)
{
    build();
    setWindowTitle(tr("Edit Application Profile"));
    fill(existing);
    // The change is guarded by the ETag, so a change made elsewhere in between is not overwritten.
    watch(m_api.get(existing.id, this, [this](const ApiResult<Tagged<ApplicationProfile>>& result) {
        settle(result.error());
        if (result.ok()) {
            m_etag = result.value().etag;
            m_existing = result.value().value;
            fill(*m_existing);
        }
    }));
}

void ApplicationDialog::build()
{
    setObjectName(QStringLiteral("applicationDialog"));
    m_nameField = new QLineEdit;
    m_nameField->setObjectName(QStringLiteral("nameField"));
    m_nameField->setMaxLength(100);
    addField(tr("&Name:"), m_nameField, QStringLiteral("name"));
    if (m_existing) {
        addField(tr("Type:"), new QLabel(ApplicationModel::typeTitle(m_existing->type)), QStringLiteral("type"));
    } else {
        m_typeField = new QComboBox;
        m_typeField->setObjectName(QStringLiteral("typeField"));
        for (const QString& type : ApplicationProfile::types()) {
            m_typeField->addItem(ApplicationModel::typeTitle(type), type);
        }
        addField(tr("&Type:"), m_typeField, QStringLiteral("type"));
        connect(m_typeField, &QComboBox::currentIndexChanged, this, &ApplicationDialog::updateInputs);
    }

    auto* factors = new QWidget;
    factors->setObjectName(QStringLiteral("factorsField"));
    auto* grid = new QGridLayout(factors);
    grid->setContentsMargins(0, 0, 0, 0);
    int at = 0;
    for (const QString& factor : ApplicationProfile::factors()) {
        auto* box = new QCheckBox(ApplicationModel::factorTitle(factor));
        box->setObjectName(QStringLiteral("factor_") + factor);
        m_factorFields.insert(factor, box);
        grid->addWidget(box, at / kFactorColumns, at % kFactorColumns);
        ++at;
    }
    addField(tr("Allowed factors:"), factors, QStringLiteral("allowed_factors"));

    m_passwordRequiredField = new QCheckBox(tr("Ask for the user's password"));
    m_passwordRequiredField->setObjectName(QStringLiteral("passwordRequiredField"));
    addField(tr("Password:"), m_passwordRequiredField, QStringLiteral("password_required"));
    m_secondFactorRequiredField = new QCheckBox(tr("Ask for a second factor"));
    m_secondFactorRequiredField->setObjectName(QStringLiteral("secondFactorRequiredField"));
    addField(tr("Second factor:"), m_secondFactorRequiredField, QStringLiteral("second_factor_required"));

    m_appendedOtpField = new QComboBox;
    m_appendedOtpField->setObjectName(QStringLiteral("appendedOtpField"));
    m_appendedOtpField->addItem(tr("Ask for it with Access-Challenge"), 0);
    for (int digits : {6, 7, 8}) {
        m_appendedOtpField->addItem(tr("%1 digits typed after the password").arg(digits), digits);
    }
    addField(tr("&One-time code:"), m_appendedOtpField, QStringLiteral("appended_otp_length"));
    m_replyAttributesField = new ReplyAttributesEditor;
    addField(tr("Reply attributes:"), m_replyAttributesField, QStringLiteral("reply_attributes"));
    for (int i = 0; i < kReplyAttributeAliases; ++i) {
        errors()->alias(QStringLiteral("reply_attributes[%1]").arg(i), QStringLiteral("reply_attributes"));
    }

    m_enabledField = new QCheckBox(tr("Logins may use this profile"));
    m_enabledField->setObjectName(QStringLiteral("enabledField"));
    addField(tr("Status:"), m_enabledField, QStringLiteral("enabled"));
    m_usedByLabel = new QLabel;
    m_usedByLabel->setObjectName(QStringLiteral("usedByLabel"));
    m_usedByLabel->setWordWrap(true);
    form()->addRow(tr("Used by:"), m_usedByLabel);
    form()->setRowVisible(m_usedByLabel, m_existing.has_value());
    m_nameField->setFocus();
    loadDictionary();
}

void ApplicationDialog::fill(const ApplicationProfile& profile)
{
    m_nameField->setText(profile.name);
    if (m_typeField) {
        m_typeField->setCurrentIndex(std::max(0, m_typeField->findData(profile.type)));
    }
    for (auto it = m_factorFields.cbegin(); it != m_factorFields.cend(); ++it) {
        it.value()->setChecked(profile.allowedFactors.contains(it.key()));
    }
    m_passwordRequiredField->setChecked(profile.passwordRequired);
    m_secondFactorRequiredField->setChecked(profile.secondFactorRequired);
    m_appendedOtpField->setCurrentIndex(std::max(0, m_appendedOtpField->findData(profile.appendedOtpLength)));
    m_replyAttributesField->setAttributes(profile.replyAttributes);
    m_enabledField->setChecked(profile.enabled);
    m_usedByLabel->setText(profile.isUsed() ? ApplicationModel::usersText(profile) : tr("Nothing uses it yet."));
    updateInputs();
}

void ApplicationDialog::loadDictionary()
{
    m_api.dictionary(this, [this](const ApiResult<ListPage<RadiusDictionaryEntry>>& result) {
        if (!result.ok()) {
            return; // completion is a help; the server still checks every name
        }
        QStringList names;
        for (const RadiusDictionaryEntry& entry : result.value().items) {
            names << entry.name;
        }
        m_replyAttributesField->setAttributeNames(names);
        m_dictionaryLoaded = true;
    });
}

QString ApplicationDialog::currentType() const
{
    return m_typeField ? m_typeField->currentData().toString() : m_existing->type;
}

void ApplicationDialog::updateInputs()
{
    const bool radius = currentType() == QStringLiteral("radius");
    form()->setRowVisible(m_appendedOtpField, radius);
    form()->setRowVisible(m_replyAttributesField, radius);
}

void ApplicationDialog::submit()
{
    ApplicationProfile profile = m_existing.value_or(ApplicationProfile{});
    profile.name = m_nameField->text();
    profile.type = currentType();
    profile.allowedFactors.clear();
    for (auto it = m_factorFields.cbegin(); it != m_factorFields.cend(); ++it) {
        if (it.value()->isChecked()) {
            profile.allowedFactors << it.key();
        }
    }
    profile.passwordRequired = m_passwordRequiredField->isChecked();
    profile.secondFactorRequired = m_secondFactorRequiredField->isChecked();
    profile.appendedOtpLength = m_appendedOtpField->currentData().toInt();
    profile.replyAttributes = m_replyAttributesField->attributes();
    profile.enabled = m_enabledField->isChecked();
    const auto done = [this](const ApiResult<ApplicationProfile>& result) {
        finish(result);
    };
    if (m_existing) {
        watch(m_api.update(profile, m_etag, this, done));
        return;
    }
    watch(m_api.create(profile, this, done));
}

void ApplicationDialog::finish(const ApiResult<ApplicationProfile>& result)
{
    settle(result.error());
    if (result.ok()) {
        emit saved(result.value());
        accept();
    }
}

} // namespace castellan::console
