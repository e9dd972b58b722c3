#pragma once

#include "api/DirectoriesApi.h"
#include "api/Directory.h"
#include "api/DirectoryTestReport.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace castellan::console {

class RestClient;
class RestReply;

/// Tests a saved directory (`POST /directories/{id}/test`): the connection and the number of users, and optionally
/// a username (the entry found, its mapped fields and groups, whether it may sign in) and its password. The test
/// runs on the server and can take the directory's timeout for each URL: a busy bar shows meanwhile, the dialog
/// stays usable, and Cancel stops it. The result lists every URL tried, or the step that failed and why.
class DirectoryTestDialog : public QDialog
{
    Q_OBJECT

public:
    DirectoryTestDialog(RestClient& client, const Directory& directory, QWidget* parent = nullptr);

    QLineEdit* usernameField() const { return m_usernameField; }
    QLineEdit* passwordField() const { return m_passwordField; }
    QPushButton* runButton() const { return m_runButton; }
    QProgressBar* progressBar() const { return m_progress; }
    QTextBrowser* resultView() const { return m_result; }
    bool isRunning() const { return m_pending != nullptr; }
    /// The last test's report (passed or failed); nothing before one finished or when the call itself failed.
    const std::optional<DirectoryTestReport>& report() const { return m_report; }

    /// The report as the result view shows it (HTML).
    static QString reportHtml(const DirectoryTestReport& report);

public slots:
    void run();
    void reject() override;

private:
    void setRunning(bool running);
    void finish(const ApiResult<DirectoryTestReport>& result);
    static QString securityText(const QString& security);
    static QString stepText(const QString& step);
    static QString userHtml(const DirectoryTestReport::User& user);

    DirectoriesApi m_api;
    Directory m_directory;
    QLineEdit* m_usernameField;
    QLineEdit* m_passwordField;
    QPushButton* m_runButton;
    QPushButton* m_closeButton;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QTextBrowser* m_result;
    QPointer<RestReply> m_pending;
    std::optional<DirectoryTestReport> m_report;
};

} // namespace castellan::console
