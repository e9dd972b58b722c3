#include "license/LicenseAlarms.h"

#include "license/LicenseService.h"
#include "notify/MailSender.h"
#include "store/AuditLog.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>

#include <algorithm>
#include <cstdio>

namespace castellan {

LicenseAlarms::LicenseAlarms(LicenseService& license, MailSender* mail, AuditLog& audit)
    : m_license(license), m_mail(mail), m_audit(audit), m_worker([this] { run(); })
{}

LicenseAlarms::~LicenseAlarms()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_worker.join();
}

std::string LicenseAlarms::usageMessage(int count, int limit)
{
    char text[96];
    std::snprintf(text, sizeof text, "User limit reached %.1f%% (%d/%d)", limit > 0 ? count * 100.0 / limit : 100.0,
                  count, limit);
    return text;
}

void LicenseAlarms::requestCheck()
{
    {
        std::lock_guard lock(m_mutex);
        m_wanted = true;
    }
    m_wake.notify_all();
}

void LicenseAlarms::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_wanted || m_stopping; });
        if (m_stopping) {
            return;
        }
        m_wanted = false;
        lock.unlock();
        try {
            check();
        } catch (const Poco::Exception& e) {
            Poco::Logger::get("license").warning("license alarm check failed: %s", e.displayText());
        }
        lock.lock();
    }
}

void LicenseAlarms::check()
{
    LicenseRepository& store = m_license.repository();
    const LicenseAlarmSettings settings = store.alarmSettings();
    if (settings.recipients.empty()) {
        return;
    }
    const LicenseState state = m_license.current();
    const std::int64_t now = m_license.clock().nowSeconds();

    // Usage: every threshold at or below the percentage is crossed; each is claimed once per month.
    const double percent = state.terms.userLimit > 0 ? state.activeUsers * 100.0 / state.terms.userLimit : 0;
    int highestUsage = -1;
    for (int threshold : settings.usagePercents) {
        if (percent >= threshold && store.claimAlarm({"usage", state.month, threshold, now,
                                                      usageMessage(state.activeUsers, state.terms.userLimit)})) {
            highestUsage = std::max(highestUsage, threshold);
        }
    }
    if (highestUsage >= 0) {
        const std::string message = usageMessage(state.activeUsers, state.terms.userLimit);
        send("usage", "Castellan MFA: " + message,
             message + " of the license for " + state.terms.company + " in " + state.month +
                 ".\nUsers counted this month keep signing in; new users are refused once the limit is reached.\n");
    }

    // Support: every threshold at or above the days left is crossed; -1 stands for the end itself.
    std::vector<int> days = settings.supportDays;
    days.push_back(-1);
    int lowestDays = 1 << 30;
    for (int threshold : days) {
        if (state.daysLeft <= threshold &&
            store.claimAlarm({"support", state.terms.supportEndDate, threshold, now, "support"})) {
            lowestDays = std::min(lowestDays, threshold);
        }
    }
    if (lowestDays != 1 << 30) {
        const std::string message = state.supportEnded ? "License support period ended on " +
                                                             state.terms.supportEndDate + ": authentication has stopped"
                                                       : "License support ends in " + std::to_string(state.daysLeft) +
                                                             " days (" + state.terms.supportEndDate + ")";
        send("support", "Castellan MFA: " + message,
             message +
                 ".\nEnter a renewed license key in the console (License page) to keep authentication "
                 "running.\nApp Key: " +
                 state.terms.appKey + "\n");
    }
}

void LicenseAlarms::send(const std::string& kind, const std::string& subject, const std::string& body)
{
    const LicenseAlarmSettings settings = m_license.repository().alarmSettings();
    std::string failures;
    for (const std::string& to : settings.recipients) {
        if (!m_mail || !m_mail->available()) {
            failures = "no SMTP server configured (smtp.host)";
            break;
        }
        auto sent = m_mail->send({to, subject, body});
        if (!sent) {
            failures += (failures.empty() ? "" : "; ") + to + ": " + sent.error().message;
        }
    }
    if (!failures.empty()) {
        Poco::Logger::get("license").error("license alarm '%s' not delivered: %s", subject, failures);
    }
    m_audit.record({.channel = "system",
                    .event = "license.alarm",
                    .actor = "system",
                    .result = failures.empty() ? "success" : "failure",
                    .reason = kind + ": " + subject + (failures.empty() ? "" : " (not delivered: " + failures + ")")});
}

} // namespace castellan
