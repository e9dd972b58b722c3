#include "userpage/UserPage.h"

#include "dialogs/UserDialog.h"
#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"
#include "models/UserModel.h"
#include "userpage/UserAliasesTab.h"
#include "userpage/UserDevicesTab.h"
#include "userpage/UserEventsTab.h"
#include "userpage/UserFactorsTab.h"
#include "userpage/UserKeysTab.h"
#include "userpage/UserSessionsTab.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kWidth = 900;
constexpr int kHeight = 620;

} // namespace

UserPage::UserPage(RestClient& client, qint64 userId, QWidget* parent)
    : QDialog(parent), m_client(client), m_api(client), m_access(client), m_userId(userId), m_title(new QLabel),
      m_message(new QLabel), m_directoryNote(new QLabel), m_editButton(new QPushButton(tr("&Edit…"))),
      m_tabs(new QTabWidget), m_factors(new UserFactorsTab(client)), m_aliases(new UserAliasesTab(client)),
      m_devices(new UserDevicesTab(client)), m_keys(new UserKeysTab(client)), m_sessions(new UserSessionsTab(client)),
      m_events(new UserEventsTab(client))
{
    setObjectName(QStringLiteral("userPage"));
    setWindowTitle(tr("User"));
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Loading…"));
    m_directoryNote->setObjectName(QStringLiteral("directoryNote"));
    m_directoryNote->setWordWrap(true);
    m_directoryNote->hide();
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setEnabled(false);
    connect(m_editButton, &QPushButton::clicked, this, &UserPage::editUser);

    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    addDetail(left, tr("Name:"), QStringLiteral("name"));
    addDetail(left, tr("E-mail:"), QStringLiteral("email"));
    addDetail(left, tr("Phone:"), QStringLiteral("phone"));
    addDetail(left, tr("Description:"), QStringLiteral("description"));
    addDetail(right, tr("Source:"), QStringLiteral("source"));
    addDetail(right, tr("Status:"), QStringLiteral("status"));
    addDetail(right, tr("Expires:"), QStringLiteral("expires"));
    addDetail(right, tr("License this month:"), QStringLiteral("license"));
    addDetail(right, tr("Created:"), QStringLiteral("created"));
    auto* details = new QHBoxLayout;
    details->addLayout(left, 1);
    details->addLayout(right, 1);
    details->addWidget(m_editButton, 0, Qt::AlignTop);

    m_tabs->setObjectName(QStringLiteral("userTabs"));
    m_tabs->addTab(m_factors, tr("&Factors"));
    m_tabs->addTab(m_aliases, tr("A&liases"));
    m_tabs->addTab(m_devices, tr("&SoftOTP Devices"));
    m_tabs->addTab(m_keys, tr("Security &Keys"));
    m_tabs->addTab(m_sessions, tr("Sess&ions"));
    m_tabs->addTab(m_events, tr("Recent E&vents"));
    for (UserTab* tab : std::initializer_list<UserTab*>{m_factors, m_aliases, m_devices, m_keys, m_sessions}) {
        connect(tab, &UserTab::changed, this, &UserPage::onChanged);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &UserPage::reload);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_directoryNote);
    layout->addLayout(details);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(kWidth, kHeight);
    reload();
}

QLabel* UserPage::addDetail(QFormLayout* form, const QString& label, const QString& name)
{
    auto* value = new QLabel;
    value->setObjectName(name + QStringLiteral("Label"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    m_details.insert(name, value);
    return value;
}

QLabel* UserPage::detailLabel(const QString& name) const
{
    return m_details.value(name);
}

void UserPage::reload()
{
    m_api.get(m_userId, this, [this](const ApiResult<Tagged<LocalUser>>& result) {
        if (!result.ok()) {
            m_message->setText(tr("Could not load the user: %1").arg(result.error().message()));
            return;
        }
        m_message->clear();
        m_message->hide();
        showUser(result.value().value);
    });
}

void UserPage::showUser(const LocalUser& user)
{
    const bool first = m_user.id == 0;
    m_user = user;
    setWindowTitle(tr("User %1").arg(user.username));
    m_title->setText(user.username);
    const QString name = QStringList{user.firstName, user.lastName}.join(QLatin1Char(' ')).trimmed();
    m_details.value(QStringLiteral("name"))->setText(name.isEmpty() ? QStringLiteral("—") : name);
    m_details.value(QStringLiteral("email"))->setText(user.email.isEmpty() ? QStringLiteral("—") : user.email);
    m_details.value(QStringLiteral("phone"))->setText(user.phone.isEmpty() ? QStringLiteral("—") : user.phone);
    m_details.value(QStringLiteral("description"))->setText(user.description);
    m_details.value(QStringLiteral("source"))
        ->setText(user.isDirectoryUser() ? tr("Directory “%1”").arg(user.directoryName) : tr("Local"));
    m_directoryNote->setText(user.isDirectoryUser()
                                 ? tr("Managed by directory “%1”: the names, e-mail, phone and password come from "
                                      "the directory and are changed there.")
                                       .arg(user.directoryName)
                                 : QString());
    m_directoryNote->setVisible(user.isDirectoryUser());
    QLabel* status = m_details.value(QStringLiteral("status"));
    status->setText(UserModel::statusTitle(user.status) +
                    (user.mustChangePassword ? tr(" · must change the password") : QString()));
    QPalette palette = status->palette();
    palette.setBrush(QPalette::WindowText,
                     user.status == LocalUser::Status::Active ? StatusPalette::goodText() : StatusPalette::alertText());
    status->setPalette(palette);
    m_details.value(QStringLiteral("expires"))->setText(display::expiry(user.expiresAt));
    m_details.value(QStringLiteral("created"))->setText(display::time(user.createdAt));
    m_editButton->setEnabled(true);
    m_access.licenseStanding(user.username, this,
                             [this](const ApiResult<LicenseStanding>& result) { showLicense(result); });
    m_factors->setUser(user);
    m_aliases->setUser(user);
    m_devices->setUser(user);
    m_keys->setUser(user);
    m_sessions->setUser(user);
    if (first) {
        m_events->setUsername(user.username);
    } else {
        m_events->reload();
    }
}

void UserPage::showLicense(const ApiResult<LicenseStanding>& result)
{
    QLabel* label = m_details.value(QStringLiteral("license"));
    if (!result.ok()) {
        label->setText(tr("Unknown (%1)").arg(result.error().message()));
        return;
    }
    const LicenseStanding& standing = result.value();
    label->setText(standing.counted ? tr("Counted since %1 (last sign-in %2)")
                                          .arg(display::time(standing.firstSeen), display::time(standing.lastLogin))
                                    : tr("Not counted: no sign-in this month yet"));
}

void UserPage::editUser()
{
    auto* dialog = new UserDialog(m_client, m_userId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, this, [this](const LocalUser& saved) {
        showUser(saved);
        emit changed(tr("User “%1” saved").arg(saved.username));
    });
    dialog->open();
}

void UserPage::onChanged(const QString& message)
{
    m_events->reload();
    emit changed(message);
}

} // namespace castellan::console
