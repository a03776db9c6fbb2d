#include "storage/sqlerrors.h"

#include <QSqlError>

#include <sqlite3.h>

bool sqliteCodeMeansDamage(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

bool meansDamage(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("XX001") || code == QLatin1String("XX002"))
        return true;
    bool isNumber = false;
    const int sqliteCode = code.toInt(&isNumber);
    return isNumber && sqliteCodeMeansDamage(sqliteCode);
}
