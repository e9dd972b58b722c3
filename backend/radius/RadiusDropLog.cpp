#include "radius/RadiusDropLog.h"

namespace castellan {

RadiusDropLog::RadiusDropLog(Poco::Logger& logger, int perSecond, const Clock& clock)
    : m_logger(logger), m_perSecond(perSecond), m_clock(clock)
{}

void RadiusDropLog::warn(const std::string& line)
{
    const std::int64_t now = m_clock.nowSeconds();
    std::uint64_t suppressed = 0;
    {
        std::lock_guard lock(m_mutex);
        if (now != m_second) {
            suppressed = m_suppressed;
            m_suppressed = 0;
            m_second = now;
            m_lines = 0;
        }
        if (++m_lines > m_perSecond) {
            ++m_suppressed;
            return;
        }
    }
    if (suppressed > 0) {
        m_logger.warning("%Lu more dropped packets were not logged", static_cast<Poco::UInt64>(suppressed));
    }
    m_logger.warning(line);
}

} // namespace castellan
