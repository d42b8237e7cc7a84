-- The public transparency data (which organisations returned on time, late or not at all) is a
-- function of the periods, the active organisations and each return's first submission time,
-- and of the day in Wales. A counter that moves in the same statement as every change to those,
-- so an isolate can keep the answer it built and reuse it until the counter or the day moves:
-- a public request reads one row, whatever the number of organisations or the history.
CREATE TABLE `transparency_state` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
	`version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `transparency_state` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `transparency_returns_insert` AFTER INSERT ON `returns` WHEN NEW.first_submitted_at IS NOT NULL
BEGIN
  UPDATE transparency_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `transparency_returns_update` AFTER UPDATE OF `first_submitted_at`, `org_id`, `period_id` ON `returns`
WHEN OLD.first_submitted_at IS NOT NEW.first_submitted_at OR (NEW.first_submitted_at IS NOT NULL AND (OLD.org_id IS NOT NEW.org_id OR OLD.period_id IS NOT NEW.period_id))
BEGIN
  UPDATE transparency_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `transparency_returns_delete` AFTER DELETE ON `returns` WHEN OLD.first_submitted_at IS NOT NULL
BEGIN
  UPDATE transparency_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `transparency_organisations_insert` AFTER INSERT ON `organisations`
BEGIN
  UPDATE transparency_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `transparency_organisations_update` AFTER UPDATE OF `id`, `name_cy`, `name_en`, `region`, `archived_at` ON `organisations`
BEGIN
  UPDATE transparency_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `transparency_organisations_delete` AFTER DELETE ON `organisations`
BEGIN
  UPDATE transparency_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `transparency_periods_insert` AFTER INSERT ON `periods`
BEGIN
  UPDATE transparency_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `transparency_periods_update` AFTER UPDATE OF `id`, `due_at`, `locked_at` ON `periods`
BEGIN
  UPDATE transparency_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `transparency_periods_delete` AFTER DELETE ON `periods`
BEGIN
  UPDATE transparency_state SET version = version + 1 WHERE id = 1;
END;
