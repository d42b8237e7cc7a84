-- Timeliness (issue 15): the national view and the public transparency data count first
-- submissions by period and region (worker/src/returns/timeliness.ts, submissionBuckets). This
-- partial index holds one entry per return ever submitted and covers the columns that count
-- reads, so it is read without touching the returns table. Hand-written like 0008 (drizzle-kit's
-- snapshots stop at 0007); worker/db/schema.ts declares the same index.
CREATE INDEX `returns_first_submitted_idx` ON `returns` (`period_id`,`org_id`,`first_submitted_at`) WHERE first_submitted_at IS NOT NULL;
