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
        // 5: after Save. Workloads and the queues assigned to them (a queue's row holds its
        // one workload, so no queue can be in two); agents and activities; the ACD's users
        // and activities with what the admin mapped them to; agent states as the ACD sent
        // them, keyed by external ids, so a mapping made later applies to the past too. An
        // external activity with no activity chosen counts as "present" when read.
        {
            QStringLiteral("ALTER TABLE queues ADD COLUMN seen INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE queues SET seen = 1"),
            QStringLiteral("CREATE TABLE workloads ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),"
                           " name_key TEXT NOT NULL UNIQUE CHECK (name_key <> ''),"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE workload_queues ("
                " queue_id INTEGER PRIMARY KEY REFERENCES queues(id) ON DELETE CASCADE,"
                " workload_id INTEGER NOT NULL REFERENCES workloads(id) ON DELETE CASCADE)"),
            QStringLiteral("CREATE INDEX workload_queues_by_workload ON workload_queues "
                           "(workload_id)"),
            QStringLiteral("CREATE TABLE agents ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(name) >= 1),"
                           " email TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL)"),
            // builtin names one of the default set ("present", "break"…), shown translated;
            // empty for those the admin added.
            QStringLiteral("CREATE TABLE activities ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " builtin TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO activities (name, builtin, created_at) VALUES"
                           " ('Present', 'present', 0), ('Available', 'available', 0),"
                           " ('On contact', 'on-contact', 0),"
                           " ('After-contact work', 'after-contact-work', 0),"
                           " ('Break', 'break', 0), ('Lunch', 'lunch', 0),"
                           " ('Meeting', 'meeting', 0), ('Training', 'training', 0),"
                           " ('Offline', 'offline', 0)"),
            QStringLiteral(
                "CREATE TABLE external_users ("
                " id INTEGER PRIMARY KEY,"
                " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                " external_id TEXT NOT NULL,"
                " name TEXT NOT NULL,"
                " email TEXT NOT NULL DEFAULT '',"
                " first_seen_at INTEGER NOT NULL,"
                " last_seen_at INTEGER NOT NULL,"
                " agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,"
                " ignored INTEGER NOT NULL DEFAULT 0,"
                " UNIQUE (integration_id, external_id))"),
            QStringLiteral(
                "CREATE TABLE external_activities ("
                " id INTEGER PRIMARY KEY,"
                " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                " external_id TEXT NOT NULL,"
                " name TEXT NOT NULL,"
                " kind TEXT NOT NULL DEFAULT '',"
                " first_seen_at INTEGER NOT NULL,"
                " last_seen_at INTEGER NOT NULL,"
                " activity_id INTEGER REFERENCES activities(id) ON DELETE SET NULL,"
                " UNIQUE (integration_id, external_id))"),
            QStringLiteral(
                "CREATE TABLE agent_states ("
                " user_id INTEGER NOT NULL REFERENCES external_users(id) ON DELETE CASCADE,"
                " start_utc INTEGER NOT NULL,"
                " activity_id INTEGER NOT NULL REFERENCES external_activities(id)"
                "  ON DELETE CASCADE,"
                " duration_seconds INTEGER NOT NULL,"
                " PRIMARY KEY (user_id, start_utc, activity_id))"),
            QStringLiteral("CREATE INDEX agent_states_by_activity ON agent_states (activity_id)"),
        },
    };
    return migrations;
}

} // namespace Migrations
