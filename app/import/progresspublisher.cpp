#include "import/progresspublisher.h"

#include <QElapsedTimer>

namespace {

constexpr int PublishEveryMs = 100; // progressChanged at most ~10×/s per integration

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

} // namespace

struct ProgressPublisher::Entry
{
    bool firstImport = false;
    ImportProgress progress;
    std::optional<ImportCountdown> countdown;
    QTimer ticker; // keeps the countdown moving between progress reports
    QTimer held; // sends a held-back report
    qint64 lastPublishMs = -PublishEveryMs;
};

ProgressPublisher::ProgressPublisher(QObject *parent)
    : QObject(parent)
{
}

ProgressPublisher::~ProgressPublisher() = default;

ProgressPublisher::Entry &ProgressPublisher::entry(const QString &id)
{
    auto it = m_entries.find(id);
    if (it != m_entries.end())
        return *it->second;
    auto created = std::make_unique<Entry>();
    created->ticker.setInterval(1000);
    connect(&created->ticker, &QTimer::timeout, this, [this, id] { publish(id); });
    created->held.setSingleShot(true);
    connect(&created->held, &QTimer::timeout, this, [this, id] { publish(id, true); });
    return *m_entries.emplace(id, std::move(created)).first->second;
}

void ProgressPublisher::begin(const QString &id, bool firstImport)
{
    Entry &e = entry(id);
    e.firstImport = firstImport;
    if (firstImport) {
        if (!e.countdown)
            e.countdown.emplace(monotonicMs);
        e.ticker.start();
    }
    e.progress = ImportProgress {};
    e.progress.phase = ImportProgress::Phase::Connecting;
    publish(id, true);
}

void ProgressPublisher::update(const QString &id, const ImportProgress &progress)
{
    Entry &e = entry(id);
    const bool phaseChanged = progress.phase != e.progress.phase;
    e.progress = progress;
    if (e.countdown && progress.phase == ImportProgress::Phase::IntervalStatistics)
        e.countdown->update(progress.done, progress.total);
    publish(id, phaseChanged);
}

void ProgressPublisher::end(const QString &id, ImportProgress::Phase phase, const QString &message)
{
    Entry &e = entry(id);
    e.progress.phase = phase;
    e.progress.message = message;
    if (phase == ImportProgress::Phase::Finished && e.countdown)
        e.countdown->finish();
    if (phase != ImportProgress::Phase::Waiting) {
        // A retry keeps the countdown; anything else ends it.
        e.ticker.stop();
        publish(id, true);
        e.countdown.reset();
        e.firstImport = false;
        return;
    }
    publish(id, true);
}

ImportProgress ProgressPublisher::progress(const QString &id) const
{
    const auto it = m_entries.find(id);
    return it != m_entries.end() ? it->second->progress : ImportProgress {};
}

void ProgressPublisher::forget(const QString &id)
{
    m_entries.erase(id);
}

void ProgressPublisher::publish(const QString &id, bool force)
{
    Entry &e = entry(id);
    const qint64 now = monotonicMs();
    if (!force && now - e.lastPublishMs < PublishEveryMs) {
        if (!e.held.isActive())
            e.held.start(int(PublishEveryMs - (now - e.lastPublishMs)));
        return;
    }
    e.held.stop();
    e.lastPublishMs = now;
    e.progress.firstImport = e.firstImport && e.countdown.has_value();
    e.progress.remainingSeconds = e.countdown ? e.countdown->remainingSeconds() : -1;
    emit progressChanged(id, e.progress);
}
