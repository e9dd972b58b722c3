#include "app/ServiceSignals.h"

#include <csignal>
#include <pthread.h>

namespace castellan {
namespace {

sigset_t handledSignals()
{
    sigset_t set;
    sigemptyset(&set);
    for (const int signal : {SIGINT, SIGTERM, SIGQUIT, SIGHUP}) {
        sigaddset(&set, signal);
    }
    return set;
}

} // namespace

void ServiceSignals::block()
{
    const sigset_t handled = handledSignals();
    pthread_sigmask(SIG_BLOCK, &handled, nullptr);
}

void ServiceSignals::wait(const std::function<void()>& reload)
{
    const sigset_t handled = handledSignals();
    for (;;) {
        int signal = 0;
        if (sigwait(&handled, &signal) != 0) {
            continue;
        }
        if (signal != SIGHUP) {
            return;
        }
        reload();
    }
}

} // namespace castellan
