-- Comments and follow-up flags on the values of a return (issue 15): append-only, each tied to
-- the return, the field, the version it was made on and its author (worker/src/returns/notes.ts).
CREATE TABLE `return_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`return_id` text NOT NULL,
	`field` text NOT NULL,
	`version` integer,
	`draft_rev` integer NOT NULL,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`author_id` text NOT NULL,
	`author_side` text NOT NULL,
	`redacted` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`return_id`) REFERENCES `returns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `return_notes_return_idx` ON `return_notes` (`return_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `return_notes_author_idx` ON `return_notes` (`author_id`);
--> statement-breakpoint
-- Notes are append-only: never deleted, and never changed, except that erasing an account may
-- redact a person's name and address from a note's text (redacted becomes 1 and
-- nothing else but the text changes; worker/src/lib/erasure.ts).
CREATE TRIGGER `return_notes_no_update` BEFORE UPDATE ON `return_notes`
WHEN NOT (
  NEW.redacted = 1 AND NEW.id IS OLD.id AND NEW.return_id IS OLD.return_id AND NEW.field IS OLD.field
  AND NEW.version IS OLD.version AND NEW.draft_rev IS OLD.draft_rev AND NEW.kind IS OLD.kind AND NEW.author_id IS OLD.author_id
  AND NEW.author_side IS OLD.author_side AND NEW.created_at IS OLD.created_at
)
BEGIN
  SELECT RAISE(ABORT, 'return_notes is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `return_notes_no_delete` BEFORE DELETE ON `return_notes`
BEGIN
  SELECT RAISE(ABORT, 'return_notes is immutable');
END;
--> statement-breakpoint
-- Nothing new is written for an archived organisation, nor into a locked period.
CREATE TRIGGER `return_notes_org_archived` BEFORE INSERT ON `return_notes`
WHEN (SELECT o.archived_at FROM returns r JOIN organisations o ON o.id = r.org_id WHERE r.id = NEW.return_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'org-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `return_notes_period_locked` BEFORE INSERT ON `return_notes`
WHEN (SELECT p.locked_at FROM returns r JOIN periods p ON p.id = r.period_id WHERE r.id = NEW.return_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'period-locked');
END;
