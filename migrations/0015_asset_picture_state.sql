-- The national picture of community assets (public open data, and the analysts' view) is a
-- function of each active asset's latest submitted self-assessment. A counter that moves in the
-- same statement as every change to those, so an isolate can keep the picture it built and
-- reuse it until the counter moves: a request reads one row, whatever the number of assets.
CREATE TABLE `asset_picture_state` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
	`version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `asset_picture_state` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `asset_picture_assessments_insert` AFTER INSERT ON `asset_assessments` WHEN NEW.status = 'submitted'
BEGIN
  UPDATE asset_picture_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `asset_picture_assessments_update` AFTER UPDATE ON `asset_assessments` WHEN OLD.status = 'submitted' OR NEW.status = 'submitted'
BEGIN
  UPDATE asset_picture_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `asset_picture_assessments_delete` AFTER DELETE ON `asset_assessments` WHEN OLD.status = 'submitted'
BEGIN
  UPDATE asset_picture_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `asset_picture_assets_update` AFTER UPDATE OF `id`, `type`, `region`, `archived_at` ON `assets`
BEGIN
  UPDATE asset_picture_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `asset_picture_assets_delete` AFTER DELETE ON `assets`
BEGIN
  UPDATE asset_picture_state SET version = version + 1 WHERE id = 1;
END;
