#include "portal/ResetRequestSpacing.h"

#include <Poco/String.h>

namespace castellan {

std::int64_t ResetRequestSpacing::secondsToWait(const std::string& username)
{
    const std::int64_t now = m_clock.nowSeconds();
    const std::string key = Poco::toLower(username);
    std::lock_guard lock(m_mutex);
    std::erase_if(m_lastRequest, [&](const auto& entry) { return entry.second + kSpacingSeconds <= now; });
    if (const auto found = m_lastRequest.find(key); found != m_lastRequest.end()) {
        return found->second + kSpacingSeconds - now;
    }
    m_lastRequest.emplace(key, now);
    return 0;
}

} // namespace castellan
