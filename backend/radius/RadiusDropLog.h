#pragma once

#include "core/Clock.h"

#include <Poco/Logger.h>

#include <cstdint>
#include <mutex>
#include <string>

namespace castellan {

/// Warning lines for dropped RADIUS packets, at most `perSecond` a second: a flood of junk must not flood the log.
/// What is held back is counted and reported in one line once the flood eases.
class RadiusDropLog
{
public:
    explicit RadiusDropLog(Poco::Logger& logger, int perSecond = 20, const Clock& clock = SystemClock::instance());

    void warn(const std::string& line);

private:
    Poco::Logger& m_logger;
    const int m_perSecond;
    const Clock& m_clock;
    std::mutex m_mutex;
    std::int64_t m_second = 0;
    int m_lines = 0;
    std::uint64_t m_suppressed = 0;
};

} // namespace castellan
