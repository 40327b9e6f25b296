-- The fleet's central log table, as its orchestrators and workers write it
-- (docs/logs.md). Run by `qmctl logs init --db postgresql://... --yes`; safe to run
-- again: nothing that exists is changed.
CREATE TABLE IF NOT EXISTS system_logs (
    id uuid PRIMARY KEY,
    timestamp timestamptz NOT NULL,
    source_type text NOT NULL,
    source_id text NOT NULL,
    log_level text NOT NULL,
    message text NOT NULL,
    task_id uuid,
    worker_id text,
    cycle_number int,
    metadata jsonb
);
-- The fleet's indexes, each but the first carrying the time and the id after its column
-- (the page's keyset), so that the first page of one worker or cycle is read in order
-- from the index instead of sorting every line it has (60 ms on 10 million lines). The
-- fleet's own single-column ones have the same names and are left as they are.
CREATE INDEX IF NOT EXISTS idx_system_logs_timestamp ON system_logs (timestamp);
CREATE INDEX IF NOT EXISTS idx_system_logs_source_type ON system_logs (source_type, timestamp, id);
CREATE INDEX IF NOT EXISTS idx_system_logs_source_id ON system_logs (source_id, timestamp, id);
CREATE INDEX IF NOT EXISTS idx_system_logs_log_level ON system_logs (log_level, timestamp, id);
CREATE INDEX IF NOT EXISTS idx_system_logs_task_id ON system_logs (task_id, timestamp, id);
CREATE INDEX IF NOT EXISTS idx_system_logs_worker_id ON system_logs (worker_id, timestamp, id);
CREATE INDEX IF NOT EXISTS idx_system_logs_cycle_number ON system_logs (cycle_number, timestamp, id);
-- Drops the lines older than `hours` hours; returns how many went.
CREATE OR REPLACE FUNCTION func_cleanup_old_logs(hours integer) RETURNS integer AS $$
DECLARE
    deleted integer;
BEGIN
    DELETE FROM system_logs WHERE timestamp < now() - make_interval(hours => hours);
    GET DIAGNOSTICS deleted = ROW_COUNT;
    RETURN deleted;
END;
$$ LANGUAGE plpgsql;
