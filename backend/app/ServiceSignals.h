#pragma once

#include <functional>

namespace castellan {

/// The signals the server acts on, taken synchronously (sigwait) by the main thread: SIGTERM, SIGINT and SIGQUIT
/// stop it; SIGHUP reloads it (`systemctl reload`, ServiceReload). Replaces ServerApplication's
/// waitForTerminationRequest(), which knows no reload.
class ServiceSignals
{
public:
    /// Blocks the signals in the calling thread; call before any thread exists, so every thread inherits the mask
    /// and none is interrupted by them.
    static void block();
    /// Returns at a termination signal; runs `reload` at each SIGHUP before that.
    static void wait(const std::function<void()>& reload);
};

} // namespace castellan
