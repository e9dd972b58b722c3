#include "dialogs/BlockUserDialog.h"

#include "dialogs/DurationEdit.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>

namespace castellan::console {

namespace {

constexpr qint64 kDefaultBlockSeconds = 3600;
constexpr int kLookupDelayMs = 250;
constexpr int kSuggestions = 10;

} // namespace

BlockUserDialog::BlockUserDialog(RestClient& client, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_username(new QLineEdit), m_reason(new QLineEdit),
      m_duration(new DurationEdit), m_permanent(new QCheckBox(tr("Until an admin removes the block"))), m_users(client),
      m_match(new QLabel), m_suggestions(new QStringListModel(this)), m_lookupTimer(new QTimer(this))
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
    m_match->setObjectName(QStringLiteral("matchLabel"));
    m_match->setWordWrap(true);
    form()->addRow(QString(), m_match);
    auto* completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_username->setCompleter(completer);
    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(kLookupDelayMs);
    connect(m_lookupTimer, &QTimer::timeout, this, &BlockUserDialog::lookUp);
    connect(m_username, &QLineEdit::textEdited, m_lookupTimer, qOverload<>(&QTimer::start));
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

void BlockUserDialog::lookUp()
{
    const QString typed = m_username->text().trimmed();
    if (typed.isEmpty()) {
        m_match->clear();
        return;
    }
    ListQuery query;
    query.search = typed;
    query.limit = kSuggestions;
    m_users.list(query, this, [this, typed](const ApiResult<ListPage<LocalUser>>& result) {
        if (!result.ok() || m_username->text().trimmed() != typed) {
            return; // a later lookup answers for what is typed now
        }
        QStringList names;
        bool exact = false;
        for (const LocalUser& user : result.value().items) {
            names.append(user.username);
            exact = exact || user.username.compare(typed, Qt::CaseInsensitive) == 0;
        }
        m_suggestions->setStringList(names);
        m_match->setText(exact ? tr("Local user “%1”.").arg(typed)
                               : tr("No local user has this name. The block still applies to it, e.g. for a user "
                                    "who is created later."));
    });
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
