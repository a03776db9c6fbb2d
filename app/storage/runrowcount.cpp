#include "storage/runrowcount.h"

#include <QSqlError>
#include <QVariant>

RunRowCount::RunRowCount(const QSqlDatabase &db)
    : m_update(db)
{
}

QString RunRowCount::record()
{
    if (m_runId < 0 || m_pending == 0)
        return {};
    if (!m_prepared) {
        if (!m_update.prepare(QStringLiteral(
                "UPDATE import_runs SET rows_written = rows_written + ? WHERE id = ?")))
            return m_update.lastError().text();
        m_prepared = true;
    }
    m_update.bindValue(0, m_pending);
    m_update.bindValue(1, m_runId);
    if (!m_update.exec())
        return m_update.lastError().text();
    return {};
}

void RunRowCount::committed()
{
    m_saved += m_pending;
    m_pending = 0;
}
