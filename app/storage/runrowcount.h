#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// The rows an import run has saved for good. Rows are counted per transaction and added to
// the run's import_runs row inside that same transaction, so the count is exactly what the
// database keeps: a run killed mid-import is left with the rows it committed (not 0), and a
// failed run never counts the rows it rolled back (issue 11, defect 9).
//
// Used by both writers of a run (ImportWriter, AgentStateWriter), on the run's connection.
class RunRowCount
{
    Q_DISABLE_COPY_MOVE(RunRowCount)
public:
    explicit RunRowCount(const QSqlDatabase &db);

    void setRunId(qint64 runId) { m_runId = runId; }
    // Rows written in the open transaction.
    void add(qint64 rows) { m_pending += rows; }
    // Records the open transaction's rows in the run's row; call just before the commit.
    // Returns the database's error, or an empty string.
    QString record();
    void committed();
    void rolledBack() { m_pending = 0; }
    // Rows of the transactions committed so far.
    qint64 saved() const { return m_saved; }

private:
    QSqlQuery m_update;
    qint64 m_runId = -1;
    qint64 m_pending = 0;
    qint64 m_saved = 0;
    bool m_prepared = false;
};
