#pragma once

#include <chrono>
#include <cstdint>

namespace castellan {

/// Source of the current time, injected so that tests can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Current time as Unix epoch seconds.
    virtual std::int64_t nowSeconds() const = 0;
};

/// The real wall clock.
class SystemClock final : public Clock
{
public:
    std::int64_t nowSeconds() const override
    {
        return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
    /// A process-wide instance for code that is not given another clock.
    static const Clock& instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

} // namespace castellan
