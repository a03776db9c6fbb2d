#include "cli/terminalprogress.h"

#include <QLocale>

#include <algorithm>
#include <climits>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_UNIX
    return ::isatty(::fileno(stream)) == 1;
#else
    Q_UNUSED(stream)
    return false;
#endif
}

} // namespace

TerminalProgress::TerminalProgress(FILE *stream)
    : TerminalProgress(stream, isTerminal(stream))
{
}

TerminalProgress::TerminalProgress(FILE *stream, bool terminal)
    : m_stream(stream)
    , m_terminal(terminal)
{
    m_phaseTimer.start();
}

QString TerminalProgress::phaseText(ImportProgress::Phase phase)
{
    switch (phase) {
    case ImportProgress::Phase::Idle:
        return tr("Waiting");
    case ImportProgress::Phase::Connecting:
        return tr("Connecting");
    case ImportProgress::Phase::DiscoveringQueues:
        return tr("Finding queues");
    case ImportProgress::Phase::IntervalStatistics:
        return tr("Interval statistics");
    case ImportProgress::Phase::DiscoveringUsers:
        return tr("Users and activities");
    case ImportProgress::Phase::AgentStates:
        return tr("Agent states");
    case ImportProgress::Phase::Waiting:
        return tr("Waiting");
    case ImportProgress::Phase::Finished:
        return tr("Finished");
    case ImportProgress::Phase::Failed:
        return tr("Failed");
    }
    return {};
}

QString TerminalProgress::bar(qint64 done, qint64 total, int width)
{
    const int filled = total > 0 ? int(std::clamp<qint64>(done * width / total, 0, width)) : 0;
    return QLatin1Char('[') + QString(filled, QLatin1Char('#'))
        + QString(width - filled, QLatin1Char('-')) + QLatin1Char(']');
}

QString TerminalProgress::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 hours = seconds / 3600, minutes = seconds / 60 % 60, rest = seconds % 60;
    const auto two
        = [](qint64 value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    return hours > 0 ? QStringLiteral("%1:%2:%3").arg(hours).arg(two(minutes), two(rest))
                     : QStringLiteral("%1:%2").arg(minutes).arg(two(rest));
}

qint64 TerminalProgress::remainingSeconds(const ImportProgress &progress) const
{
    if (progress.remainingSeconds >= 0)
        return progress.remainingSeconds;
    if (progress.done <= 0 || progress.total <= progress.done)
        return -1;
    const qint64 elapsedMs = m_phaseTimer.elapsed();
    return elapsedMs * (progress.total - progress.done) / progress.done / 1000;
}

void TerminalProgress::update(const ImportProgress &progress)
{
    // The end is the caller's to say, with the rows and what happened.
    if (progress.phase == ImportProgress::Phase::Finished
        || progress.phase == ImportProgress::Phase::Failed
        || progress.phase == ImportProgress::Phase::Idle)
        return;
    if (progress.phase != m_phase) {
        if (m_lineOpen)
            finish();
        m_phase = progress.phase;
        m_tenth = -1;
        m_phaseTimer.restart();
    }
    const QLocale locale;
    const int percent = progress.total > 0 ? int(100 * progress.done / progress.total) : 0;
    QString line = phaseText(progress.phase);
    if (progress.total > 0)
        line += QLatin1Char(' ') + bar(progress.done, progress.total, 24)
            + QLatin1Char(' ')
            //: A percentage, e.g. "42%"; a language that writes a space before the sign adds it.
            + tr("%1%").arg(locale.toString(percent));
    line += QStringLiteral("  ")
        + tr("%n rows", nullptr, int(std::min<qint64>(progress.rowsWritten, INT_MAX)));
    if (progress.rowsPerSecond > 0)
        line += QStringLiteral("  ")
            + tr("%1 rows/s").arg(locale.toString(qRound64(progress.rowsPerSecond)));
    if (const qint64 left = remainingSeconds(progress); left >= 0)
        //: ETA: the estimated time left, e.g. "ETA 1:05".
        line += QStringLiteral("  ") + tr("ETA %1").arg(duration(left));

    if (m_terminal) {
        write(QLatin1Char('\r') + line + QStringLiteral("\x1b[K"));
        m_lineOpen = true;
        return;
    }
    const int tenth = percent / 10;
    if (tenth == m_tenth)
        return;
    m_tenth = tenth;
    write(line + QLatin1Char('\n'));
}

void TerminalProgress::finish()
{
    if (m_lineOpen)
        write(QStringLiteral("\n"));
    m_lineOpen = false;
}

void TerminalProgress::write(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), m_stream);
    std::fflush(m_stream);
}
