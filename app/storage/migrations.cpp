#include "storage/migrations.h"

namespace Migrations {

const std::vector<QStringList> &all()
{
    static const std::vector<QStringList> migrations = {
        // 1: integrations. name_key is the name trimmed, in NFC and case-folded; the
        // triggers (SQLite: acd_name_key is registered by Database) make sure no code path
        // can store a key that is not the one derived from the name.
        {
            QStringLiteral("CREATE TABLE integrations ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),"
                           " name_key TEXT NOT NULL UNIQUE CHECK (name_key <> ''),"
                           " type TEXT NOT NULL,"
                           " settings TEXT NOT NULL DEFAULT '{}',"
                           " state TEXT NOT NULL DEFAULT 'new',"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " last_import_at INTEGER,"
                           " next_import_at INTEGER,"
                           " last_error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE TRIGGER integrations_name_key_insert BEFORE INSERT ON integrations"
                " WHEN NEW.name_key IS NOT acd_name_key(NEW.name)"
                " BEGIN SELECT RAISE(ABORT, 'name_key must be acd_name_key(name)'); END"),
            QStringLiteral(
                "CREATE TRIGGER integrations_name_key_update BEFORE UPDATE ON integrations"
                " WHEN NEW.name_key IS NOT acd_name_key(NEW.name)"
                " BEGIN SELECT RAISE(ABORT, 'name_key must be acd_name_key(name)'); END"),
        },
        // 2: imported data and the record of every import run.
        {
            QStringLiteral(
                "CREATE TABLE queues ("
                " id INTEGER PRIMARY KEY,"
                " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                " external_id TEXT NOT NULL,"
                " name TEXT NOT NULL,"
                " kind TEXT NOT NULL DEFAULT '',"
                " first_seen_at INTEGER NOT NULL,"
                " last_seen_at INTEGER NOT NULL,"
                " UNIQUE (integration_id, external_id))"),
            QStringLiteral("CREATE TABLE interval_stats ("
                           " queue_id INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,"
                           " interval_start INTEGER NOT NULL,"
                           " offered INTEGER NOT NULL,"
                           " handled INTEGER NOT NULL,"
                           " abandoned INTEGER NOT NULL,"
                           " handle_seconds INTEGER NOT NULL,"
                           " acw_seconds INTEGER NOT NULL,"
                           " answered_in_sl INTEGER NOT NULL,"
                           " PRIMARY KEY (queue_id, interval_start))"),
            QStringLiteral(
                "CREATE TABLE import_runs ("
                " id INTEGER PRIMARY KEY,"
                " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                " started_at INTEGER NOT NULL,"
                " finished_at INTEGER,"
                " range_from INTEGER NOT NULL,"
                " range_to INTEGER NOT NULL,"
                " rows_written INTEGER NOT NULL DEFAULT 0,"
                " outcome TEXT NOT NULL DEFAULT 'running',"
                " error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX import_runs_by_integration ON import_runs "
                           "(integration_id, started_at)"),
        },
        // 3: how far each integration's import of each data kind got. covered_until is a UTC
        // second: everything that started before it is in the database. Written in the same
        // transaction as the rows it covers, so an import killed at any point resumes there.
        {
            QStringLiteral(
                "CREATE TABLE import_checkpoints ("
                " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                " kind TEXT NOT NULL,"
                " covered_until INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL,"
                " PRIMARY KEY (integration_id, kind))"),
        },
        // 4: the admin's choice (paused) apart from the imports' last outcome; what fixes an
        // error that retrying cannot; the keychain entries by service and generation; keychain
        // entries waiting to be removed (so none is left behind by a crash). The name key is
        // computed by the program and only its uniqueness is left to the database, which
        // PostgreSQL can enforce the same way: the triggers that called an SQLite-only
        // function go.
        {
            QStringLiteral("DROP TRIGGER integrations_name_key_insert"),
            QStringLiteral("DROP TRIGGER integrations_name_key_update"),
            QStringLiteral("ALTER TABLE integrations ADD COLUMN paused INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE integrations ADD COLUMN outcome TEXT NOT NULL DEFAULT 'new'"),
            QStringLiteral(
                "ALTER TABLE integrations ADD COLUMN error_fix TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE integrations ADD COLUMN credential_service TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE integrations ADD COLUMN credential_generation INTEGER "
                           "NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE integrations SET"
                           " paused = CASE WHEN state = 'paused' THEN 1 ELSE 0 END,"
                           " outcome = CASE state WHEN 'connected' THEN 'connected'"
                           "  WHEN 'error' THEN 'error' WHEN 'first-import' THEN 'importing'"
                           "  WHEN 'paused' THEN CASE WHEN last_import_at IS NULL THEN 'new'"
                           "   ELSE 'connected' END"
                           "  ELSE 'new' END"),
            QStringLiteral("ALTER TABLE integrations DROP COLUMN state"),
            QStringLiteral("CREATE TABLE keychain_garbage ("
                           " service TEXT NOT NULL,"
                           " entry_key TEXT NOT NULL,"
                           " since INTEGER NOT NULL,"
                           " PRIMARY KEY (service, entry_key))"),
        },
    };
    return migrations;
}

} // namespace Migrations
