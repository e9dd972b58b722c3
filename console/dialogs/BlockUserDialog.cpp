#include "dialogs/BlockUserDialog.h"

#include "dialogs/DurationEdit.h"

#include <QCheckBox>
#include <QLineEdit>

namespace castellan::console {

namespace {

constexpr qint64 kDefaultBlockSeconds = 3600;

} // namespace

BlockUserDialog::BlockUserDialog(RestClient& client, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_username(new QLineEdit), m_reason(new QLineEdit),
      m_duration(new DurationEdit), m_permanent(new QCheckBox(tr("Until an admin removes the block")))
{
    setObjectName(QStringLiteral("blockUserDialog"));
    setWindowTitle(tr("Block User"));
    setIntro(tr("A blocked user cannot sign in on any channel, whatever the password or code."));
    m_username->setObjectName(QStringLiteral("usernameField"));
    m_reason->setObjectName(QStringLiteral("reasonField"));
    m_permanent->setObjectName(QStringLiteral("permanentBox"));
    m_reason->setPlaceholderText(tr("blocked by an administrator"));
    m_reason->setMaxLength(500);
    m_duration->setSmallestUnit(DurationEdit::Minutes);
    m_duration->setSeconds(kDefaultBlockSeconds);
    addField(tr("&Username:"), m_username, QStringLiteral("username"));
    addField(tr("&Reason:"), m_reason, QStringLiteral("reason"));
    addField(tr("&Duration:"), m_duration, QStringLiteral("duration_seconds"));
    addField(tr("Permanent:"), m_permanent, QStringLiteral("permanent"));
    setSaveText(tr("&Block"));
    connect(m_permanent, &QCheckBox::toggled, this, &BlockUserDialog::updateInputs);
    m_username->setFocus();
}

void BlockUserDialog::updateInputs()
{
    m_duration->setEnabled(!m_permanent->isChecked());
}

void BlockUserDialog::submit()
{
    BlockRequest request;
    request.username = m_username->text().trimmed();
    request.reason = m_reason->text().trimmed();
    if (!m_permanent->isChecked()) {
        request.durationSeconds = m_duration->seconds();
    }
    watch(m_api.block(request, this, [this](const ApiResult<UserBlock>& result) {
        settle(result.error());
        if (result.ok()) {
            emit saved(result.value());
            accept();
        }
    }));
}

} // namespace castellan::console
