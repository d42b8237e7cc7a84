-- A write may be decided on what this isolate read before (the caller's session, the draft's
-- revision) and prove, in its own batch, that it still holds: a statement
--   INSERT INTO snapshot_checks (failed) SELECT 1 WHERE NOT EXISTS (…what was read…) OR …
-- refuses the whole batch when it no longer does, and the request is then answered from fresh
-- reads (worker/src/lib/held-checks.ts makes the statement; the checks are in lib/auth.ts,
-- lib/ratelimit.ts, returns/writes.ts and returns/queries.ts). SQLite's RAISE works only inside
-- a trigger: this view's trigger is that trigger. Nothing is ever stored.
CREATE VIEW `snapshot_checks` AS SELECT 0 AS `failed` WHERE 0;
--> statement-breakpoint
CREATE TRIGGER `snapshot_checks_refuse` INSTEAD OF INSERT ON `snapshot_checks`
BEGIN
  SELECT RAISE(ABORT, 'snapshot-stale');
END;
