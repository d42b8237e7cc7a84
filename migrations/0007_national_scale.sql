CREATE TABLE `accepted_counts` (
	`period_id` text NOT NULL,
	`region` text NOT NULL,
	`health_board` text NOT NULL,
	`local_authority` text NOT NULL,
	`active` integer NOT NULL,
	`returns` integer NOT NULL,
	PRIMARY KEY(`period_id`, `region`, `health_board`, `local_authority`, `active`)
);
--> statement-breakpoint
CREATE TABLE `accepted_sums` (
	`period_id` text NOT NULL,
	`region` text NOT NULL,
	`health_board` text NOT NULL,
	`local_authority` text NOT NULL,
	`active` integer NOT NULL,
	`field` text NOT NULL,
	`value` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`period_id`, `region`, `health_board`, `local_authority`, `active`, `field`)
);
--> statement-breakpoint
CREATE INDEX `accepted_sums_field_idx` ON `accepted_sums` (`field`,`active`,`period_id`);--> statement-breakpoint
CREATE TABLE `open_data_cells` (
	`period_id` text NOT NULL,
	`field_rank` integer NOT NULL,
	`area_rank` integer NOT NULL,
	`field` text NOT NULL,
	`area` text NOT NULL,
	`value` integer,
	`codes` text NOT NULL,
	`revision` integer NOT NULL,
	PRIMARY KEY(`period_id`, `field_rank`, `area_rank`)
);
--> statement-breakpoint
CREATE INDEX `open_data_cells_field_idx` ON `open_data_cells` (`field`,`period_id`,`field_rank`,`area_rank`);--> statement-breakpoint
CREATE TABLE `open_data_publications` (
	`revision` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`period_id` text NOT NULL,
	`published_at` integer NOT NULL,
	`reason` text NOT NULL,
	`data_rev` integer NOT NULL,
	`table` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `open_data_publications_key_unique` ON `open_data_publications` (`key`);--> statement-breakpoint
CREATE INDEX `open_data_publications_period_idx` ON `open_data_publications` (`period_id`,`data_rev`);--> statement-breakpoint
CREATE TABLE `open_data_revisions` (
	`period_id` text NOT NULL,
	`field_rank` integer NOT NULL,
	`area_rank` integer NOT NULL,
	`seq` integer NOT NULL,
	`field` text NOT NULL,
	`area` text NOT NULL,
	`revised_at` text NOT NULL,
	`note` text,
	`revision` integer NOT NULL,
	PRIMARY KEY(`period_id`, `field_rank`, `area_rank`, `seq`)
);
--> statement-breakpoint
CREATE INDEX `organisations_active_name_idx` ON `organisations` (`name_en`,`id`) WHERE archived_at IS NULL;--> statement-breakpoint
ALTER TABLE `periods` ADD `data_rev` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `returns` ADD `status` text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE `returns` ADD `latest_version` integer;--> statement-breakpoint
ALTER TABLE `returns` ADD `latest_version_id` text;--> statement-breakpoint
ALTER TABLE `returns` ADD `first_submitted_at` integer;--> statement-breakpoint
ALTER TABLE `returns` ADD `latest_accepted_version_id` text;--> statement-breakpoint
ALTER TABLE `returns` ADD `accepted_at` integer;--> statement-breakpoint
ALTER TABLE `returns` ADD `accepted_revision` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `returns_org_accepted_idx` ON `returns` (`org_id`,`period_id`) WHERE latest_accepted_version_id IS NOT NULL;--> statement-breakpoint
-- Hand-written from here (drizzle cannot express triggers). Issue 12: national scale.
--
-- 1. Derived columns of a return are written by the database in the statement that inserts a
--    version or a review, so they change in the same batch as every submit, review and
--    amendment, whoever writes (the Worker, the seed, a bulk load). Status: the latest
--    version's review decision, else 'submitted'; with no version, 'draft' (no row at all is
--    'not-started'). A review is only ever of the latest version (refused otherwise below).
--    Updating them must not look like a draft save: the revision step, the lock and the
--    archive checks now apply to changes of the draft, not of these columns.
DROP TRIGGER `returns_rev_step`;
--> statement-breakpoint
CREATE TRIGGER `returns_rev_step`
BEFORE UPDATE OF `draft_rev`, `draft_values`, `draft_explanations`, `draft_updated_at`, `draft_updated_by`, `draft_source`, `dataset_version`, `org_id`, `period_id` ON `returns`
WHEN NEW.draft_rev <> OLD.draft_rev + 1
BEGIN
  SELECT RAISE(ABORT, 'draft-conflict');
END;
--> statement-breakpoint
DROP TRIGGER `returns_locked_update`;
--> statement-breakpoint
CREATE TRIGGER `returns_locked_update`
BEFORE UPDATE OF `draft_rev`, `draft_values`, `draft_explanations`, `draft_updated_at`, `draft_updated_by`, `draft_source`, `dataset_version`, `org_id`, `period_id` ON `returns`
WHEN (SELECT locked_at FROM periods WHERE id = NEW.period_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'period-locked');
END;
--> statement-breakpoint
DROP TRIGGER `returns_org_archived_update`;
--> statement-breakpoint
CREATE TRIGGER `returns_org_archived_update`
BEFORE UPDATE OF `draft_rev`, `draft_values`, `draft_explanations`, `draft_updated_at`, `draft_updated_by`, `draft_source`, `dataset_version`, `org_id`, `period_id` ON `returns`
WHEN (SELECT archived_at FROM organisations WHERE id = NEW.org_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'org-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `return_reviews_latest_only` BEFORE INSERT ON `return_reviews`
WHEN EXISTS (
  SELECT 1 FROM return_versions v JOIN return_versions later ON later.return_id = v.return_id AND later.version > v.version
  WHERE v.id = NEW.version_id
)
BEGIN
  SELECT RAISE(ABORT, 'already-reviewed');
END;
--> statement-breakpoint
CREATE TRIGGER `return_versions_derive` AFTER INSERT ON `return_versions`
BEGIN
  UPDATE returns SET status = 'submitted', latest_version = NEW.version, latest_version_id = NEW.id
  WHERE id = NEW.return_id AND (latest_version IS NULL OR latest_version < NEW.version);
  UPDATE returns SET first_submitted_at = NEW.created_at
  WHERE id = NEW.return_id AND NOT EXISTS (SELECT 1 FROM return_versions WHERE return_id = NEW.return_id AND version < NEW.version);
END;
--> statement-breakpoint
CREATE TRIGGER `return_reviews_derive` AFTER INSERT ON `return_reviews`
BEGIN
  UPDATE returns SET
    status = NEW.decision,
    latest_accepted_version_id = CASE WHEN NEW.decision = 'accepted' THEN NEW.version_id ELSE latest_accepted_version_id END,
    accepted_at = CASE WHEN NEW.decision = 'accepted' THEN NEW.created_at ELSE accepted_at END,
    accepted_revision = CASE WHEN NEW.decision = 'accepted' THEN latest_accepted_version_id IS NOT NULL ELSE accepted_revision END
  WHERE id = (SELECT return_id FROM return_versions WHERE id = NEW.version_id) AND latest_version_id = NEW.version_id;
END;
--> statement-breakpoint
-- 2. National sums. When a return's accepted version changes, its whole-number figures leave
--    the sums of its organisation's area and the new ones come in (n counts the returns behind
--    each sum); when an organisation moves area or is archived or restored, its accepted
--    figures move with it. Every such change, and locking or unlocking, moves the period's
--    data_rev on, which publications of open data are checked against.
CREATE TRIGGER `returns_accepted_sums` AFTER UPDATE OF `latest_accepted_version_id` ON `returns`
WHEN NEW.latest_accepted_version_id IS NOT OLD.latest_accepted_version_id
BEGIN
  INSERT INTO accepted_sums (period_id, region, health_board, local_authority, active, field, value, n)
    SELECT OLD.period_id, o.region, o.health_board, COALESCE(o.local_authority, ''), o.archived_at IS NULL, je.key, -je.value, -1
    FROM organisations o, return_versions v, json_each(v."values") je
    WHERE o.id = OLD.org_id AND v.id = OLD.latest_accepted_version_id AND je.type = 'integer'
    ON CONFLICT (period_id, region, health_board, local_authority, active, field) DO UPDATE SET value = value + excluded.value, n = n + excluded.n;
  INSERT INTO accepted_sums (period_id, region, health_board, local_authority, active, field, value, n)
    SELECT NEW.period_id, o.region, o.health_board, COALESCE(o.local_authority, ''), o.archived_at IS NULL, je.key, je.value, 1
    FROM organisations o, return_versions v, json_each(v."values") je
    WHERE o.id = NEW.org_id AND v.id = NEW.latest_accepted_version_id AND je.type = 'integer'
    ON CONFLICT (period_id, region, health_board, local_authority, active, field) DO UPDATE SET value = value + excluded.value, n = n + excluded.n;
  INSERT INTO accepted_counts (period_id, region, health_board, local_authority, active, returns)
    SELECT NEW.period_id, o.region, o.health_board, COALESCE(o.local_authority, ''), o.archived_at IS NULL,
      (NEW.latest_accepted_version_id IS NOT NULL) - (OLD.latest_accepted_version_id IS NOT NULL)
    FROM organisations o WHERE o.id = NEW.org_id
    ON CONFLICT (period_id, region, health_board, local_authority, active) DO UPDATE SET returns = returns + excluded.returns;
  UPDATE periods SET data_rev = data_rev + 1 WHERE id = NEW.period_id;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_accepted_sums` AFTER UPDATE OF `region`, `health_board`, `local_authority`, `archived_at` ON `organisations`
WHEN NEW.region IS NOT OLD.region OR NEW.health_board IS NOT OLD.health_board OR NEW.local_authority IS NOT OLD.local_authority
  OR (NEW.archived_at IS NULL) IS NOT (OLD.archived_at IS NULL)
BEGIN
  INSERT INTO accepted_sums (period_id, region, health_board, local_authority, active, field, value, n)
    SELECT r.period_id, OLD.region, OLD.health_board, COALESCE(OLD.local_authority, ''), OLD.archived_at IS NULL, je.key, -je.value, -1
    FROM returns r JOIN return_versions v ON v.id = r.latest_accepted_version_id, json_each(v."values") je
    WHERE r.org_id = OLD.id AND r.latest_accepted_version_id IS NOT NULL AND je.type = 'integer'
    ON CONFLICT (period_id, region, health_board, local_authority, active, field) DO UPDATE SET value = value + excluded.value, n = n + excluded.n;
  INSERT INTO accepted_sums (period_id, region, health_board, local_authority, active, field, value, n)
    SELECT r.period_id, NEW.region, NEW.health_board, COALESCE(NEW.local_authority, ''), NEW.archived_at IS NULL, je.key, je.value, 1
    FROM returns r JOIN return_versions v ON v.id = r.latest_accepted_version_id, json_each(v."values") je
    WHERE r.org_id = NEW.id AND r.latest_accepted_version_id IS NOT NULL AND je.type = 'integer'
    ON CONFLICT (period_id, region, health_board, local_authority, active, field) DO UPDATE SET value = value + excluded.value, n = n + excluded.n;
  INSERT INTO accepted_counts (period_id, region, health_board, local_authority, active, returns)
    SELECT r.period_id, OLD.region, OLD.health_board, COALESCE(OLD.local_authority, ''), OLD.archived_at IS NULL, -1
    FROM returns r WHERE r.org_id = OLD.id AND r.latest_accepted_version_id IS NOT NULL
    ON CONFLICT (period_id, region, health_board, local_authority, active) DO UPDATE SET returns = returns + excluded.returns;
  INSERT INTO accepted_counts (period_id, region, health_board, local_authority, active, returns)
    SELECT r.period_id, NEW.region, NEW.health_board, COALESCE(NEW.local_authority, ''), NEW.archived_at IS NULL, 1
    FROM returns r WHERE r.org_id = NEW.id AND r.latest_accepted_version_id IS NOT NULL
    ON CONFLICT (period_id, region, health_board, local_authority, active) DO UPDATE SET returns = returns + excluded.returns;
  UPDATE periods SET data_rev = data_rev + 1
  WHERE id IN (SELECT period_id FROM returns WHERE org_id = NEW.id AND latest_accepted_version_id IS NOT NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `periods_lock_data_rev` AFTER UPDATE OF `locked_at` ON `periods`
WHEN NEW.locked_at IS NOT OLD.locked_at
BEGIN
  UPDATE periods SET data_rev = data_rev + 1 WHERE id = NEW.id;
END;
--> statement-breakpoint
-- 3. Publications of open data are its revision history: never changed or removed.
CREATE TRIGGER `open_data_publications_no_update` BEFORE UPDATE ON `open_data_publications`
BEGIN
  SELECT RAISE(ABORT, 'open_data_publications is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `open_data_publications_no_delete` BEFORE DELETE ON `open_data_publications`
BEGIN
  SELECT RAISE(ABORT, 'open_data_publications is append-only');
END;
--> statement-breakpoint
-- 4. Backfill from the history already stored (the triggers above build the sums as
--    latest_accepted_version_id is set). Periods with accepted figures are published by the
--    next run of the publishing cron (worker/src/returns/publish.ts), which finds them by data_rev.
UPDATE returns SET
  latest_version = (SELECT MAX(v.version) FROM return_versions v WHERE v.return_id = returns.id),
  first_submitted_at = (SELECT v.created_at FROM return_versions v WHERE v.return_id = returns.id ORDER BY v.version LIMIT 1);
--> statement-breakpoint
UPDATE returns SET latest_version_id = (SELECT v.id FROM return_versions v WHERE v.return_id = returns.id AND v.version = returns.latest_version)
WHERE latest_version IS NOT NULL;
--> statement-breakpoint
UPDATE returns SET status = CASE
  WHEN latest_version_id IS NULL THEN 'draft'
  ELSE COALESCE((SELECT rv.decision FROM return_reviews rv WHERE rv.version_id = returns.latest_version_id), 'submitted')
END;
--> statement-breakpoint
UPDATE returns SET
  latest_accepted_version_id = (
    SELECT v.id FROM return_versions v JOIN return_reviews rv ON rv.version_id = v.id
    WHERE v.return_id = returns.id AND rv.decision = 'accepted' ORDER BY v.version DESC LIMIT 1
  ),
  accepted_at = (
    SELECT rv.created_at FROM return_versions v JOIN return_reviews rv ON rv.version_id = v.id
    WHERE v.return_id = returns.id AND rv.decision = 'accepted' ORDER BY v.version DESC LIMIT 1
  ),
  accepted_revision = (
    SELECT COUNT(*) FROM return_versions v JOIN return_reviews rv ON rv.version_id = v.id
    WHERE v.return_id = returns.id AND rv.decision = 'accepted'
  ) > 1
WHERE EXISTS (
  SELECT 1 FROM return_versions v JOIN return_reviews rv ON rv.version_id = v.id WHERE v.return_id = returns.id AND rv.decision = 'accepted'
);
