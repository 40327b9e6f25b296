-- The fleet's central log table in an SQLite file: the same columns as on PostgreSQL,
-- with `id` and `task_id` as text (UUIDs), `metadata` as JSON text and `timestamp` as
-- ISO-8601 UTC text with microseconds ("2026-12-06T20:31:51.123456Z"), which sorts as
-- time does (docs/logs.md). Safe to run again.
CREATE TABLE IF NOT EXISTS system_logs (
    id text PRIMARY KEY,
    timestamp text NOT NULL,
    source_type text NOT NULL,
    source_id text NOT NULL,
    log_level text NOT NULL,
    message text NOT NULL,
    task_id text,
    worker_id text,
    cycle_number integer,
    metadata text
);
-- Each filter's index carries the time and the id after its column (the page's keyset),
-- so that a page of one source, worker, task, cycle or level is read in order from the
-- index instead of sorting every line that matches: the first page of a filter on a
-- large table. The earlier single-column indexes are prefixes of these, and go.
CREATE INDEX IF NOT EXISTS idx_system_logs_timestamp ON system_logs (timestamp);
CREATE INDEX IF NOT EXISTS idx_system_logs_source_type_time ON system_logs (source_type, timestamp, id);
CREATE INDEX IF NOT EXISTS idx_system_logs_source_id_time ON system_logs (source_id, timestamp, id);
CREATE INDEX IF NOT EXISTS idx_system_logs_log_level_time ON system_logs (log_level, timestamp, id);
CREATE INDEX IF NOT EXISTS idx_system_logs_task_id_time ON system_logs (task_id, timestamp, id);
CREATE INDEX IF NOT EXISTS idx_system_logs_worker_id_time ON system_logs (worker_id, timestamp, id);
CREATE INDEX IF NOT EXISTS idx_system_logs_cycle_number_time ON system_logs (cycle_number, timestamp, id);
DROP INDEX IF EXISTS idx_system_logs_source_type;
DROP INDEX IF EXISTS idx_system_logs_source_id;
DROP INDEX IF EXISTS idx_system_logs_log_level;
DROP INDEX IF EXISTS idx_system_logs_task_id;
DROP INDEX IF EXISTS idx_system_logs_worker_id;
DROP INDEX IF EXISTS idx_system_logs_cycle_number;
