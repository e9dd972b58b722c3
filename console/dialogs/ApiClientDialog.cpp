#include "dialogs/ApiClientDialog.h"

#include "models/ApiClientModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace castellan::console {

ApiClientDialog::ApiClientDialog(RestClient& client, QWidget* parent) : ServerFormDialog(parent), m_api(client)
{
    build();
    setWindowTitle(tr("New API Client"));
    setIntro(tr("Login agents (RADIUS, ADFS, RDP, PAM) validate users; applications also enroll them. The client "
                "secret is shown once, after saving."));
    setSaveText(tr("&Create"));
}

ApiClientDialog::ApiClientDialog(RestClient& client, const ApiClient& existing, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_existing(existing)
{
    build();
    setWindowTitle(tr("Rename API Client"));
    m_nameField->setText(existing.name);
    m_nameField->selectAll();
    // The rename is guarded by the ETag, so a change made elsewhere in between is not overwritten.
    watch(m_api.get(existing.id, this, [this](const ApiResult<Tagged<ApiClient>>& result) {
        settle(result.error());
        if (result.ok()) {
            m_etag = result.value().etag;
            m_nameField->setText(result.value().value.name);
        }
    }));
}

void ApiClientDialog::build()
{
    setObjectName(QStringLiteral("apiClientDialog"));
    m_nameField = new QLineEdit;
    m_nameField->setObjectName(QStringLiteral("nameField"));
    m_nameField->setMaxLength(100);
    if (m_existing) {
        addField(tr("Type:"), new QLabel(ApiClientModel::typeTitle(m_existing->type)), QStringLiteral("type"));
    } else {
        m_typeField = new QComboBox;
        m_typeField->setObjectName(QStringLiteral("typeField"));
        m_typeField->addItem(ApiClientModel::typeTitle(ApiClient::Type::Agent), int(ApiClient::Type::Agent));
        m_typeField->addItem(ApiClientModel::typeTitle(ApiClient::Type::User), int(ApiClient::Type::User));
        addField(tr("&Type:"), m_typeField, QStringLiteral("type"));
    }
    addField(tr("&Name:"), m_nameField, QStringLiteral("name"));
    m_nameField->setFocus();
}

void ApiClientDialog::submit()
{
    const auto done = [this](const ApiResult<ApiClient>& result) {
        finish(result);
    };
    if (m_existing) {
        watch(m_api.rename(m_existing->id, m_nameField->text(), m_etag, this, done));
        return;
    }
    const auto type = static_cast<ApiClient::Type>(m_typeField->currentData().toInt());
    watch(m_api.create(type, m_nameField->text(), this, done));
}

void ApiClientDialog::finish(const ApiResult<ApiClient>& result)
{
    settle(result.error());
    if (result.ok()) {
        emit saved(result.value());
        accept();
    }
}

} // namespace castellan::console
