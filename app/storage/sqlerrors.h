#pragma once

class QSqlError;

// Whether a database error means the file (or server storage) is damaged: retrying cannot
// help, only restoring from a backup can (issue 11, defect 7). SQLite's SQLITE_CORRUPT and
// SQLITE_NOTADB, as the QSQLITE driver reports them (extended codes included); PostgreSQL's
// SQLSTATE XX001 (data corrupted) and XX002 (index corrupted).
bool meansDamage(const QSqlError &error);
// The same for an SQLite result code from the C API.
bool sqliteCodeMeansDamage(int code);
