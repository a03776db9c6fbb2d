#pragma once

#include "api/connectorresult.h"

#include <chrono>
#include <functional>

// When a failed import is tried again: exponential backoff with jitter, at least as long as
// the server asked for (Retry-After). Whether to try again at all is not decided here: the
// connector classified the failure (ConnectorResult::isTransient()).
struct RetryPolicy
{
    std::chrono::milliseconds initialDelay {std::chrono::seconds(30)};
    std::chrono::milliseconds maximumDelay {std::chrono::minutes(15)};
    // Upper bound for a Retry-After: a server asking for hours is treated as this.
    std::chrono::milliseconds maximumRetryAfter {std::chrono::hours(1)};
    int maximumAttempts = 8; // retries of one run; then wait for the next scheduled import
    double jitter = 0.2; // ± fraction of the backoff; + fraction only after Retry-After
    std::function<double()> random; // uniform in [0, 1); QRandomGenerator when empty

    // The delay before retry number attempt (1 for the first retry).
    std::chrono::milliseconds delayFor(int attempt, const ConnectorResult &failure) const;
};
