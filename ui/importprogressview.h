#pragma once

#include "import/importprogress.h"

#include <QWidget>

class QLabel;
class QProgressBar;

// What an import is doing, how far it got, and for a first import how long it should
// still take. Shown on the wizard's last page and in the Integrations window.
class ImportProgressView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportProgressView(QWidget *parent = nullptr);

    void setProgress(const ImportProgress &progress);

    static QString phaseText(ImportProgress::Phase phase);
    // "About 12 minutes left", "Less than a minute left", in the UI's language.
    static QString remainingText(qint64 seconds);

private:
    QLabel *m_phase;
    QProgressBar *m_bar;
    QLabel *m_rows;
    QLabel *m_countdown;
};
