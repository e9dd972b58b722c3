#include "license/LicenseService.h"

#include "crypto/Random.h"
#include "license/LicenseKey.h"
#include "otp/Base32.h"
#include "store/AuditLog.h"

#include <Poco/Logger.h>
#include <Poco/String.h>

namespace castellan {
namespace {

constexpr auto kCacheLifetime = std::chrono::seconds(5);

} // namespace

LicenseService::LicenseService(Database& database, std::vector<std::string> trustedKeys, LicenseTimeZone zone,
                               AuditLog& audit, const Clock& clock)
    : m_repository(database), m_trustedKeys(std::move(trustedKeys)), m_zone(std::move(zone)), m_audit(audit),
      m_clock(clock)
{}

std::string LicenseService::newAppKey()
{
    const std::string text = Base32::encode(Random::system().bytes(10), Base32::Padding::Omit);
    return "CAST-" + text.substr(0, 4) + "-" + text.substr(4, 4) + "-" + text.substr(8, 4) + "-" + text.substr(12, 4);
}

LicenseService::Terms LicenseService::load()
{
    const LicenseRow row = m_repository.ensure(newAppKey(), m_clock.nowSeconds());
    Terms result;
    if (row.licenseKey) {
        auto verified = LicenseKey::verify(*row.licenseKey, m_trustedKeys);
        if (verified && verified->appKey == row.appKey) {
            result.terms = verified.value();
            result.fromKey = true;
            return result;
        }
        result.problem = "the stored license key is not valid for this installation any more";
        Poco::Logger::get("license").error("License key not in force: %s",
                                           verified ? std::string("bound to another App Key")
                                                    : verified.error().fields.front().message);
    }
    result.terms.type = "demo";
    result.terms.company = "Demo License";
    result.terms.userLimit = kDemoUserLimit;
    result.terms.pushSubscription = true;
    result.terms.appKey = row.appKey;
    result.terms.supportEndDate = m_zone.day(row.demoStartedAt + std::int64_t(kDemoDays) * 86400);
    return result;
}

LicenseService::Terms LicenseService::terms()
{
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (!m_cacheValid || now - m_cachedAt > kCacheLifetime) {
        m_cached = load();
        m_cachedAt = now;
        m_cacheValid = true;
    }
    return m_cached;
}

LicenseState LicenseService::current()
{
    const Terms t = terms();
    LicenseState state;
    state.terms = t.terms;
    state.fromKey = t.fromKey;
    state.problem = t.problem;
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    state.month = m_zone.month(nowSeconds);
    state.activeUsers = m_repository.monthCount(state.month);
    state.daysLeft = daysBetween(m_zone.day(nowSeconds), t.terms.supportEndDate);
    state.supportEnded = state.daysLeft < 0;
    return state;
}

bool LicenseService::supportEnded()
{
    return daysBetween(m_zone.day(m_clock.nowSeconds()), terms().terms.supportEndDate) < 0;
}

bool LicenseService::pushSubscription()
{
    return terms().terms.pushSubscription;
}

LicenseService::Gate LicenseService::admit(const std::string& username)
{
    const Terms t = terms();
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    if (daysBetween(m_zone.day(nowSeconds), t.terms.supportEndDate) < 0) {
        return Gate::SupportEnded;
    }
    const auto result =
        m_repository.admit(m_zone.month(nowSeconds), Poco::toLower(username), username, nowSeconds, t.terms.userLimit);
    switch (result.admission) {
    case LicenseRepository::Admission::AlreadyCounted:
        return Gate::Open;
    case LicenseRepository::Admission::Counted:
        if (m_counted) {
            m_counted(result.count, t.terms.userLimit);
        }
        return Gate::Open;
    case LicenseRepository::Admission::OverLimit:
        Poco::Logger::get("license").warning("License user limit exceeded: %s refused (%d users this month)", username,
                                             t.terms.userLimit);
        return Gate::LimitExceeded;
    }
    return Gate::LimitExceeded;
}

Result<LicenseState> LicenseService::install(const std::string& key, const std::string& actor,
                                             const std::string& sourceIp)
{
    auto verified = LicenseKey::verify(key, m_trustedKeys);
    AuditEvent event{.channel = "rest", .event = "license.update", .actor = actor, .sourceIp = sourceIp};
    auto refuse = [&](Error error) -> Result<LicenseState> {
        event.result = "failure";
        event.reason = error.fields.empty() ? error.message : error.fields.front().message;
        m_audit.record(event);
        return error;
    };
    if (!verified) {
        return refuse(verified.error());
    }
    const LicenseRow row = m_repository.ensure(newAppKey(), m_clock.nowSeconds());
    if (verified->appKey != row.appKey) {
        return refuse(Error::invalid({{"license_key", "is bound to another installation (App Key " + verified->appKey +
                                                          "); this installation's App Key is " + row.appKey}},
                                     "The license key is not valid"));
    }
    const std::string today = m_zone.day(m_clock.nowSeconds());
    if (daysBetween(today, verified->supportEndDate) < 0) {
        return refuse(Error::invalid({{"license_key", "has a support period that ended on " + verified->supportEndDate +
                                                          "; ask the vendor "
                                                          "for a renewal"}},
                                     "The license key is not valid"));
    }
    m_repository.storeKey(key, m_clock.nowSeconds(), actor);
    {
        std::lock_guard lock(m_mutex);
        m_cacheValid = false;
    }
    event.result = "success";
    event.reason = verified->type + " license for " + verified->company + ", " + std::to_string(verified->userLimit) +
                   " users, support until " + verified->supportEndDate;
    m_audit.record(event);
    return current();
}

} // namespace castellan
