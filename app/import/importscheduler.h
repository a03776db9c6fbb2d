#pragma once

#include <QObject>

#include <functional>
#include <map>
#include <memory>

class QTimer;

// When each integration's next import or retry is due: one single-shot timer each. Knows
// nothing of integrations or runs; it only says due(id) when the time has come.
class ImportScheduler : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportScheduler)
public:
    using Clock = std::function<qint64()>; // UTC seconds since the epoch

    explicit ImportScheduler(QObject *parent = nullptr);
    ~ImportScheduler() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    // When the incremental import after one at afterUtc is due: the next boundary of a
    // stepMinutes step (15, 30 or 60: on the quarter, half or full hour) plus a minute for the
    // ACD to publish the interval that just closed.
    static qint64 nextSlot(qint64 afterUtc, int stepMinutes = 15);

    // At a UTC second; a time in the past (or a clock set back: later than the next slot of
    // this step) makes it due soon.
    void planAt(const QString &id, qint64 dueUtc, int stepMinutes = 15);
    // After a delay, to the millisecond (a retry must not come before Retry-After).
    void planIn(const QString &id, qint64 delayMs);
    void cancel(const QString &id);
    bool isPlanned(const QString &id) const;
    void forget(const QString &id);

signals:
    void due(const QString &id);

private:
    QTimer &timer(const QString &id);

    Clock m_clock;
    std::map<QString, std::unique_ptr<QTimer>> m_timers;
};
