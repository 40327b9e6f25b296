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
CREATE INDEX IF NOT EXISTS idx_system_logs_timestamp ON system_logs (timestamp);
CREATE INDEX IF NOT EXISTS idx_system_logs_source_type ON system_logs (source_type);
CREATE INDEX IF NOT EXISTS idx_system_logs_source_id ON system_logs (source_id);
CREATE INDEX IF NOT EXISTS idx_system_logs_log_level ON system_logs (log_level);
CREATE INDEX IF NOT EXISTS idx_system_logs_task_id ON system_logs (task_id);
CREATE INDEX IF NOT EXISTS idx_system_logs_worker_id ON system_logs (worker_id);
CREATE INDEX IF NOT EXISTS idx_system_logs_cycle_number ON system_logs (cycle_number);
