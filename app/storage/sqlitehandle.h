#pragma once

struct sqlite3;
class QSqlDatabase;

// The sqlite3 connection under a QSQLITE QSqlDatabase, for what Qt SQL does not offer (SQL
// functions, the bulk writer's C-API statements); nullptr for any other driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
