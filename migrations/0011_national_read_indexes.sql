-- National reads at scale (issue 12): covering indexes, so the completeness grid and the series
-- over every quarter read index entries only. A return's row and a version's row carry a few
-- kilobytes of JSON (the draft, the values) ahead of the columns these reads need, so reading
-- them from the table walks overflow pages for every organisation. Hand-written like 0008
-- (drizzle-kit's snapshots stop at 0007); worker/db/schema.ts declares the same indexes.
-- Timed with node:sqlite on the bench's database (400 organisations × 40 quarters):
-- completeness grid 6.1 → 2.6 ms, one field by region over every quarter 4.2 → 0.8 ms.
--
-- One quarter's returns by organisation, with what the grid shows (worker/src/returns/national.ts,
-- completenessGrid, which names it with INDEXED BY: the planner prefers the unique
-- (org_id, period_id) index, which is not covering).
CREATE INDEX `returns_period_grid_idx` ON `returns` (`period_id`, `org_id`, `status`, `first_submitted_at`, `latest_version_id`);
--> statement-breakpoint
-- A version's number, reference and submission time without its values (completenessGrid).
CREATE INDEX `return_versions_summary_idx` ON `return_versions` (`id`, `version`, `reference`, `created_at`);
--> statement-breakpoint
-- One field's sums over every quarter (fieldSeries): covering, so no row of accepted_sums is read.
-- It starts with the columns of accepted_sums_field_idx, which it replaces.
CREATE INDEX `accepted_sums_series_idx` ON `accepted_sums` (`field`, `active`, `period_id`, `region`, `health_board`, `local_authority`, `value`, `n`);
--> statement-breakpoint
DROP INDEX `accepted_sums_field_idx`;
