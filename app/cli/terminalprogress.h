#pragma once

#include "import/importprogress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <cstdio>

// --import-now's progress on standard output: on a terminal one line redrawn in place (a bar,
// rows, rate and the time left); into a pipe or a file plain lines, one per phase and per
// tenth of it, so a log stays readable.
class TerminalProgress
{
    Q_DECLARE_TR_FUNCTIONS(TerminalProgress)
public:
    explicit TerminalProgress(FILE *stream);
    TerminalProgress(FILE *stream, bool terminal);

    void update(const ImportProgress &progress);
    void finish(); // ends the line being redrawn

    static QString phaseText(ImportProgress::Phase phase);
    // A bar of width characters, e.g. "[#####-----]".
    static QString bar(qint64 done, qint64 total, int width);
    static QString duration(qint64 seconds); // "1:05", "1:02:03"
    // Seconds left: the first-import countdown when there is one, else by the rate so far
    // in this phase; -1 when unknown.
    qint64 remainingSeconds(const ImportProgress &progress) const;

private:
    void write(const QString &text);

    FILE *m_stream;
    bool m_terminal;
    bool m_lineOpen = false;
    ImportProgress::Phase m_phase = ImportProgress::Phase::Idle;
    int m_tenth = -1;
    QElapsedTimer m_phaseTimer;
};
