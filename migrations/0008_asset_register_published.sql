-- The published register, derived from asset_register (issue 16): one row per published
-- asset with its entry and search words, written in the same batch as each consent change,
-- and a counter that moves with every change of it (the ETag of the register downloads).
-- Hand-written: the triggers keep the derived rows right whatever route changes consent.
CREATE TABLE `asset_register_entries` (
	`asset_id` text PRIMARY KEY NOT NULL,
	`entry` text NOT NULL,
	`search` text NOT NULL,
	`hsds_service_id` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "asset_register_entries_entry_ck" CHECK(json_valid(entry))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `asset_register_entries_hsds_uq` ON `asset_register_entries` (`hsds_service_id`);
--> statement-breakpoint
CREATE TABLE `asset_register_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `asset_register_state` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
-- Only a published asset (consent given, not withdrawn) may have a derived row.
CREATE TRIGGER `asset_register_entries_published_only` BEFORE INSERT ON `asset_register_entries`
WHEN (SELECT withdrawn_at IS NULL FROM asset_register WHERE asset_id = NEW.asset_id) IS NOT 1
BEGIN
  SELECT RAISE(ABORT, 'asset_register_entries: only a published asset');
END;
--> statement-breakpoint
-- Withdrawal (by a member or by archiving the asset) takes the entry off at once.
CREATE TRIGGER `asset_register_withdraw_unpublishes` AFTER UPDATE OF `withdrawn_at` ON `asset_register`
WHEN NEW.withdrawn_at IS NOT NULL
BEGIN
  DELETE FROM asset_register_entries WHERE asset_id = NEW.asset_id;
END;
--> statement-breakpoint
CREATE TRIGGER `asset_register_entries_version_insert` AFTER INSERT ON `asset_register_entries`
BEGIN
  UPDATE asset_register_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `asset_register_entries_version_update` AFTER UPDATE ON `asset_register_entries`
BEGIN
  UPDATE asset_register_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `asset_register_entries_version_delete` AFTER DELETE ON `asset_register_entries`
BEGIN
  UPDATE asset_register_state SET version = version + 1 WHERE id = 1;
END;
