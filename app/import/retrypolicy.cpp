#include "import/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

std::chrono::milliseconds RetryPolicy::delayFor(int attempt, const ConnectorResult &failure) const
{
    using std::chrono::milliseconds;
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    if (failure.retryAfterSeconds >= 0) {
        // The server knows when it will take us again; jitter only later, so that many
        // clients told the same moment do not all return at once.
        const double asked = std::min<double>(
            failure.retryAfterSeconds * 1000.0, double(maximumRetryAfter.count()));
        return milliseconds(qint64(asked * (1.0 + jitter * r)));
    }
    const double exponent = std::clamp(attempt - 1, 0, 30);
    const double nominal = std::min(
        double(initialDelay.count()) * std::pow(2.0, exponent), double(maximumDelay.count()));
    const double spread = 1.0 + jitter * (2.0 * r - 1.0);
    return milliseconds(qint64(nominal * spread));
}
