#include "storage/writegate.h"

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace {

std::atomic<int> waiting = 0;
std::mutex mutex;
std::condition_variable cleared;

} // namespace

namespace WriteGate {

Foreground::Foreground()
{
    waiting.fetch_add(1, std::memory_order_acq_rel);
}

Foreground::~Foreground()
{
    if (waiting.fetch_sub(1, std::memory_order_acq_rel) == 1) {
        // Under the mutex, so that a waiter between its check and its wait cannot miss this.
        const std::lock_guard lock(mutex);
        cleared.notify_all();
    }
}

bool foregroundWaiting()
{
    return waiting.load(std::memory_order_acquire) > 0;
}

void waitForForeground(std::chrono::milliseconds limit)
{
    std::unique_lock lock(mutex);
    cleared.wait_for(lock, limit, [] { return waiting.load(std::memory_order_acquire) == 0; });
}

} // namespace WriteGate
