#include "dialogs/DirectoryTestDialog.h"

#include "api/RestReply.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kMinimumWidth = 640;
constexpr int kMinimumResultHeight = 320;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(escaped(label), valueHtml);
}

QString listHtml(const QStringList& items)
{
    QStringList escapedItems;
    for (const QString& item : items) {
        escapedItems.append(escaped(item));
    }
    return escapedItems.join(QStringLiteral("<br>"));
}

} // namespace

DirectoryTestDialog::DirectoryTestDialog(RestClient& client, const Directory& directory, QWidget* parent)
    : QDialog(parent), m_api(client), m_directory(directory), m_usernameField(new QLineEdit),
      m_passwordField(new QLineEdit), m_runButton(new QPushButton(tr("&Run Test"))),
      m_closeButton(new QPushButton(tr("Close"))), m_progress(new QProgressBar), m_progressLabel(new QLabel),
      m_result(new QTextBrowser)
{
    setObjectName(QStringLiteral("directoryTestDialog"));
    setWindowTitle(tr("Test Directory “%1”").arg(directory.name));
    setMinimumWidth(kMinimumWidth);
    auto* intro = new QLabel(tr("Connects to the directory with its saved settings and counts its users. Give a "
                                "username to see the entry found for it and whether it may sign in; add the "
                                "password to check it too (only over ldaps:// or StartTLS)."));
    intro->setWordWrap(true);
    m_usernameField->setObjectName(QStringLiteral("usernameField"));
    m_usernameField->setPlaceholderText(tr("optional"));
    m_passwordField->setObjectName(QStringLiteral("passwordField"));
    m_passwordField->setEchoMode(QLineEdit::Password);
    m_passwordField->setPlaceholderText(tr("optional"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Username:"), m_usernameField);
    form->addRow(tr("&Password:"), m_passwordField);

    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressLabel->setObjectName(QStringLiteral("testProgressLabel"));
    m_progressLabel->setWordWrap(true);
    m_progressLabel->hide();
    m_result->setObjectName(QStringLiteral("resultView"));
    m_result->setMinimumHeight(kMinimumResultHeight);
    m_result->setOpenLinks(false);

    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_runButton, &QPushButton::clicked, this, &DirectoryTestDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &DirectoryTestDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    m_usernameField->setFocus();
}

void DirectoryTestDialog::run()
{
    if (m_pending) {
        return;
    }
    const QString password = m_passwordField->text();
    m_pending = m_api.test(m_directory, m_usernameField->text().trimmed(),
                           password.isEmpty() ? std::nullopt : std::optional<QString>(password), this,
                           [this](const ApiResult<DirectoryTestReport>& result) { finish(result); });
    setRunning(true);
}

void DirectoryTestDialog::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_usernameField->setEnabled(!running);
    m_passwordField->setEnabled(!running);
    m_closeButton->setText(running ? tr("Cancel") : tr("Close"));
    const int urls = std::max(1, int(m_directory.urls.size()));
    m_progressLabel->setText(tr("Testing… this can take up to %n second(s) when URLs do not answer.", nullptr,
                                m_directory.timeoutSeconds * urls));
    m_progressLabel->setVisible(running);
    m_progress->setVisible(running);
    if (running) {
        m_result->clear();
    }
}

void DirectoryTestDialog::finish(const ApiResult<DirectoryTestReport>& result)
{
    m_pending = nullptr;
    setRunning(false);
    if (result.ok()) {
        m_report = result.value();
    } else {
        m_report = DirectoryTestReport::fromError(result.error());
    }
    if (m_report) {
        m_result->setHtml(reportHtml(*m_report));
        return;
    }
    if (result.error().isCancelled()) {
        m_result->setPlainText(tr("Test cancelled."));
        return;
    }
    m_result->setHtml(QStringLiteral("<p style='color:#b3261e'>%1</p>")
                          .arg(escaped(tr("The test could not run: %1").arg(result.error().message()))));
}

void DirectoryTestDialog::reject()
{
    if (m_pending) {
        m_pending->cancel(); // the first Cancel stops the test, the next one closes
        return;
    }
    QDialog::reject();
}

QString DirectoryTestDialog::securityText(const QString& security)
{
    if (security == QLatin1String("ldaps")) {
        return tr("LDAPS (TLS from the start)");
    }
    if (security == QLatin1String("start_tls")) {
        return tr("StartTLS");
    }
    return tr("None: not encrypted");
}

QString DirectoryTestDialog::stepText(const QString& step)
{
    if (step == QLatin1String("connect")) {
        return tr("Connecting");
    }
    if (step == QLatin1String("bind")) {
        return tr("Signing in with the service account");
    }
    if (step == QLatin1String("count")) {
        return tr("Counting the users");
    }
    if (step == QLatin1String("user")) {
        return tr("Finding the user");
    }
    if (step == QLatin1String("password")) {
        return tr("Checking the password");
    }
    return step;
}

QString DirectoryTestDialog::userHtml(const DirectoryTestReport::User& user)
{
    QString html = QStringLiteral("<h4>%1</h4><table>").arg(escaped(tr("User")));
    html += row(tr("DN"), escaped(user.dn));
    html += row(tr("Username"), escaped(user.username));
    html += row(tr("Unique id"), escaped(user.uniqueId));
    const QStringList labels{tr("First name"), tr("Last name"), tr("Email"), tr("Phone"), tr("Framed-IP")};
    const QStringList fields = Directory::mappedFields();
    for (int i = 0; i < fields.size(); ++i) {
        if (user.fields.contains(fields.at(i))) {
            html += row(labels.at(i), escaped(user.fields.value(fields.at(i))));
        }
    }
    html += row(tr("Groups"), user.groups.isEmpty() ? escaped(tr("none")) : listHtml(user.groups));
    html += row(tr("Required groups matched"),
                user.matchedGroups.isEmpty() ? escaped(tr("none")) : listHtml(user.matchedGroups));
    html += row(tr("May sign in"), user.allowed ? escaped(tr("Yes"))
                                                : QStringLiteral("<span style='color:#b3261e'>%1</span>")
                                                      .arg(escaped(tr("No: not in any of the required groups"))));
    return html + QStringLiteral("</table>");
}

QString DirectoryTestDialog::reportHtml(const DirectoryTestReport& report)
{
    QString html;
    if (report.passed()) {
        html += QStringLiteral("<p style='color:#1e7b34'><b>%1</b></p>").arg(escaped(tr("The test passed.")));
    } else {
        html += QStringLiteral("<p style='color:#b3261e'><b>%1</b><br>%2</p>")
                    .arg(escaped(tr("Failed at: %1").arg(stepText(report.failedStep))), escaped(report.failure));
    }
    html += QStringLiteral("<h4>%1</h4><table>").arg(escaped(tr("Connection")));
    html += row(tr("Answered"), report.url.isEmpty() ? escaped(tr("no URL")) : escaped(report.url));
    if (!report.security.isEmpty()) {
        html += row(tr("Security"), escaped(securityText(report.security)));
    }
    html += row(tr("Time"), escaped(tr("%1 ms").arg(report.elapsedMs)));
    QStringList attempts;
    for (const DirectoryTestReport::Attempt& attempt : report.attempts) {
        if (attempt.error.isEmpty()) {
            attempts.append(tr("%1: answered").arg(attempt.url));
        } else {
            // The server's reason usually names the URL already.
            attempts.append(attempt.error.contains(attempt.url) ? attempt.error
                                                                : tr("%1: %2").arg(attempt.url, attempt.error));
        }
    }
    html += row(tr("Tried"), listHtml(attempts));
    if (report.users) {
        html += row(tr("Users"), escaped(QString::number(*report.users)));
    }
    html += QStringLiteral("</table>");
    if (report.user) {
        html += userHtml(*report.user);
    }
    if (report.passwordAccepted) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(*report.passwordAccepted ? tr("Password: accepted") : tr("Password: refused")));
    }
    return html;
}

} // namespace castellan::console
