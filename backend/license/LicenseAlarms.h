#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace castellan {

class AuditLog;
class LicenseService;
class MailSender;

/// License alarms: the days left until the support end date (thresholds such as 60/30/15/7, and the end itself)
/// and the month's user-limit percentage (75/85/90/95). Checked at start, by housekeeping and after a newly
/// counted user; each threshold crossing sends ONE e-mail to the configured recipients — not one per check or per
/// node — because the crossing is first claimed with an INSERT that only one caller wins (a usage crossing per
/// month, a support crossing per support end date, so a renewal or a new month arms them again). When several
/// thresholds are crossed at once, one e-mail names the highest.
class LicenseAlarms
{
public:
    LicenseAlarms(LicenseService& license, MailSender* mail, AuditLog& audit);
    ~LicenseAlarms();
    LicenseAlarms(const LicenseAlarms&) = delete;
    LicenseAlarms& operator=(const LicenseAlarms&) = delete;

    /// Checks now, on the caller's thread.
    void check();
    /// Asks the background thread to check soon (from the authentication path, which must not wait for SMTP).
    void requestCheck();

    /// "User limit reached 85.5% (171/200)".
    static std::string usageMessage(int count, int limit);

private:
    void send(const std::string& kind, const std::string& subject, const std::string& body);
    void run();

    LicenseService& m_license;
    MailSender* m_mail;
    AuditLog& m_audit;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_wanted = false;
    bool m_stopping = false;
    std::thread m_worker;
};

} // namespace castellan
